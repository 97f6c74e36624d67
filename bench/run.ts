// `npm run bench`: throughput and memory, as ratios against a peer run in the same process.
// Prints a Markdown table for docs/BENCHMARKS.md. Wall-clock numbers vary by machine; the ratio
// to the peer is the number to compare.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { benchPipeline } from "./pipeline.js";

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const p = benchPipeline(rounds);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(`# dossier benchmarks — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} (one core)\n`);
console.log(`## Full pipeline (${p.source}; ${fmt(p.tokens)} tokens; ${p.rounds} rounds after warm-up)\n`);
console.log("| system | tokens/s | articles/s | seconds |");
console.log("|---|---:|---:|---:|");
console.log(`| dossier analyze() | ${fmt(p.dossier.tokensPerSec)} | ${p.dossier.articlesPerSec.toFixed(1)} | ${p.dossier.seconds.toFixed(2)} |`);
console.log(`| compromise nlp(text).json() | ${fmt(p.compromise.tokensPerSec)} | ${p.compromise.articlesPerSec.toFixed(1)} | ${p.compromise.seconds.toFixed(2)} |`);
console.log(`\n**dossier / compromise speed ratio: ${p.ratio.toFixed(2)}×**\n`);

const big = JSON.parse(
  execFileSync(process.execPath, ["--import", "tsx", new URL("./bigArticle.ts", import.meta.url).pathname, "1000000"], { encoding: "utf8" }).trim(),
);
console.log(`## One 1 MB article (separate process)\n`);
console.log("| bytes | tokens | seconds | peak RSS (MB) | quotes | entities |");
console.log("|---:|---:|---:|---:|---:|---:|");
console.log(`| ${fmt(big.bytes)} | ${fmt(big.tokens)} | ${big.seconds.toFixed(2)} | ${big.peakRssMB.toFixed(0)} | ${big.quotes} | ${big.entities} |`);
