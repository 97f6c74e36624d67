// Full-pipeline throughput of dossier vs compromise (`nlp(text).json()`), same texts, same process.
import nlp from "compromise";
import { createEngine } from "../src/index.js";
import { segment } from "../src/document/segment.js";
import { benchCorpus } from "./corpus.js";

export interface PipelineBench {
  source: string;
  articles: number;
  tokens: number;
  rounds: number;
  dossier: { seconds: number; tokensPerSec: number; articlesPerSec: number };
  compromise: { seconds: number; tokensPerSec: number; articlesPerSec: number };
  ratio: number;
}

function timeIt(rounds: number, fn: () => void): number {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Runs both systems over the corpus `rounds` times (after one warm-up round each). */
export function benchPipeline(rounds = 5): PipelineBench {
  const { articles, source } = benchCorpus();
  const engine = createEngine();
  const tokens = articles.reduce((n, a) => n + segment(a.text).tokens.length, 0);
  const runDossier = () => { for (const a of articles) engine.analyze(a); };
  const runCompromise = () => { for (const a of articles) nlp(a.text).json(); };
  runDossier();
  runCompromise();
  const d = timeIt(rounds, runDossier);
  const c = timeIt(rounds, runCompromise);
  const n = articles.length * rounds;
  const tk = tokens * rounds;
  return {
    source,
    articles: articles.length,
    tokens,
    rounds,
    dossier: { seconds: d, tokensPerSec: tk / d, articlesPerSec: n / d },
    compromise: { seconds: c, tokensPerSec: tk / c, articlesPerSec: n / c },
    ratio: c / d,
  };
}
