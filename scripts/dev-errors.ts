// Lists quote errors against the news-dev development gold: missed gold quotes (FN) and
// predicted quotes matching no gold quote (FP), with the speaker and the content head.
//   npx tsx scripts/dev-errors.ts [--heldout | --stories] [file-number …]
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/index.js";
import { devArticleInput, loadDevArticle, loadDevGold, overlapRatio, speakerMatches } from "../src/eval/devGold.js";

// `--heldout`: the held-out gold (test/gold/news-dev-heldout), which no rule was tuned on.
// `--stories`: the stories-dev development gold (test/gold/stories-dev); its held-out part is
// for scores only (scripts/dev-score.ts --stories --heldout), never for error lists.
const heldout = process.argv.includes("--heldout");
const stories = process.argv.includes("--stories");
if (stories && heldout) {
  console.error("dev-errors: no error lists for the stories-dev held-out gold (scores only: scripts/dev-score.ts --stories --heldout)");
  process.exit(2);
}
const goldDir = new URL(stories ? "../test/gold/stories-dev/" : heldout ? "../test/gold/news-dev-heldout/" : "../test/gold/news-dev/", import.meta.url);
const newsDev = (stories ? process.env.DOSSIER_STORIES_DEV : process.env.DOSSIER_NEWS_DEV) ?? fileURLToPath(new URL(stories ? "../../shared/data/stories-dev" : "../../shared/data/news-dev", import.meta.url));
if (!fs.existsSync(`${newsDev}/articles`)) {
  console.error(`news-dev articles not found at ${newsDev}/articles`);
  process.exit(1);
}
const only = new Set(process.argv.slice(2).filter((a) => !a.startsWith("--")));
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, "⏎");
for (const gold of loadDevGold(goldDir)) {
  if (only.size && !only.has(gold.file.replace(/\.json$/, ""))) continue;
  const article = loadDevArticle(newsDev, gold.file);
  const a = analyze(devArticleInput(article));
  const text = article.text;
  const usedP = new Set<number>();
  for (const g of gold.quotes) {
    const pi = a.quotes.findIndex((p, i) => !usedP.has(i) && overlapRatio(g.content, p.content) >= 0.5 && speakerMatches(g, p));
    if (pi >= 0) { usedP.add(pi); continue; }
    const near = a.quotes.find((p) => overlapRatio(g.content, p.content) > 0);
    console.log(`${gold.file} FN [${g.speaker}] ${clip(text.slice(g.content.start, g.content.end))}`);
    if (near) console.log(`      got [${near.speaker?.name ?? "∅"} / ${near.speaker?.mention?.text ?? ""}] ${near.method} ${clip(near.content.text)}`);
  }
  a.quotes.forEach((p, i) => {
    if (usedP.has(i)) return;
    if (gold.quotes.some((g) => overlapRatio(g.content, p.content) > 0)) return;
    console.log(`${gold.file} FP [${p.speaker?.name ?? "∅"}] ${p.method} ${clip(p.content.text)}`);
  });
}
