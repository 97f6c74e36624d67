import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../index.js";
import { clusterStories, type ClusterOptions } from "../../story/cluster/clusterStories.js";
import type { StoryCluster } from "../../story/StoryCluster.js";
import { newsDevGold } from "./readTopicTable.js";
import { scoreClusters, type ClusterScores } from "./scoreClusters.js";

export interface NewsDevStoriesReport {
  scores: ClusterScores;
  clusters: StoryCluster[];
  /** Article id (the file number) → gold story. */
  gold: Map<number, string>;
  articles: number;
  analyseMs: number;
  clusterMs: number;
}

/** True when `<dataDir>/news-dev` has its README and articles. */
export function hasNewsDev(dataDir: string): boolean {
  return existsSync(join(dataDir, "news-dev", "README.md")) && existsSync(join(dataDir, "news-dev", "articles"));
}

/**
 * Analyses every `news-dev/articles/NNN.json` (article id = NNN), clusters them into stories and
 * scores the clusters against the README topic table (see `newsDevGold`).
 */
export function evalNewsDevStories(dataDir: string, options: ClusterOptions = {}): NewsDevStoriesReport {
  const dir = join(dataDir, "news-dev");
  const goldByFile = newsDevGold(readFileSync(join(dir, "README.md"), "utf8"));
  const files = readdirSync(join(dir, "articles")).filter((f) => /^\d+\.json$/.test(f)).sort();
  const t0 = performance.now();
  const items = files.map((f) => {
    const a = JSON.parse(readFileSync(join(dir, "articles", f), "utf8")) as {
      text: string; title?: string | null; outlet?: string | null; published?: string | null; url?: string | null;
    };
    const analysis = analyze({ text: a.text, title: a.title ?? null, outlet: a.outlet ?? null, published: a.published ?? null, url: a.url ?? null });
    return { articleId: Number(f.slice(0, -5)), analysis };
  });
  const t1 = performance.now();
  const clusters = clusterStories(items, [], options);
  const t2 = performance.now();
  const gold = new Map<number, string>();
  for (const [file, story] of goldByFile) gold.set(Number(file), story);
  const predicted = new Map<number, number>();
  for (const c of clusters) for (const id of c.articleIds) predicted.set(id, c.id);
  // Articles without a gold row are scored as gold singletons.
  for (const it of items) if (!gold.has(it.articleId)) gold.set(it.articleId, `no-gold:${it.articleId}`);
  return { scores: scoreClusters(predicted, gold), clusters, gold, articles: items.length, analyseMs: t1 - t0, clusterMs: t2 - t1 };
}
