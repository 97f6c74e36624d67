// Clusters the news-dev articles into stories and scores them against the README topic table
// (pairwise and B-cubed precision/recall/F1). news-dev is development data: the clustering
// threshold was chosen on it, so these numbers are not a held-out score.
//   npx tsx scripts/eval-stories.ts [--data DIR] [--threshold X] [--json]
// --data: folder holding news-dev/ (default $DOSSIER_DATA or ../shared/data).
import { fileURLToPath } from "node:url";
import { evalNewsDevStories, hasNewsDev } from "../src/eval/stories/evalNewsDevStories.js";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npx tsx scripts/eval-stories.ts [--data DIR] [--threshold X] [--json]");
  process.exit(2);
}

const args = process.argv.slice(2);
let dataDir = process.env.DOSSIER_DATA ?? fileURLToPath(new URL("../../shared/data", import.meta.url));
let json = false;
let threshold: number | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--json") json = true;
  else if (a === "--data") dataDir = args[++i] ?? usage("--data needs a folder");
  else if (a === "--threshold") {
    threshold = Number(args[++i]);
    if (!(threshold >= 0 && threshold <= 1)) usage("--threshold needs a number in 0..1");
  } else usage(`unknown option: ${a}`);
}
if (!hasNewsDev(dataDir)) usage(`news-dev not found under ${dataDir}`);

const r = evalNewsDevStories(dataDir, threshold === undefined ? {} : { threshold });
const s = r.scores;
if (json) {
  console.log(JSON.stringify({ articles: r.articles, stories: r.clusters.length, goldStories: new Set(r.gold.values()).size, scores: s, clusters: r.clusters }, null, 2));
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`news-dev: ${r.articles} articles → ${r.clusters.length} stories (gold: ${new Set(r.gold.values()).size})`);
  console.log(`analyse ${(r.analyseMs / 1000).toFixed(2)} s, cluster ${r.clusterMs.toFixed(0)} ms\n`);
  console.log("| measure | precision | recall | F1 |");
  console.log("|---|---:|---:|---:|");
  console.log(`| pairwise (${s.pairwise.correctPairs}/${s.pairwise.predictedPairs} predicted, ${s.pairwise.goldPairs} gold pairs) | ${f(s.pairwise.precision)} | ${f(s.pairwise.recall)} | ${f(s.pairwise.f1)} |`);
  console.log(`| B-cubed | ${f(s.bcubed.precision)} | ${f(s.bcubed.recall)} | ${f(s.bcubed.f1)} |\n`);
  for (const c of r.clusters) {
    const golds = [...new Set(c.articleIds.map((id) => r.gold.get(id)))].join(" / ");
    console.log(`${String(c.id).padStart(3)}  [${c.articleIds.map((n) => String(n).padStart(3, "0")).join(",")}]  ${c.label}   ← ${golds}`);
  }
}
