// Scores the NER model on a CoNLL-2003 split with conlleval rules, and measures speed.
//
//   npx tsx scripts/eval-ner.ts [--split testa|testb|train|FILE] [--model FILE] [--data DIR]
//                               [--compromise]
//
// Prints per-type and micro precision / recall / F1 with document context (predictDocument) and
// with each sentence alone (predict), the prediction speed in tokens/s, and with --compromise the
// speed of compromise's people()/places()/organizations() on the same text.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readConll, groupDocuments } from "../src/eval/conll/readConll.js";
import type { ConllSentence } from "../src/eval/conll/readConll.js";
import { scoreConll, formatConllReport } from "../src/eval/conll/scoreConll.js";
import type { ConllScore } from "../src/eval/conll/scoreConll.js";
import { loadNerModel } from "../src/model/ner/NerModel.js";
import { defaultNerModelPath } from "../src/model/ner/defaultModel.js";

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dataDir = arg("data", process.env.CONLL2003_DIR ?? fileURLToPath(new URL("../../shared/data/conll2003", import.meta.url)))!;
const split = arg("split", "testa")!;
const file = ["train", "testa", "testb"].includes(split) ? path.join(dataDir, `eng.${split}`) : split;
if (!fs.existsSync(file)) {
  console.error(`missing ${file}`);
  process.exit(1);
}
const modelFile = arg("model", defaultNerModelPath())!;
const t0 = Date.now();
const model = loadNerModel(modelFile);
console.log(`model ${modelFile}: ${(fs.statSync(modelFile).size / 1e6).toFixed(2)} MB, ${model.featureCount} features, ${model.stageCount} stage(s), loaded in ${Date.now() - t0} ms`);

const sentences = readConll(file);
const docs = groupDocuments(sentences);
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
console.log(`${path.basename(file)}: ${docs.length} documents, ${sentences.length} sentences, ${tokens} tokens\n`);

function table(score: ConllScore): string {
  const rows = ["type   precision  recall     F1   gold  predicted"];
  const line = (name: string, s: ConllScore["micro"]): string =>
    `${name.padEnd(6)} ${(100 * s.precision).toFixed(2).padStart(9)} ${(100 * s.recall).toFixed(2).padStart(7)} ${(100 * s.f1).toFixed(2).padStart(6)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(10)}`;
  for (const t of Object.keys(score.byType).sort()) rows.push(line(t, score.byType[t]));
  rows.push(line("micro", score.micro));
  return rows.join("\n");
}

function timeIt<T>(f: () => T): [T, number] {
  const s = process.hrtime.bigint();
  const r = f();
  return [r, Number(process.hrtime.bigint() - s) / 1e9];
}

// Warm-up pass (JIT), not timed: the speeds below are steady-state.
for (const d of docs) model.predictDocument(d.map((s) => s.tokens));
for (const s of sentences) model.predict(s.tokens);

const gold = sentences.map((s) => s.tags);
const [docPred, docSec] = timeIt(() => docs.flatMap((d: ConllSentence[]) => model.predictDocument(d.map((s) => s.tokens))));
const docScore = scoreConll(gold, docPred);
console.log("With document context (predictDocument):");
console.log(table(docScore));
console.log(`speed: ${Math.round(tokens / docSec).toLocaleString("en-US")} tokens/s (${docSec.toFixed(2)} s)\n`);

const [sentPred, sentSec] = timeIt(() => sentences.map((s) => model.predict(s.tokens)));
console.log("Each sentence alone (predict):");
console.log(table(scoreConll(gold, sentPred)));
console.log(`speed: ${Math.round(tokens / sentSec).toLocaleString("en-US")} tokens/s (${sentSec.toFixed(2)} s)\n`);

console.log("conlleval-style report (document context):");
console.log(formatConllReport(docScore));

if (process.argv.includes("--compromise")) {
  const nlp = (await import("compromise")).default;
  const texts = docs.map((d) => d.map((s) => s.tokens.join(" ")).join("\n"));
  for (const text of texts.slice(0, 20)) nlp(text).people().out("array"); // warm-up
  const [, cSec] = timeIt(() => {
    let n = 0;
    for (const text of texts) {
      const doc = nlp(text);
      n += doc.people().out("array").length + doc.places().out("array").length + doc.organizations().out("array").length;
    }
    return n;
  });
  console.log(`\ncompromise people()/places()/organizations() on the same text: ${Math.round(tokens / cSec).toLocaleString("en-US")} tokens/s (${cSec.toFixed(2)} s)`);
}
