import fs from "node:fs";
import path from "node:path";
import type { ArticleInput } from "../src/index.js";

/** The benchmark texts: the seed article plus every news-dev article when ../shared is present. */
export function benchCorpus(): { articles: ArticleInput[]; source: string } {
  const root = new URL("..", import.meta.url).pathname;
  const seed = fs.readFileSync(path.join(root, "examples/article.txt"), "utf8");
  const articles: ArticleInput[] = [{ text: seed, published: "2024-08-19", outlet: "Anadolu Agency" }];
  const dir = path.join(root, "../shared/data/news-dev/articles");
  let source = "seed article";
  if (fs.existsSync(dir)) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
      const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
      articles.push({ text: a.text, published: a.published, outlet: a.outlet, title: a.title, url: a.url });
    }
    source = `seed + ${articles.length - 1} news-dev articles`;
  }
  return { articles, source };
}
