// Speed of the trained NER model (`predictDocument`, document context) on CoNLL-2003 test data,
// next to compromise's named-entity methods (`people()`, `places()`, `organizations()`) on the
// same documents (tokens joined by spaces), in the same process.
//
//   node --import tsx bench/ner.ts [testa|testb] [runs]
import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { readConll, groupDocuments } from "../src/eval/conll/readConll.js";
import { getDefaultNerModel, hasDefaultNerModel } from "../src/model/ner/defaultModel.js";

export interface NerRun {
  dossier: { seconds: number; cpuSeconds: number; tokensPerSec: number };
  compromise: { seconds: number; cpuSeconds: number; tokensPerSec: number };
  /** compromise wall time / dossier wall time. */
  ratio: number;
}

export interface NerBench {
  split: string;
  documents: number;
  tokens: number;
  rounds: number;
  /** Seconds to load the model file (first call in this process). */
  loadSeconds: number;
  runs: NerRun[];
  /** Medians over runs. */
  median: { dossierTokensPerSec: number; compromiseTokensPerSec: number; dossierTokensPerCpuSec: number; compromiseTokensPerCpuSec: number; ratio: number; cpuRatio: number };
}

/** Where the CoNLL-2003 files are (`../shared/data/conll2003` beside the repo), or null. */
export function conllDir(): string | null {
  const dir = path.resolve(new URL("..", import.meta.url).pathname, "../shared/data/conll2003");
  return fs.existsSync(path.join(dir, "eng.testa")) ? dir : null;
}

function timeIt(rounds: number, fn: () => void): { seconds: number; cpuSeconds: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  const c = process.cpuUsage(c0);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (c.user + c.system) / 1e6 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times both systems over one CoNLL split: one warm-up round each, then `runs` runs of `rounds`
 * rounds. Null when the data or the model is missing.
 */
export function benchNer(split = "testb", rounds = 1, runs = 3, log: (line: string) => void = () => {}): NerBench | null {
  const dir = conllDir();
  if (!dir || !hasDefaultNerModel()) return null;
  const docs = groupDocuments(readConll(path.join(dir, `eng.${split}`))).map((d) => d.map((s) => s.tokens));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const t0 = process.hrtime.bigint();
  const model = getDefaultNerModel();
  const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const texts = docs.map((d) => d.map((s) => s.join(" ")).join("\n"));
  const runDossier = () => { for (const d of docs) model.predictDocument(d); };
  const runCompromise = () => {
    for (const t of texts) {
      const doc = nlp(t);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
    }
  };
  runDossier();
  runCompromise();
  const out: NerRun[] = [];
  for (let k = 0; k < runs; k++) {
    const d = timeIt(rounds, runDossier);
    const c = timeIt(rounds, runCompromise);
    const run: NerRun = {
      dossier: { ...d, tokensPerSec: (tokens * rounds) / d.seconds },
      compromise: { ...c, tokensPerSec: (tokens * rounds) / c.seconds },
      ratio: c.seconds / d.seconds,
    };
    out.push(run);
    log(`ner run ${k + 1}/${runs}: dossier ${Math.round(run.dossier.tokensPerSec)} tokens/s, compromise ${Math.round(run.compromise.tokensPerSec)} tokens/s`);
  }
  return {
    split,
    documents: docs.length,
    tokens,
    rounds,
    loadSeconds,
    runs: out,
    median: {
      dossierTokensPerSec: median(out.map((r) => r.dossier.tokensPerSec)),
      compromiseTokensPerSec: median(out.map((r) => r.compromise.tokensPerSec)),
      dossierTokensPerCpuSec: median(out.map((r) => (tokens * rounds) / r.dossier.cpuSeconds)),
      compromiseTokensPerCpuSec: median(out.map((r) => (tokens * rounds) / r.compromise.cpuSeconds)),
      ratio: median(out.map((r) => r.ratio)),
      cpuRatio: median(out.map((r) => r.compromise.cpuSeconds / r.dossier.cpuSeconds)),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchNer(process.argv[2] ?? "testb", 1, Number(process.argv[3] ?? 3), (l) => console.error(l));
  console.log(r ? JSON.stringify(r, null, 1) : "skipped: CoNLL-2003 data or models/ner.bin.gz missing");
}
