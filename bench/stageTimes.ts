// CPU time spent in each pipeline stage over the bench corpus (ms per 1,000 tokens), to find
// where a slowdown comes from. Also usable as a profiling loop:
//
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/stageTimes.ts 20
import type { Layers, StageContext } from "../src/types.js";
import { defaultStages } from "../src/pipeline.js";
import { createDocument } from "../src/document/createDocument.js";
import { benchCorpus } from "./corpus.js";

/** CPU time of this process (user + system), in microseconds: less disturbed by other jobs than wall time. */
function cpuMicros(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system);
}

export interface StageTime {
  stage: string;
  /** CPU seconds. */
  seconds: number;
  msPer1kTokens: number;
}

/** Runs the default stages over the corpus `rounds` times (after one warm-up round) and measures each one's CPU time. */
export function benchStages(rounds = 5): { tokens: number; rounds: number; stages: StageTime[] } {
  const { articles } = benchCorpus();
  const docs = articles.map((a) => createDocument(a));
  const spent = new Map<string, bigint>(defaultStages.map((s) => [s.name, 0n]));
  let tokens = 0;
  const ctx: StageContext = { report: () => {} };
  for (let r = 0; r <= rounds; r++) {
    for (const doc of docs) {
      const layers: Layers = { paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], times: [], figures: [] };
      for (const stage of defaultStages) {
        const t0 = cpuMicros();
        const out = stage.run(doc, layers, ctx) as Partial<Layers>;
        if (r > 0) spent.set(stage.name, spent.get(stage.name)! + (cpuMicros() - t0) * 1000n);
        for (const p of stage.produces) (layers as unknown as Record<string, unknown>)[p] = out[p];
      }
      if (r > 0) tokens += layers.tokens.length;
    }
  }
  return {
    tokens: tokens / rounds,
    rounds,
    stages: [...spent].map(([stage, ns]) => ({ stage, seconds: Number(ns) / 1e9, msPer1kTokens: Number(ns) / 1e6 / (tokens / 1000) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchStages(Number(process.argv[2] ?? 5));
  let total = 0;
  for (const s of r.stages) {
    total += s.msPer1kTokens;
    console.log(`${s.stage.padEnd(10)} ${s.msPer1kTokens.toFixed(2).padStart(7)} ms / 1k tokens`);
  }
  console.log(`${"total".padEnd(10)} ${total.toFixed(2).padStart(7)} ms / 1k tokens → ${Math.round(1e6 / total).toLocaleString("en-US")} tokens/s`);
}
