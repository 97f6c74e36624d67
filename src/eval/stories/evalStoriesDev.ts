/**
 * `dossier eval stories`: clusters the stories-dev articles, compares each predicted story, and
 * scores both: pairwise clustering precision/recall against the gold stories, and the share of
 * the hand-listed cross-outlet differences that one report item shows (both sides' sentences).
 */
import { analyze } from "../../index.js";
import type { Analysis } from "../../types.js";
import { clusterStories, type ClusterOptions } from "../../story/cluster/clusterStories.js";
import type { StoryCluster } from "../../story/StoryCluster.js";
import { compareStory } from "../../story/compareStory.js";
import { differenceItems, type DifferenceItem } from "../../story/report/differenceItems.js";
import type { Evidence } from "../../story/StoryReport.js";
import { mulberry32 } from "../../util/mulberry32.js";
import { scoreClusters, type ClusterScores } from "./scoreClusters.js";
import { readStoriesDev, type GoldDifference, type StoriesDevArticle } from "./storiesDev.js";

export interface StoriesEvalOptions {
  /** Only score the differences of these stories (clustering always covers every article). */
  stories?: string[];
  /** Give the articles ids in a shuffled order (seeded) instead of file order. */
  shuffleSeed?: number;
  cluster?: ClusterOptions;
}

export interface DifferenceResult {
  id: number;
  story: string;
  kind: string;
  fact: string;
  sides: number;
  /** Gold sides shown by the best report item. */
  covered: number;
  found: boolean;
  /** The report item that shows it (the one covering most sides). */
  item: { kind: string; title: string } | null;
  /** Whether every file of the difference sits in one predicted story. */
  oneStory: boolean;
}

export interface StoriesEvalReport {
  data: string;
  articles: number;
  goldStories: number;
  predictedStories: number;
  clustering: ClusterScores;
  /** Each distractor sits in a predicted story with no article of another gold story. */
  distractorsApart: boolean;
  perStory: { story: string; found: number; total: number }[];
  perKind: { kind: string; found: number; total: number }[];
  differences: DifferenceResult[];
  /** Items reported over all predicted stories, by kind. */
  reported: Record<string, number>;
  clusters: { id: number; files: string[] }[];
  seconds: { analyse: number; cluster: number; compare: number };
}

interface Indexed {
  article: StoriesDevArticle;
  analysis: Analysis;
}

function goldLabel(a: StoriesDevArticle): string {
  return a.story ?? `alone:${a.file}`;
}

/**
 * Which report items may show a hand-listed difference of each kind: a number difference found
 * inside a label list by accident does not count.
 */
const ITEM_KINDS: Record<string, readonly string[]> = {
  numeric: ["figure-timeline", "numeric", "qualifier"],
  attribution: ["attribution", "figure-timeline", "numeric", "qualifier", "quote"],
  "quote wording": ["quote", "attribution"],
  "label-framing": ["label"],
  date: ["date"],
  place: ["place"],
  presence: ["omission"],
};

/** The kinds of a gold row: "numeric (changed over time); attribution" → numeric, attribution. */
export function goldKinds(kind: string): string[] {
  return kind.split(/;\s*/).map((k) => k.replace(/\s*\(.*\)$/, "").trim());
}

function itemMayShow(item: DifferenceItem, diff: GoldDifference): boolean {
  return goldKinds(diff.kind).some((k) => (ITEM_KINDS[k] ?? []).includes(item.kind));
}

/** Characters around the claim span a side's wording may start or end in. */
const NEAR = 40;

/**
 * Whether a side's wording occurs in the evidence sentence close to the claim itself: the
 * regex must match within the sentence and overlap the claim span widened by {@link NEAR}
 * characters (a sentence naming the toll and the injured shows one of them, not both), or
 * overlap a part the report marks as what differs (the cited source or speaker of an
 * attribution shift, which may stand far from the claim: "A Libyan official in the port city of
 * Derna has told journalists that the death toll … could reach 20,000").
 */
function matchesNear(side: RegExp, ev: Evidence): boolean {
  const re = new RegExp(side.source, side.flags.includes("g") ? side.flags : side.flags + "g");
  const lo = ev.span.start - NEAR;
  const hi = ev.span.end + NEAR;
  for (const m of ev.sentence.text.matchAll(re)) {
    const start = ev.sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (start < hi && end > lo) return true;
    if ((ev.highlight ?? []).some((h) => start < h.end && end > h.start)) return true;
    if (m[0].length === 0) break;
  }
  return false;
}

