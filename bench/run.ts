// `npm run bench`: throughput and memory, as ratios against a peer run in the same process.
// Prints Markdown tables for docs/BENCHMARKS.md; progress goes to stderr. Wall-clock numbers vary
// by machine and load; the ratio to the peer, measured back to back, is the number to compare.
//
//   npm run bench                                  pipeline + 1 MB article, NER, stories
//   npm run bench -- --only pipeline,ner           a selection of: pipeline curve ner stories cli store ingest serve
//   npm run bench -- --only cli --cli-articles 300 the CLI end to end (`dossier analyze FILE.jsonl --json`, after
//                                                  `npm run build`) against compromise, default and --workers auto
//   npm run bench -- --only curve --curve-sizes 0.5,1,2,4,10   time and memory against text size
//   npm run bench -- --runs 7 --rounds 3           more runs (medians are reported)
//   npm run bench -- --one-core-passes 40          more timed passes in the one-core measurement
//   npm run bench -- --one-core-warm 50            more warm-up passes before them (default 30)
//
// `store` (10k and 100k articles) and `ingest` (10k articles, 1 and 2 workers) take many minutes
// and run only when named in --only; so does `serve` (load test of `dossier serve` on a
// 10k-article store, 20 concurrent clients: p50/p99 of /api/search and /api/stories/:id).
import { execFileSync } from "node:child_process";
import os from "node:os";
import { benchPipeline } from "./pipeline.js";
import { benchNer } from "./ner.js";
import type { OneCoreBench } from "./oneCore.js";

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const KNOWN = ["pipeline", "curve", "ner", "stories", "cli", "store", "ingest", "serve"];
const only = (arg("--only") ?? "pipeline,curve,ner,stories").split(",").map((s) => s.trim()).filter(Boolean);
const unknown = only.filter((s) => !KNOWN.includes(s));
if (unknown.length > 0) {
  console.error(`dossier: bench: unknown benchmark ${unknown.join(", ")} (known: ${KNOWN.join(", ")})`);
  process.exit(2);
}
const runs = Number(arg("--runs") ?? process.env.BENCH_RUNS ?? 5);
const rounds = Number(arg("--rounds") ?? process.env.BENCH_ROUNDS ?? 3);
const bigRuns = Number(arg("--big-runs") ?? 3);
const onePasses = Number(arg("--one-core-passes") ?? 20);
const oneWarm = Number(arg("--one-core-warm") ?? 30);
const log = (line: string) => console.error(line);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`# dossier benchmarks — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, load average ${os.loadavg()[0].toFixed(1)} at start\n`);

