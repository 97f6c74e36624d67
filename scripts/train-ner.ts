// Trains the CoNLL-2003 NER model on eng.train and writes models/ner.bin.gz.
//
//   npx tsx scripts/train-ner.ts [--data DIR] [--out FILE] [--epochs N] [--seed N] [--margin X]
//                                [--stages 1|2] [--no-dev]
//
// Settings (epochs, margin, stages, features) were chosen on eng.testa (dev); eng.testb is not
// read here. Deterministic: the same settings give the same file, byte for byte.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { readConll, groupDocuments } from "../src/eval/conll/readConll.js";
import { formatConllReport } from "../src/eval/conll/scoreConll.js";
import { trainNer, evaluateDocs, DEFAULT_MARGIN } from "../src/model/ner/trainNer.js";
import { saveNerModel } from "../src/model/ner/NerModel.js";
import { findPackageRoot, DEFAULT_NER_MODEL_FILE } from "../src/model/ner/defaultModel.js";

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = findPackageRoot(path.dirname(new URL(import.meta.url).pathname));
const dataDir = arg("data", process.env.CONLL2003_DIR ?? fileURLToPath(new URL("../../shared/data/conll2003", import.meta.url)))!;
const out = path.resolve(root, arg("out", DEFAULT_NER_MODEL_FILE)!);
const epochs = Number(arg("epochs", "10"));
const seed = Number(arg("seed", "1"));
const margin = Number(arg("margin", String(DEFAULT_MARGIN)));
const stages = Number(arg("stages", "2"));
const withDev = !process.argv.includes("--no-dev");

const trainFile = path.join(dataDir, "eng.train");
const devFile = path.join(dataDir, "eng.testa");
if (!fs.existsSync(trainFile)) {
  console.error(`missing ${trainFile} (set --data or CONLL2003_DIR)`);
  process.exit(1);
}
const train = readConll(trainFile);
const dev = withDev && fs.existsSync(devFile) ? readConll(devFile) : [];
console.log(`train: ${train.length} sentences, ${train.reduce((n, s) => n + s.tokens.length, 0)} tokens; epochs ${epochs}, seed ${seed}, margin ${margin}, stages ${stages}`);

const t0 = Date.now();
const model = trainNer(train, {
  epochs,
  seed,
  margin,
  stages,
  dev: dev.length > 0 ? dev : undefined,
  meta: { trainedOn: "CoNLL-2003 eng.train", selectedOn: "eng.testa" },
  onEpoch: (r) =>
    console.log(`  stage ${r.stage} epoch ${String(r.epoch).padStart(2)}: ${r.errors} training errors${r.devF1 !== undefined ? `, dev F1 ${(100 * r.devF1).toFixed(2)}` : ""} (${r.seconds.toFixed(1)} s)`),
});
const seconds = (Date.now() - t0) / 1000;
const bytes = saveNerModel(model, out);
const sha = createHash("sha256").update(fs.readFileSync(out)).digest("hex").slice(0, 16);
console.log(`trained in ${seconds.toFixed(1)} s; ${model.featureCount} features; wrote ${path.relative(root, out)} (${(bytes / 1e6).toFixed(2)} MB, sha256 ${sha}…)`);
if (dev.length > 0) {
  console.log("\ndev (eng.testa), documents:");
  console.log(formatConllReport(evaluateDocs(model, groupDocuments(dev))));
}
