// Throughput on one core, after the JIT has settled: run this file with `node --single-threaded`
// so that V8's compiler and GC run on the main thread too, and every CPU second is one core's.
// `bench/run.ts` starts it in a child process; alone it prints JSON:
//
//   node --single-threaded --import tsx bench/oneCore.ts [passes] [warm-up passes]
//
// 1. Warm-up: `warm` passes of dossier and compromise over the bench corpus (not timed).
// 2. Steady state: `passes` passes over the same corpus, dossier and compromise alternating, the
//    CPU time of each pass recorded. Reported: the best pass (the code's speed when the machine's
//    other tenants leave the core alone, as `timeit` reports the minimum) and the median pass.
// 3. Unseen text: PolNeAR's dev and test articles (../shared/data/polnear), each read once by each
//    system, ten articles at a time, alternating; the total CPU time. Words the engine has not
//    cached yet cost more than the bench corpus's, read again and again in step 2.
import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { createEngine } from "../src/index.js";
import type { ArticleInput } from "../src/index.js";
import { segment } from "../src/document/segment.js";
import { readPolnear } from "../src/eval/polnear/readPolnear.js";
import { benchCorpus } from "./corpus.js";

export interface PassStats {
  /** Tokens per CPU second of the fastest pass. */
  best: number;
  /** Tokens per CPU second of the median pass. */
  median: number;
}

export interface OneCoreBench {
  tokens: number;
  articles: number;
  passes: number;
  warm: number;
  dossier: PassStats;
  compromise: PassStats;
  /** Unseen-text stream (null when PolNeAR is absent). */
  unseen: { articles: number; tokens: number; dossier: number; compromise: number } | null;
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function timed(fn: () => void): number {
  const t0 = cpuMicros();
  fn();
  return cpuMicros() - t0;
}

function stats(tokens: number, micros: number[]): PassStats {
  const s = [...micros].sort((a, b) => a - b);
  const rate = (us: number) => tokens / (us / 1e6);
  return { best: rate(s[0]), median: rate(s[s.length >> 1]) };
}

/** The unseen-text corpus: PolNeAR's dev and test articles, or [] when the data set is absent. */
function unseenCorpus(): ArticleInput[] {
  const dir = path.join(new URL("..", import.meta.url).pathname, "../shared/data/polnear");
  if (!fs.existsSync(path.join(dir, "data", "metadata.tsv"))) return [];
  return (["dev", "test"] as const).flatMap((split) => readPolnear(dir, split).map((d) => ({ text: d.text, published: d.published ?? undefined })));
}

export function benchOneCore(passes = 20, warm = 10): OneCoreBench {
  const { articles } = benchCorpus();
  const engine = createEngine();
  const tokens = articles.reduce((n, a) => n + segment(a.text).tokens.length, 0);
  const runDossier = (xs: readonly ArticleInput[]) => () => { for (const a of xs) engine.analyze(a); };
  const runCompromise = (xs: readonly ArticleInput[]) => () => { for (const a of xs) nlp(a.text).json(); };
  for (let k = 0; k < warm; k++) {
    runDossier(articles)();
    runCompromise(articles)();
  }
  const d: number[] = [];
  const c: number[] = [];
  for (let k = 0; k < passes; k++) {
    d.push(timed(runDossier(articles)));
    c.push(timed(runCompromise(articles)));
  }
  const stream = unseenCorpus();
  let unseen: OneCoreBench["unseen"] = null;
  if (stream.length > 0) {
    const streamTokens = stream.reduce((n, a) => n + segment(a.text).tokens.length, 0);
    let ud = 0;
    let uc = 0;
    for (let i = 0; i < stream.length; i += 10) {
      const chunk = stream.slice(i, i + 10);
      ud += timed(runDossier(chunk));
      uc += timed(runCompromise(chunk));
    }
    unseen = { articles: stream.length, tokens: streamTokens, dossier: streamTokens / (ud / 1e6), compromise: streamTokens / (uc / 1e6) };
  }
  return { tokens, articles: articles.length, passes, warm, dossier: stats(tokens, d), compromise: stats(tokens, c), unseen };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchOneCore(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 10))));
}
