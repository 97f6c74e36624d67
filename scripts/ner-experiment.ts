// Dev experiments for the NER model: trains on eng.train with the given trainNer options (JSON)
// and prints dev (eng.testa) micro F1 after every epoch. eng.testb is never read here.
//
//   npx tsx scripts/ner-experiment.ts '{"epochs":20,"stages":1,"external":{"minPopulation":15000}}' [--out FILE]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readConll } from "../src/eval/conll/readConll.js";
import { trainNer } from "../src/model/ner/trainNer.js";
import type { TrainNerOptions } from "../src/model/ner/trainNer.js";
import { saveNerModel } from "../src/model/ner/NerModel.js";


const dataDir = process.env.CONLL2003_DIR ?? fileURLToPath(new URL("../../shared/data/conll2003", import.meta.url));
const opts = JSON.parse(process.argv[2] ?? "{}") as TrainNerOptions;
const outAt = process.argv.indexOf("--out");
const train = readConll(path.join(dataDir, "eng.train"));
const dev = readConll(path.join(dataDir, "eng.testa"));
const t0 = Date.now();
let best = 0;
const model = trainNer(train, {
  epochs: 20,
  stages: 1,
  seed: 1,
  ...opts,
  dev,
  onEpoch: (r) => {
    best = Math.max(best, r.devF1 ?? 0);
    console.log(`stage ${r.stage} epoch ${r.epoch}: errors ${r.errors} dev F1 ${(100 * (r.devF1 ?? 0)).toFixed(2)} (${r.seconds.toFixed(1)} s)`);
  },
});
console.log(`${JSON.stringify(opts)}: gazetteer ${model.gazetteer.size} entries, ${model.featureCount} features, best dev ${(100 * best).toFixed(2)}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
if (outAt > 0) console.log(`wrote ${saveNerModel(model, process.argv[outAt + 1])} bytes`);