/** How many gold sides one item shows: evidence in a listed file whose sentence matches the side. */
function coveredSides(item: DifferenceItem, diff: GoldDifference, fileOf: Map<string, string>): number {
  const covered = new Set<number>();
  for (const side of item.sides) {
    for (const ev of side) {
      const file = fileOf.get(ev.docId);
      if (!file) continue;
      diff.files.forEach((files, i) => {
        if (files.includes(file) && matchesNear(diff.sides[i], ev)) covered.add(i);
      });
    }
  }
  return covered.size;
}

/** Runs the whole evaluation on `<dir>` (stories-dev or its parent). */
export function evalStoriesDev(dir: string, opts: StoriesEvalOptions = {}): StoriesEvalReport {
  const data = readStoriesDev(dir);
  const t0 = performance.now();
  const docs: Indexed[] = data.articles.map((article) => ({
    article,
    analysis: analyze({ text: article.text, title: article.title, outlet: article.outlet, published: article.published, url: article.url }),
  }));
  const ids = docs.map((_, i) => i + 1);
  if (opts.shuffleSeed !== undefined) {
    const rnd = mulberry32(opts.shuffleSeed);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
  }
  const byId = new Map(docs.map((d, i) => [ids[i], d]));
  const t1 = performance.now();
  const clusters: StoryCluster[] = clusterStories(
    docs.map((d, i) => ({ articleId: ids[i], analysis: d.analysis })),
    [],
    opts.cluster,
  );
  const t2 = performance.now();
  const predicted = new Map<string, number>();
  const gold = new Map<string, string>();
  for (const c of clusters) for (const id of c.articleIds) predicted.set(byId.get(id)!.article.file, c.id);
  for (const d of docs) gold.set(d.article.file, goldLabel(d.article));
  const clustering = scoreClusters(predicted, gold);
  const storyOfFile = predicted;
  const distractors = new Set(data.distractorStories);
  let distractorsApart = true;
  for (const d of docs) {
    if (d.article.story !== null && !distractors.has(d.article.story)) continue;
    const mates = docs.filter((o) => storyOfFile.get(o.article.file) === storyOfFile.get(d.article.file));
    if (mates.some((o) => goldLabel(o.article) !== goldLabel(d.article))) distractorsApart = false;
  }

  const fileOf = new Map(docs.map((d) => [d.analysis.document.id, d.article.file]));
  const items: DifferenceItem[] = [];
  for (const c of clusters) {
    if (c.articleIds.length < 2) continue;
    items.push(...differenceItems(compareStory(c.articleIds.map((id) => byId.get(id)!.analysis))));
  }
  const t3 = performance.now();
  const reported: Record<string, number> = {};
  for (const it of items) reported[it.kind] = (reported[it.kind] ?? 0) + 1;

  const wanted = data.differences.filter((d) => !opts.stories || opts.stories.includes(d.story));
  const differences: DifferenceResult[] = wanted.map((diff) => {
    let best: DifferenceItem | null = null;
    let covered = 0;
    for (const it of items) {
      if (!itemMayShow(it, diff)) continue;
      const n = coveredSides(it, diff, fileOf);
      if (n > covered) {
        covered = n;
        best = it;
      }
    }
    const need = Math.min(2, diff.sides.length);
    const stories = new Set(diff.files.flat().map((f) => storyOfFile.get(f)));
    return {
      id: diff.id,
      story: diff.story,
      kind: diff.kind,
      fact: diff.fact,
      sides: diff.sides.length,
      covered,
      found: covered >= need,
      item: best && covered >= need ? { kind: best.kind, title: best.title } : null,
      oneStory: stories.size === 1,
    };
  });
  const tally = (key: (d: DifferenceResult) => string[]) => {
    const m = new Map<string, { found: number; total: number }>();
    for (const d of differences) {
      for (const k of key(d)) {
        const t = m.get(k) ?? { found: 0, total: 0 };
        t.total++;
        if (d.found) t.found++;
        m.set(k, t);
      }
    }
    return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => ({ ...v, k }));
  };
  return {
    data: data.dir,
    articles: docs.length,
    goldStories: new Set(docs.map((d) => goldLabel(d.article))).size,
    predictedStories: clusters.length,
    clustering,
    distractorsApart,
    perStory: tally((d) => [d.story]).map(({ k, found, total }) => ({ story: k, found, total })),
    perKind: tally((d) => goldKinds(d.kind)).map(({ k, found, total }) => ({ kind: k, found, total })),
    differences,
    reported,
    clusters: clusters.map((c) => ({ id: c.id, files: c.articleIds.map((id) => byId.get(id)!.article.file).sort() })),
    seconds: { analyse: (t1 - t0) / 1000, cluster: (t2 - t1) / 1000, compare: (t3 - t2) / 1000 },
  };
}
