// What the learned attribution model (src/model/attribution, models/attribution.bin.gz) costs
// inside `analyze`: CPU time of the default pipeline (quote rules + the model refiner) against the
// same pipeline with the quote rules alone, passes alternating over the same texts in the same
// process (the bench corpus: seed + news-dev); the model as analyze runs it (`focused`: every
// sentence, for the attributions layer; `cuesFocused`: cues only in sentences holding a rule quote
// or a clause-reporting verb, as before the layer; `ruleFocused`: rule-quote sentences only, as
// before additions); and the whole model's parts on the pipeline's own tokens (`learned` = view +
// features + cue tagging + arguments over every sentence).
//
//   node --import tsx bench/learnedAttribution.ts [passes]      (JSON; the first pass warms up)
import { createEngine } from "../src/index.js";
import { defaultStages } from "../src/pipeline.js";
import { quotesStage, ruleQuotesStage, extractQuotes } from "../src/stages/quotes/extractQuotes.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../src/model/attribution/defaultAttributionModel.js";
import { tokenizedFromLayers } from "../src/model/attribution/tokens.js";
import { ruleAttributions } from "../src/model/attribution/ruleAttributions.js";
import { ruleRoles } from "../src/model/attribution/ruleRoles.js";
import { modelView } from "../src/stages/quotes/modelView.js";
import type { Layers, Quote, Stage } from "../src/types.js";
import { benchCorpus } from "./corpus.js";

if (!hasDefaultAttributionModel()) {
  console.error("learnedAttribution: models/attribution.bin.gz not found");
  process.exit(1);
}
const passes = Math.max(2, Number(process.argv[2] ?? 4) || 4);
const texts = benchCorpus().articles;
const withModel = createEngine();
const rulesOnly = createEngine({ stages: defaultStages.map((s) => (s === (quotesStage as Stage) ? (ruleQuotesStage as Stage) : s)) });
const model = getDefaultAttributionModel();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// the documents as the quote stage sees them, for timing the model's parts
const seen: Array<{ text: string; layers: Layers; rules: Quote[] }> = [];
const capture = createEngine({
  stages: defaultStages.map((s) =>
    s === (quotesStage as Stage)
      ? ({ ...ruleQuotesStage, run(doc, layers, ctx) { const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx); seen.push({ text: doc.text, layers: { ...layers }, rules }); return { quotes: rules }; } } as Stage)
      : s,
  ),
});
for (const a of texts) capture.analyze(a);
const rows: Record<string, number>[] = [];
for (let p = 0; p < passes; p++) {
  const row: Record<string, number> = { pipeline: 0, rulesPipeline: 0, focused: 0, cuesFocused: 0, ruleFocused: 0, view: 0, features: 0, cues: 0, arguments: 0 };
  let t = cpu();
  for (const a of texts) rulesOnly.analyze(a);
  row.rulesPipeline = cpu() - t;
  t = cpu();
  for (const a of texts) withModel.analyze(a);
  row.pipeline = cpu() - t;
  for (const s of seen) {
    t = cpu();
    modelView(s.text, s.layers, s.rules, model, "all"); // as analyze runs it: every sentence (the attributions layer)
    row.focused += cpu() - t;
    t = cpu();
    modelView(s.text, s.layers, s.rules, model, "cues"); // before the attributions layer: sentences with a rule quote or a clause-reporting verb only
    row.cuesFocused += cpu() - t;
    t = cpu();
    modelView(s.text, s.layers, s.rules, model, "rules"); // before additions: sentences with a rule quote only
    row.ruleFocused += cpu() - t;
    t = cpu();
    const doc = tokenizedFromLayers(s.text, s.layers.sentences, s.layers.tokens);
    const rules = ruleRoles(doc, ruleAttributions(s.rules));
    row.view += cpu() - t;
    t = cpu();
    const f = model.features(doc, rules);
    row.features += cpu() - t;
    t = cpu();
    model.tag(doc, f);
    row.cues += cpu() - t;
    t = cpu();
    model.extractFrom(doc, f, rules); // tags the cues again, then the arguments
    row.arguments += cpu() - t;
  }
  row.arguments -= row.cues;
  row.learned = row.view + row.features + row.cues + row.arguments;
  if (p > 0) rows.push(row);
}
const median = (k: string) => {
  const xs = rows.map((r) => r[k]).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
};
const keys = ["pipeline", "rulesPipeline", "focused", "cuesFocused", "ruleFocused", "learned", "view", "features", "cues", "arguments"];
const out = Object.fromEntries(keys.map((k) => [k, Number(median(k).toFixed(3))]));
console.log(
  JSON.stringify(
    {
      texts: texts.length,
      passes: rows.length,
      cpuSeconds: out,
      pipelineOverRulesPipeline: Number((median("pipeline") / median("rulesPipeline")).toFixed(2)),
      focusedOverRulesPipeline: Number((median("focused") / median("rulesPipeline")).toFixed(2)),
      // what looking for additions costs beyond bounding the rule quotes, as a share of the pipeline
      additionsShareOfPipeline: Number(((median("cuesFocused") - median("ruleFocused")) / median("pipeline")).toFixed(3)),
      // what reading every sentence (the attributions layer) costs beyond that, as a share of the pipeline
      attributionsLayerShareOfPipeline: Number(((median("focused") - median("cuesFocused")) / median("pipeline")).toFixed(3)),
      learnedOverRulesPipeline: Number((median("learned") / median("rulesPipeline")).toFixed(2)),
    },
    null,
    1,
  ),
);
