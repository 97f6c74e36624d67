// Chooses the settings of the quote stage's model refiner (src/stages/quotes/refineWithModel.ts)
// on development data only: PolNeAR dev (exact F1 source / cue / content, attribution F1) and the
// dev parts of news-dev and stories-dev (quote attribution F1). Held-out and test sets are never
// read here.
//
//   npx tsx scripts/tune-model-refiner.ts [--model FILE] [--limit N] [--focus | --cues] [--additions] [--no-polnear] [--shipped]
//
// Each document is analysed once with the rule quote stage; the model runs once on it; then every
// setting of the grid only recombines (fast). Prints one line per setting, best last.
import path from "node:path";
import { createEngine } from "../src/engine.js";
import { segmentStage } from "../src/document/segment.js";
import { entitiesStage } from "../src/stages/entities/extractEntities.js";
import { extractQuotes, ruleQuotesStage } from "../src/stages/quotes/extractQuotes.js";
import { timesStage } from "../src/stages/times/extractTimes.js";
import { figuresStage } from "../src/stages/figures/extractFigures.js";
import { combineWithModel, MODEL_REFINER_SETTINGS, type ModelRefinerSettings } from "../src/stages/quotes/combineWithModel.js";
import { modelView, type ModelView } from "../src/stages/quotes/modelView.js";
import { loadAttributionModel } from "../src/model/attribution/AttributionModel.js";
import { defaultAttributionModelPath } from "../src/model/attribution/defaultAttributionModel.js";
import { readPolnear } from "../src/eval/polnear/readPolnear.js";
import { scoreAttribution } from "../src/eval/polnear/scoreAttribution.js";
import { dossierAttributions } from "../src/eval/runners.js";
import { attributionsOf } from "../src/stages/quotes/attributionsOf.js";
import { devArticleInput, loadDevArticle, loadDevGold, scoreDevGold } from "../src/eval/devGold.js";
import { devSetFromArgs, haveArticles } from "./devSets.js";
import type { Analysis, Layers, Quote, Stage } from "../src/types.js";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes("--help")) {
  console.log("usage: npx tsx scripts/tune-model-refiner.ts [--model FILE] [--limit N] [--focus | --cues] [--additions] [--no-polnear] [--shipped]\n  scores a grid of refiner settings on PolNeAR dev, news-dev dev and stories-dev dev (never test or held-out)");
  process.exit(0);
}
const model = loadAttributionModel(opt("model") ?? defaultAttributionModelPath());
const limit = opt("limit") ? Number(opt("limit")) : undefined;
// --focus: the model looks for cues only in sentences with a rule quote (as analyze does when
// the settings add no quote of the model's own); only the settings without additions apply then
const focusOnRules = argv.includes("--focus");
// --cues: the model looks only in those sentences and in sentences with a clause-reporting verb
// (as analyze does with the shipped settings)
// --additions: a grid of thresholds for the model's own quotes (speech cues, resolved sources)
// instead of the content-edge grid; --no-polnear: the gold sets only (faster)
const additions = argv.includes("--additions");
const withPolnear = !argv.includes("--no-polnear");

interface Captured {
  analysis: Analysis;
  layers: Layers;
  rules: Quote[];
  view: ModelView;
}
let last: { layers: Layers; rules: Quote[]; view: ModelView } | null = null;
const capture: Stage<"quotes"> = {
  ...ruleQuotesStage,
  run(doc, layers, ctx) {
    const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx);
    last = { layers: { ...layers }, rules, view: modelView(doc.text, layers, rules, model, focusOnRules ? "rules" : argv.includes("--cues") ? "cues" : "all") };
    return { quotes: rules };
  },
};
const engine = createEngine({ stages: [segmentStage, entitiesStage, capture, timesStage, figuresStage] as Stage[] });
const analyse = (input: Parameters<typeof engine.analyze>[0]): Captured => {
  const analysis = engine.analyze(input);
  return { analysis, ...last! };
};

