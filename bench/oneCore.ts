// Throughput on one core, after the JIT has settled: run this file with `node --single-threaded`
// so that V8's compiler and GC run on the main thread too, and every CPU second is one core's.
// `bench/run.ts` starts it in a child process; alone it prints JSON:
//
//   node --single-threaded --import tsx bench/oneCore.ts [passes] [warm-up passes]
//
// 1. Warm-up: `warm` passes (default 30) of dossier and compromise over the bench corpus (not
//    timed). V8 needs about 20 passes over this corpus before dossier's rule stages are compiled
//    and stop being recompiled; with `--single-threaded` that compile time is on the one core.
// 2. Steady state: `passes` passes over the same corpus, dossier and compromise alternating, the
//    CPU time of each pass recorded. Reported: the best pass (the code's speed when the machine's
//    other tenants leave the core alone, as `timeit` reports the minimum) and the median pass.
// 3. Unseen text: every PolNeAR article (../shared/data/polnear: train, dev and test, about
//    900,000 tokens of political news the rules were not written on), each read once by each
//    system, ten articles at a time, alternating; the CPU time of the whole stream and of its
//    second half. New words and new code paths (each one a recompile) cost more than the bench
//    corpus's, read again and again in step 2; the second half shows the rate once most have
//    been seen.
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
  /** Unseen-text stream (null when PolNeAR is absent): tokens per CPU-second over all of it and over its second half. */
  unseen: { articles: number; tokens: number; dossier: number; compromise: number; secondHalf: { tokens: number; dossier: number; compromise: number } } | null;
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

/** The unseen-text corpus: every PolNeAR article (train, dev, test), or [] when the data set is absent. */
function unseenCorpus(): ArticleInput[] {
  const dir = path.join(new URL("..", import.meta.url).pathname, "../shared/data/polnear");
  if (!fs.existsSync(path.join(dir, "data", "metadata.tsv"))) return [];
  return (["train", "dev", "test"] as const).flatMap((split) => readPolnear(dir, split).map((d) => ({ text: d.text, published: d.published ?? undefined })));
}

export function benchOneCore(passes = 20, warm = 30): OneCoreBench {
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
    // Token counts come from dossier's own analyses, inside the stream: counting them beforehand
    // would run wink-nlp over every article first and warm its cache with the "unseen" words.
    const half = Math.floor(stream.length / 20) * 10;
    let total = 0;
    let late = 0;
    let ud = 0;
    let uc = 0;
    let hd = 0;
    let hc = 0;
    for (let i = 0; i < stream.length; i += 10) {
      const chunk = stream.slice(i, i + 10);
      let n = 0;
      const d = timed(() => {
        for (const a of chunk) n += engine.analyze(a).stats.tokens;
      });
      const c = timed(runCompromise(chunk));
      total += n;
      ud += d;
      uc += c;
      if (i >= half) {
        late += n;
        hd += d;
        hc += c;
      }
    }
    unseen = {
      articles: stream.length,
      tokens: total,
      dossier: total / (ud / 1e6),
      compromise: total / (uc / 1e6),
      secondHalf: { tokens: late, dossier: late / (hd / 1e6), compromise: late / (hc / 1e6) },
    };
  }
  return { tokens, articles: articles.length, passes, warm, dossier: stats(tokens, d), compromise: stats(tokens, c), unseen };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchOneCore(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 30))));
}
