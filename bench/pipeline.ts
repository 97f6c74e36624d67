// Full-pipeline throughput of dossier vs compromise (`nlp(text).json()`), same texts, same process.
// Each run times a few rounds of dossier and then of compromise, back to back, so both see the
// same machine load; the summary is the median over runs (a shared machine is noisy).
import nlp from "compromise";
import { createEngine } from "../src/index.js";
import { segment } from "../src/document/segment.js";
import { benchCorpus } from "./corpus.js";

export interface Throughput {
  /** Wall-clock seconds for all rounds. */
  seconds: number;
  /** CPU seconds (user + system) of this process for all rounds. */
  cpuSeconds: number;
  tokensPerSec: number;
  articlesPerSec: number;
  /** Tokens per CPU second: less disturbed by other jobs on the machine. */
  tokensPerCpuSec: number;
}

export interface PipelineRun {
  dossier: Throughput;
  compromise: Throughput;
  /** compromise wall time / dossier wall time. */
  ratio: number;
  /** compromise CPU time / dossier CPU time. */
  cpuRatio: number;
}

export interface PipelineBench {
  source: string;
  articles: number;
  tokens: number;
  rounds: number;
  runs: PipelineRun[];
  /** Medians over runs (each field separately). */
  median: { dossier: Throughput; compromise: Throughput; ratio: number; cpuRatio: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function measure(rounds: number, articles: number, tokens: number, fn: () => void): Throughput {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const cpuSeconds = (c.user + c.system) / 1e6;
  return { seconds, cpuSeconds, tokensPerSec: (tokens * rounds) / seconds, articlesPerSec: (articles * rounds) / seconds, tokensPerCpuSec: (tokens * rounds) / cpuSeconds };
}

function medianThroughput(xs: Throughput[]): Throughput {
  const f = (k: keyof Throughput) => median(xs.map((x) => x[k]));
  return { seconds: f("seconds"), cpuSeconds: f("cpuSeconds"), tokensPerSec: f("tokensPerSec"), articlesPerSec: f("articlesPerSec"), tokensPerCpuSec: f("tokensPerCpuSec") };
}

/**
 * Runs both systems over the corpus: one warm-up round each (this also loads wink's and the NER
 * model), then `runs` runs of `rounds` rounds each.
 */
export function benchPipeline(rounds = 3, runs = 5, log: (line: string) => void = () => {}): PipelineBench {
  const { articles, source } = benchCorpus();
  const engine = createEngine();
  const tokens = articles.reduce((n, a) => n + segment(a.text).tokens.length, 0);
  const runDossier = () => { for (const a of articles) engine.analyze(a); };
  const runCompromise = () => { for (const a of articles) nlp(a.text).json(); };
  runDossier();
  runCompromise();
  const out: PipelineRun[] = [];
  for (let k = 0; k < runs; k++) {
    const dossier = measure(rounds, articles.length, tokens, runDossier);
    const compromise = measure(rounds, articles.length, tokens, runCompromise);
    out.push({ dossier, compromise, ratio: compromise.seconds / dossier.seconds, cpuRatio: compromise.cpuSeconds / dossier.cpuSeconds });
    log(`pipeline run ${k + 1}/${runs}: dossier ${Math.round(dossier.tokensPerSec)} tokens/s, compromise ${Math.round(compromise.tokensPerSec)} tokens/s, ratio ${(compromise.seconds / dossier.seconds).toFixed(2)}`);
  }
  return {
    source,
    articles: articles.length,
    tokens,
    rounds,
    runs: out,
    median: { dossier: medianThroughput(out.map((r) => r.dossier)), compromise: medianThroughput(out.map((r) => r.compromise)), ratio: median(out.map((r) => r.ratio)), cpuRatio: median(out.map((r) => r.cpuRatio)) },
  };
}