if (only.includes("pipeline")) {
  const p = benchPipeline(rounds, runs, log);
  const d = p.median.dossier;
  const c = p.median.compromise;
  console.log(`## Full pipeline (${p.source}; ${fmt(p.tokens)} tokens; median of ${p.runs.length} runs × ${p.rounds} rounds, after warm-up; one thread)\n`);
  console.log("| system | tokens/s | articles/s | tokens per CPU-second |");
  console.log("|---|---:|---:|---:|");
  console.log(`| dossier \`analyze()\` | ${fmt(d.tokensPerSec)} | ${d.articlesPerSec.toFixed(1)} | ${fmt(d.tokensPerCpuSec)} |`);
  console.log(`| compromise \`nlp(text).json()\` | ${fmt(c.tokensPerSec)} | ${c.articlesPerSec.toFixed(1)} | ${fmt(c.tokensPerCpuSec)} |`);
  console.log(`\n**dossier / compromise speed ratio: ${p.median.ratio.toFixed(2)}× wall clock, ${p.median.cpuRatio.toFixed(2)}× CPU time** (per run, wall: ${p.runs.map((r) => r.ratio.toFixed(2)).join(", ")})\n`);

  // One core, steady state: a child process with `--single-threaded` (bench/oneCore.ts).
  log("one core: warm-up, steady-state passes and the PolNeAR stream (about two minutes)…");
  const oc = JSON.parse(execFileSync(process.execPath, ["--single-threaded", "--import", "tsx", new URL("./oneCore.ts", import.meta.url).pathname, String(onePasses), String(oneWarm)], { encoding: "utf8", maxBuffer: 1 << 20 }).trim()) as OneCoreBench;
  console.log(`## Full pipeline on one core (\`node --single-threaded\`; ${fmt(oc.tokens)} tokens; ${oc.warm} warm-up passes, then ${oc.passes} timed passes each, alternating)\n`);
  console.log("| system | best pass, tokens per CPU-second | median pass | unseen text (all PolNeAR, read once) | its second half |");
  console.log("|---|---:|---:|---:|---:|");
  const un = (x: number | undefined) => (x === undefined ? "n/a" : fmt(x));
  console.log(`| dossier \`analyze()\` | ${fmt(oc.dossier.best)} | ${fmt(oc.dossier.median)} | ${un(oc.unseen?.dossier)} | ${un(oc.unseen?.secondHalf.dossier)} |`);
  console.log(`| compromise \`nlp(text).json()\` | ${fmt(oc.compromise.best)} | ${fmt(oc.compromise.median)} | ${un(oc.unseen?.compromise)} | ${un(oc.unseen?.secondHalf.compromise)} |`);
  const unseenRatio = oc.unseen ? `, ${(oc.unseen.dossier / oc.unseen.compromise).toFixed(2)}× on unseen text (${oc.unseen.articles} articles, ${fmt(oc.unseen.tokens)} tokens)` : "";
  console.log(`\n**dossier / compromise on one core: ${(oc.dossier.best / oc.compromise.best).toFixed(2)}× best pass, ${(oc.dossier.median / oc.compromise.median).toFixed(2)}× median pass${unseenRatio}**\n`);

  // The 1 MB article runs in child processes so that each reports its own peak RSS.
  const big: { bytes: number; tokens: number; seconds: number; cpuSeconds: number; peakRssMB: number; quotes: number; entities: number }[] = [];
  for (let k = 0; k < bigRuns; k++) {
    const out = execFileSync(process.execPath, ["--import", "tsx", new URL("./bigArticle.ts", import.meta.url).pathname, "1000000"], { encoding: "utf8" });
    big.push(JSON.parse(out.trim()));
    log(`1 MB article run ${k + 1}/${bigRuns}: ${big[k].seconds.toFixed(1)} s, peak RSS ${big[k].peakRssMB.toFixed(0)} MB`);
  }
  const b = big[0];
  console.log(`## One 1 MB article (separate process; median of ${big.length}; time includes loading the models)\n`);
  console.log("| bytes | tokens | seconds | CPU seconds | peak RSS (MB) | max peak RSS (MB) | quotes | entities |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
  console.log(`| ${fmt(b.bytes)} | ${fmt(b.tokens)} | ${median(big.map((x) => x.seconds)).toFixed(1)} | ${median(big.map((x) => x.cpuSeconds)).toFixed(1)} | ${median(big.map((x) => x.peakRssMB)).toFixed(0)} | ${Math.max(...big.map((x) => x.peakRssMB)).toFixed(0)} | ${b.quotes} | ${b.entities} |`);
  console.log();
}

if (only.includes("curve")) {
  // Time and memory against size: one large text (PolNeAR train articles joined, else the bench
  // corpus) at 0.5, 1, 2 and 4 MB, each in its own process. Linear work keeps seconds per MB flat.
  const sizes = (arg("--curve-sizes") ?? "0.5,1,2,4").split(",").map(Number);
  const points: { bytes: number; tokens: number; seconds: number; cpuSeconds: number; peakRssMB: number; source: string }[] = [];
  for (const mb of sizes) {
    const out = execFileSync(process.execPath, ["--import", "tsx", new URL("./bigArticle.ts", import.meta.url).pathname, String(Math.round(mb * 1_000_000)), "polnear"], { encoding: "utf8", maxBuffer: 1 << 20 });
    points.push(JSON.parse(out.trim()));
    const p = points[points.length - 1];
    log(`curve ${mb} MB: ${p.seconds.toFixed(1)} s, peak RSS ${p.peakRssMB.toFixed(0)} MB`);
  }
  const perMb = (p: (typeof points)[number]) => p.cpuSeconds / (p.bytes / 1e6);
  console.log(`## Time and memory against size (one text of ${points[0]?.source ?? "?"}; each size in its own process; time includes loading the models)\n`);
  console.log("| MB | tokens | seconds | CPU seconds | CPU s per MB | × the smallest's CPU s per MB | peak RSS (MB) |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|");
  for (const p of points) console.log(`| ${(p.bytes / 1e6).toFixed(1)} | ${fmt(p.tokens)} | ${p.seconds.toFixed(1)} | ${p.cpuSeconds.toFixed(1)} | ${perMb(p).toFixed(2)} | ${(perMb(p) / perMb(points[0])).toFixed(2)} | ${p.peakRssMB.toFixed(0)} |`);
  console.log();
}

if (only.includes("ner")) {
  const n = benchNer("testb", 1, Math.max(1, Math.min(runs, 3)), log);
  if (!n) console.log("## NER model\n\nskipped: CoNLL-2003 data (../shared/data/conll2003) or models/ner.bin.gz missing\n");
  else {
    console.log(`## NER model on CoNLL-2003 ${n.split} (${n.documents} documents, ${fmt(n.tokens)} tokens; median of ${n.runs.length} runs)\n`);
    console.log("| system | tokens/s | tokens per CPU-second |");
    console.log("|---|---:|---:|");
    console.log(`| dossier \`predictDocument\` | ${fmt(n.median.dossierTokensPerSec)} | ${fmt(n.median.dossierTokensPerCpuSec)} |`);
    console.log(`| compromise \`people()\` + \`places()\` + \`organizations()\` | ${fmt(n.median.compromiseTokensPerSec)} | ${fmt(n.median.compromiseTokensPerCpuSec)} |`);
    const load = n.loadSeconds > 0.05 ? `; model load ${n.loadSeconds.toFixed(2)} s` : "";
    console.log(`\n**dossier / compromise speed ratio: ${n.median.ratio.toFixed(2)}× wall clock, ${n.median.cpuRatio.toFixed(2)}× CPU time**${load}\n`);
  }
}

if (only.includes("stories")) {
  const { benchStories, storiesTable } = await import("./stories.js");
  const r = benchStories([10, 100, 1000], log);
  console.log(`## Stories\n\nGenerated corpus analysed once in ${r.analyseSeconds.toFixed(1)} s (not timed below).\n`);
  console.log(storiesTable(r) + "\n");
  const { benchStoriesCli, storiesCliTable } = await import("./storiesCli.js");
  const e = await benchStoriesCli({ articles: 1000, log });
  console.log(`### End to end: ingest + stories + story report (SQLite)\n\n${storiesCliTable(e)}\n`);
}

if (only.includes("store")) {
  const { benchStoreSearch, storeBenchTable } = await import("./store.js");
  const r = await benchStoreSearch({ log });
  console.log(`## Store search\n\n${storeBenchTable(r)}\n`);
}

if (only.includes("cli")) {
  const { benchCli } = await import("./cliAnalyze.js");
  const n = Number(arg("--cli-articles") ?? 300);
  const rows = [[], ["--workers", "auto"]].map((flags) => {
    const r = benchCli(n, 3, flags);
    log(`cli ${flags.join(" ") || "(default: --workers 1)"}: ${r.ratio.toFixed(2)}× compromise`);
    return r;
  });
  console.log(`## The CLI end to end (\`dossier analyze FILE.jsonl --json > /dev/null\`, ${fmt(rows[0].tokens)} tokens in ${rows[0].articles} articles; median of 3 runs, alternating; load ${os.loadavg()[0].toFixed(1)} at the end)\n`);
  console.log("| dossier | dossier s | compromise s | dossier tokens/s | compromise tokens/s | ratio |\n|---|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.flags.length ? r.flags.join(" ") : "default (--workers 1)"} | ${r.dossierSeconds.toFixed(1)} | ${r.compromiseSeconds.toFixed(1)} | ${fmt(r.dossier)} | ${fmt(r.compromise)} | **${r.ratio.toFixed(2)}×** |`);
  console.log("");
}

if (only.includes("ingest")) {
  const { benchIngest, ingestTable } = await import("./ingest.js");
  const rows = await benchIngest({ count: 10_000, onRow: (r) => log(`ingest workers=${r.workers}: ${r.articlesPerSec.toFixed(1)} articles/s`) });
  console.log(`## Ingest\n\n${ingestTable(rows)}`);
}

if (only.includes("serve")) {
  const { benchServe, serveBenchTable } = await import("./serve.js");
  const r = await benchServe({ log, store: arg("--serve-store") });
  console.log(`## dossier serve under load\n\n${serveBenchTable(r)}\n`);
}
