// Lists quote errors against a development gold set: missed gold quotes (FN) and predicted
// quotes matching no gold quote (FP), with the speaker and the content head; for sets whose
// figures carry a source (stories-dev), also gold figures credited wrongly (SRC).
//   npx tsx scripts/dev-errors.ts [--set news-dev|stories-dev | --stories] [file-name …]
//   npx tsx scripts/dev-errors.ts --gold DIR --articles DIR --only odd [file-name …]   (the dev half of an
//    outside set such as web-news; its even-numbered files are held out)
// Held-out sets are refused: only their scores are read (scripts/dev-score.ts).
import { analyze } from "../src/index.js";
import { devArticleInput, figureSourceMatches, loadDevArticle, loadDevGold, overlapRatio, speakerMatches } from "../src/eval/devGold.js";
import { devSetFromArgs, haveArticles, positionalArgs } from "./devSets.js";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(
    "usage: npx tsx scripts/dev-errors.ts [--set news-dev|stories-dev | --stories] [file-name …]\n" +
      "       npx tsx scripts/dev-errors.ts --gold DIR --articles DIR --only odd [file-name …]\n" +
      "Lists missed (FN) and spurious (FP) quotes and wrongly credited figures (SRC) of a dev set.\n" +
      "Held-out sets (and the even half of an outside set) are refused: read their scores with dev-score.",
  );
  process.exit(0);
}
const set = devSetFromArgs(process.argv.slice(2), true);
if (typeof set === "string") {
  console.error(`dev-errors: ${set}`);
  process.exit(2);
}
if (!set) {
  console.error("dev-errors: unknown set (use news-dev or stories-dev)");
  process.exit(2);
}
if (set.heldout) {
  console.error(`dev-errors: ${set.name} is held out; read its scores only (npx tsx scripts/dev-score.ts)`);
  process.exit(2);
}
if (!haveArticles(set)) {
  console.error(`dev-errors: ${set.name} articles not found at ${set.dataDir}/articles; skipping`);
  process.exit(0);
}
const newsDev = set.dataDir;
const goldDir = set.goldDir;
const only = new Set(positionalArgs(process.argv.slice(2)));
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, "⏎");
for (const gold of loadDevGold(goldDir).filter((g) => set.keep?.(g.file) ?? true)) {
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
  for (const g of gold.figures) {
    if (g.source === undefined) continue;
    const ov = a.figures.filter((p) => p.start < g.end && g.start < p.end);
    if (!ov.length || ov.some((p) => figureSourceMatches(g.source ?? null, p.source))) continue;
    console.log(`${gold.file} SRC ${g.text} gold [${g.source ?? "outlet"}] got [${ov.map((p) => p.source?.name ?? "outlet").join(", ")}]`);
  }
}
