// What the learned attribution model (src/model/attribution, models/attribution.bin.gz) would
// cost inside `analyze`: CPU time of the whole default pipeline and of the model alone, with the
// model's parts, over the same texts in the same process (the bench corpus: seed + news-dev).
//
//   node --import tsx bench/learnedAttribution.ts [passes]      (JSON; the first pass warms up)
import { createEngine } from "../src/index.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../src/model/attribution/defaultAttributionModel.js";
import { tokenizeDocument } from "../src/model/attribution/tokens.js";
import { benchCorpus } from "./corpus.js";

if (!hasDefaultAttributionModel()) {
  console.error("learnedAttribution: models/attribution.bin.gz not found");
  process.exit(1);
}
const passes = Math.max(2, Number(process.argv[2] ?? 4) || 4);
const texts = benchCorpus().articles;
const engine = createEngine();
const model = getDefaultAttributionModel();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rows: Record<string, number>[] = [];
for (let p = 0; p < passes; p++) {
  const row: Record<string, number> = { pipeline: 0, segment: 0, features: 0, cues: 0, arguments: 0 };
  let t = cpu();
  for (const a of texts) engine.analyze(a);
  row.pipeline = cpu() - t;
  for (const a of texts) {
    t = cpu();
    const doc = tokenizeDocument(a.text);
    row.segment += cpu() - t;
    t = cpu();
    const f = model.features(doc);
    row.features += cpu() - t;
    t = cpu();
    model.tag(doc, f);
    row.cues += cpu() - t;
    t = cpu();
    model.extractFrom(doc, f); // tags the cues again, then the arguments
    row.arguments += cpu() - t;
  }
  row.arguments -= row.cues;
  row.learned = row.segment + row.features + row.cues + row.arguments;
  if (p > 0) rows.push(row);
}
const median = (k: string) => {
  const xs = rows.map((r) => r[k]).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
};
const keys = ["pipeline", "learned", "segment", "features", "cues", "arguments"];
const out = Object.fromEntries(keys.map((k) => [k, Number(median(k).toFixed(3))]));
console.log(JSON.stringify({ texts: texts.length, passes: rows.length, cpuSeconds: out, learnedOverPipeline: Number((median("learned") / median("pipeline")).toFixed(2)) }, null, 1));
