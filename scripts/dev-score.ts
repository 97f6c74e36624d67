// Scores analyze() against the hand-made news-dev gold (test/gold/news-dev) and prints a table.
//   npx tsx scripts/dev-score.ts [--heldout]   (news-dev read from ../shared/data/news-dev)
//   npx tsx scripts/dev-score.ts --stories [--heldout]   (stories-dev gold: test/gold/stories-dev,
//       held-out test/gold/stories-dev-heldout; articles from ../shared/data/stories-dev)
//   npx tsx scripts/dev-score.ts --scores-only …   (only the ALL row: for held-out sets)
//   DOSSIER_NEWS_DEV=/path/to/news-dev npx tsx scripts/dev-score.ts
// Matching rules: src/eval/devGold.ts and test/gold/README.md.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/index.js";
import { devArticleInput, loadDevArticle, loadDevGold, scoreDevGold, type FileScore, type PRF } from "../src/eval/devGold.js";

// `--heldout`: the held-out gold (test/gold/news-dev-heldout), which no rule was tuned on.
const heldout = process.argv.includes("--heldout");
const stories = process.argv.includes("--stories");
const scoresOnly = process.argv.includes("--scores-only");
const set = stories ? "stories-dev" : "news-dev";
const goldDir = new URL(`../test/gold/${set}${heldout ? "-heldout" : ""}/`, import.meta.url);
const newsDev = (stories ? process.env.DOSSIER_STORIES_DEV : process.env.DOSSIER_NEWS_DEV) ?? fileURLToPath(new URL(`../../shared/data/${set}`, import.meta.url));
if (!fs.existsSync(`${newsDev}/articles`)) {
  console.error(`news-dev articles not found at ${newsDev}/articles (set DOSSIER_NEWS_DEV)`);
  process.exit(1);
}

const pairs = loadDevGold(goldDir).map((gold) => ({ gold, analysis: analyze(devArticleInput(loadDevArticle(newsDev, gold.file))) }));
const s = scoreDevGold(pairs);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const prf = (p: PRF) => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${`${p.tp}/${p.fp}/${p.fn}`.padStart(8)}`;
const frac = (a: number, b: number) => `${a}/${b}`.padStart(7);
const row = (name: string, r: Pick<FileScore, "quotes" | "quoteContent" | "dates" | "figures">) =>
  [
    name.padEnd(9),
    prf(r.quotes),
    prf(r.quoteContent),
    `${frac(r.dates.correct, r.dates.total)} ${String(r.dates.found).padStart(5)}`,
    `${frac(r.figures.correct, r.figures.total)} ${String(r.figures.valueCorrect).padStart(5)} ${String(r.figures.found).padStart(5)}`,
  ].join(" | ");

const header = [
  "file".padEnd(9),
  "quotes  P     R    F1   tp/fp/fn".padEnd(33),
  "content P     R    F1   tp/fp/fn".padEnd(33),
  "dates   ok found",
  "figures ok value found",
].join(" | ");
console.log(header);
console.log("-".repeat(header.length));
if (!scoresOnly) for (const r of s.perFile) console.log(row(r.file.replace(/\.json$/, ""), r));
console.log("-".repeat(header.length));
console.log(row("ALL", s));
console.log(
  `\nquote attribution F1 ${pct(s.quotes.f1)}% · quote content F1 ${pct(s.quoteContent.f1)}% · ` +
    `dates ${pct(s.dates.accuracy)}% (found ${s.dates.found}/${s.dates.total}, predicted ${s.dates.predicted}) · ` +
    `figures ${pct(s.figures.accuracy)}% (value ${pct(s.figures.valueAccuracy)}%, found ${s.figures.found}/${s.figures.total}, predicted ${s.figures.predicted})` +
    (s.figures.sourceTotal ? ` · figure sources ${pct(s.figures.sourceAccuracy)}% (${s.figures.sourceCorrect}/${s.figures.sourceTotal})` : ""),
);