const t0 = Date.now();
const polnearDir = path.resolve(import.meta.dirname, "../../shared/data/polnear");
const pol = (withPolnear ? readPolnear(polnearDir, "dev", { limit }) : []).map((d) => ({ d, c: analyse({ text: d.text, published: d.published }) }));
const devSets = ["news-dev", "stories-dev"].map((name) => {
  const set = devSetFromArgs(["--set", name])!;
  if (!haveArticles(set)) return { name, pairs: [] };
  return { name, pairs: loadDevGold(set.goldDir).map((gold) => ({ gold, c: analyse(devArticleInput(loadDevArticle(set.dataDir, gold.file))) })) };
});
console.log(`analysed ${pol.length} PolNeAR dev + ${devSets.map((s) => `${s.pairs.length} ${s.name}`).join(" + ")} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const pct = (x: number) => (100 * x).toFixed(1);
function score(s: ModelRefinerSettings | null, withExtents = true, layer = false) {
  // (without `extents`: the PolNeAR converter falls back on the speaker name and the cue verb)
  const q = (c: Captured) => (s ? combineWithModel(c.analysis.document.text, c.layers, c.rules, c.view, s).map((x) => (withExtents ? x : { ...x, extents: undefined })) : c.rules);
  // (`layer`: the attributions layer `analyze` makes from these quotes and the model's view,
  // which `dossier eval quotes` scores; else the quotes alone, converted)
  const sc = scoreAttribution(
    pol.map(({ d, c }) => {
      const quotes = q(c);
      return {
        text: d.text,
        gold: d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content })),
        predicted: dossierAttributions({ ...c.analysis, quotes, attributions: layer ? attributionsOf(d.text, quotes, c.view.attributions) : undefined }),
      };
    }),
  );
  const dev = devSets.map((set) => scoreDevGold(set.pairs.map(({ gold, c }) => ({ gold, analysis: { ...c.analysis, quotes: q(c) } }))).quotes);
  return { sc, dev };
}

const prf = (q: { precision: number; recall: number; f1: number; tp: number; fp: number }) => `${q.f1.toFixed(3)} (P ${q.precision.toFixed(3)} R ${q.recall.toFixed(3)} tp ${q.tp} fp ${q.fp})`;
const line = (name: string, r: ReturnType<typeof score>) =>
  `${name.padEnd(64)} PolNeAR dev att ${pct(r.sc.attribution.f1)} (P ${pct(r.sc.attribution.p)} R ${pct(r.sc.attribution.r)}) src ${pct(r.sc.source.exact.f1)} cue ${pct(r.sc.cue.exact.f1)} cont ${pct(r.sc.content.exact.f1)} | news-dev ${prf(r.dev[0])} stories-dev ${prf(r.dev[1])}`;
console.log(line("rules alone", score(null)));
console.log(line("shipped settings: the attributions layer (analyze, the product row)", score(MODEL_REFINER_SETTINGS, true, true)));
console.log(line("shipped settings: the quotes alone", score(MODEL_REFINER_SETTINGS)));
console.log(line("shipped settings: the quotes alone, without the model's extents", score(MODEL_REFINER_SETTINGS, false)));
if (argv.includes("--shipped")) process.exit(0);
const modelOnly = scoreAttribution(pol.map(({ d, c }) => ({ text: d.text, gold: d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content })), predicted: c.view.attributions })));
console.log(`${"model alone (its own extents)".padEnd(64)} PolNeAR dev att ${pct(modelOnly.attribution.f1)} src ${pct(modelOnly.source.exact.f1)} cue ${pct(modelOnly.cue.exact.f1)} cont ${pct(modelOnly.content.exact.f1)}`);

const grid: ModelRefinerSettings[] = [];
if (additions && !focusOnRules) {
  for (const addResolves of ["entity", "mention"] as const) {
    for (const addNeedsClause of [false, true]) {
      for (const addScore of [800, 400, 200, 0, -200, -Infinity]) grid.push({ ...MODEL_REFINER_SETTINGS, addScore, addResolves, addNeedsClause });
    }
  }
}
for (const addScore of additions ? [] : focusOnRules ? [Infinity] : [Infinity, 0]) {
  for (const matchOverlap of [0.5]) {
    for (const addSpeechOnly of [true]) {
      for (const [boundContent, nearChars] of [["always", 0], ["never", 0], ["near", 3], ["near", 6], ["near", 12], ["near", 25]] as const) {
        grid.push({ ...MODEL_REFINER_SETTINGS, addScore, boundScore: -Infinity, matchOverlap, addNeedsSource: true, addSpeechOnly, keepUnmatchedRules: true, boundContent, nearChars });
      }
    }
  }
}
const short = (s: ModelRefinerSettings) => `add ${s.addScore} resolves ${s.addResolves ?? "any"} clause ${s.addNeedsClause ? 1 : 0} bound ${s.boundScore} overlap ${s.matchOverlap} src ${s.addNeedsSource ? 1 : 0} speech ${s.addSpeechOnly ? 1 : 0} keep ${s.keepUnmatchedRules ? 1 : 0} content ${s.boundContent} ${s.nearChars}`;
const rows = grid.map((s) => ({ s, r: score(s) }));
for (const { s, r } of rows) console.log(line(short(s), r));
