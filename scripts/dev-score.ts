// Scores analyze() against a hand-made gold set (test/gold/<set>) and prints a table.
//   npx tsx scripts/dev-score.ts [--set news-dev|news-dev-heldout|stories-dev|stories-dev-heldout] [--scores-only] [--json]
//   npx tsx scripts/dev-score.ts --gold DIR --articles DIR [--only odd|even]   (a set kept outside the repo,
//    e.g. web-news under ../devdata (beside the clone): odd-numbered files are its dev half, even-numbered ones are held out)
//   (--stories = --set stories-dev, --heldout = the held-out part of the set; articles from
//    ../shared/data/news-dev or ../shared/data/stories-dev, or DOSSIER_NEWS_DEV / DOSSIER_STORIES_DEV)
// Held-out sets print their totals only (no per-file rows): no rule is chosen by looking at them;
// --scores-only does the same for any set.
// Matching rules: src/eval/devGold.ts and test/gold/README.md.
import { analyze } from "../src/index.js";
import { devArticleInput, loadDevArticle, loadDevGold, scoreDevGold, type FileScore, type PRF } from "../src/eval/devGold.js";
import { DEV_SET_NAMES, devSetFromArgs, haveArticles } from "./devSets.js";

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(
    "usage: npx tsx scripts/dev-score.ts [--set NAME] [--stories] [--heldout] [--scores-only] [--json]\n" +
      `  --set NAME     gold set: ${DEV_SET_NAMES.join(", ")} (default news-dev)\n` +
      "  --stories      same as --set stories-dev\n" +
      "  --heldout      the held-out part (news-dev-heldout, or stories-dev-heldout with --stories)\n" +
      "  --scores-only  totals only, no per-file rows (always so for held-out sets)\n" +
      "  --json         print the scores as JSON (per-file rows only for dev sets without --scores-only)\n" +
      "  --gold DIR --articles DIR   a gold set kept outside the repo (articles DIR holds NNN.json)\n" +
      "  --only odd|even             its dev half (odd file numbers) or held-out half (even; totals only)\n" +
      "Held-out sets print totals only. Exits 0 with a message when the set's articles are absent.",
  );
  process.exit(0);
}
const set = devSetFromArgs(argv, true);
if (typeof set === "string") {
  console.error(`dev-score: ${set}`);
  process.exit(2);
}
if (!set) {
  console.error(`dev-score: unknown set (use one of ${DEV_SET_NAMES.join(", ")})`);
  process.exit(2);
}
if (!haveArticles(set)) {
  console.error(`dev-score: ${set.name} articles not found at ${set.dataDir}/articles; skipping`);
  process.exit(0);
}

const pairs = loadDevGold(set.goldDir).filter((g) => set.keep?.(g.file) ?? true).map((gold) => ({ gold, analysis: analyze(devArticleInput(loadDevArticle(set.dataDir, gold.file))) }));
const s = scoreDevGold(pairs);
const withSources = s.figures.sourceTotal > 0;
const totalsOnly = set.heldout || argv.includes("--scores-only");

if (argv.includes("--json")) {
  console.log(JSON.stringify({ set: set.name, files: pairs.length, ...s, perFile: totalsOnly ? undefined : s.perFile }, null, 2));
  process.exit(0);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const prf = (p: PRF) => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${`${p.tp}/${p.fp}/${p.fn}`.padStart(8)}`;
const frac = (a: number, b: number) => `${a}/${b}`.padStart(7);
const nameWidth = Math.max(9, ...pairs.map((p) => p.gold.file.length - 5));
const row = (name: string, r: Pick<FileScore, "quotes" | "quoteContent" | "dates" | "figures">) =>
  [
    name.padEnd(nameWidth),
    prf(r.quotes),
    prf(r.quoteContent),
    `${frac(r.dates.correct, r.dates.total)} ${String(r.dates.found).padStart(5)}`,
    `${frac(r.figures.correct, r.figures.total)} ${String(r.figures.valueCorrect).padStart(5)} ${String(r.figures.found).padStart(5)}`,
    ...(withSources ? [frac(r.figures.sourceCorrect, r.figures.sourceTotal)] : []),
  ].join(" | ");

const header = [
  "file".padEnd(nameWidth),
  "quotes  P     R    F1   tp/fp/fn".padEnd(33),
  "content P     R    F1   tp/fp/fn".padEnd(33),
  "dates   ok found",
  "figures ok value found",
  ...(withSources ? ["sources"] : []),
].join(" | ");
console.log(`${set.name}: ${pairs.length} files${set.heldout ? " (held-out: totals only)" : totalsOnly ? " (totals only)" : ""}`);
console.log(header);
console.log("-".repeat(header.length));
if (!totalsOnly) {
  for (const r of s.perFile) console.log(row(r.file.replace(/\.json$/, ""), r));
  console.log("-".repeat(header.length));
}
console.log(row("ALL", s));
console.log(
  `\nquote attribution P/R/F1 ${pct(s.quotes.precision)}/${pct(s.quotes.recall)}/${pct(s.quotes.f1)}% · quote content F1 ${pct(s.quoteContent.f1)}% · ` +
    `dates ${pct(s.dates.accuracy)}% (found ${s.dates.found}/${s.dates.total}, predicted ${s.dates.predicted}) · ` +
    `figures ${pct(s.figures.accuracy)}% (value ${pct(s.figures.valueAccuracy)}%, found ${s.figures.found}/${s.figures.total}, predicted ${s.figures.predicted})` +
    (withSources
      ? ` · figure sources ${pct(s.figures.sourceAccuracy)}% (${s.figures.sourceCorrect}/${s.figures.sourceTotal}; of found ${pct(s.figures.sourceFoundAccuracy)}%)`
      : ""),
);
