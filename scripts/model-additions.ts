// Lists the quotes the model refiner would add to the rule quotes under a setting, on the dev
// parts of news-dev and stories-dev only (never held-out), each marked by whether it matches a
// gold quote (content overlap ≥ 50 % and speaker): to read which additions are right.
//   npx tsx scripts/model-additions.ts [--add SCORE] [--resolves entity|mention|any]
import { createEngine } from "../src/engine.js";
import { segmentStage } from "../src/document/segment.js";
import { entitiesStage } from "../src/stages/entities/extractEntities.js";
import { extractQuotes, ruleQuotesStage } from "../src/stages/quotes/extractQuotes.js";
import { combineWithModel, MODEL_REFINER_SETTINGS } from "../src/stages/quotes/combineWithModel.js";
import { modelView } from "../src/stages/quotes/modelView.js";
import { getDefaultAttributionModel } from "../src/model/attribution/defaultAttributionModel.js";
import { devArticleInput, loadDevArticle, loadDevGold, overlapRatio, speakerMatches } from "../src/eval/devGold.js";
import { devSetFromArgs, haveArticles } from "./devSets.js";
import type { Layers, Quote, Stage } from "../src/types.js";

const argv = process.argv.slice(2);
if (argv.includes("--help")) {
  console.log("usage: npx tsx scripts/model-additions.ts [--add SCORE] [--resolves entity|mention|any]\n  the model's added quotes on news-dev dev and stories-dev dev, + when a gold quote matches");
  process.exit(0);
}
const opt = (n: string) => (argv.indexOf(`--${n}`) >= 0 ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const settings = { ...MODEL_REFINER_SETTINGS, addScore: Number(opt("add") ?? 0), addResolves: (opt("resolves") ?? "entity") as "entity", addNeedsClause: !argv.includes("--no-clause") };
const model = getDefaultAttributionModel();
let last: { layers: Layers; rules: Quote[] } | null = null;
const capture: Stage<"quotes"> = {
  ...ruleQuotesStage,
  run(doc, layers, ctx) {
    const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx);
    last = { layers: { ...layers }, rules };
    return { quotes: rules };
  },
};
const engine = createEngine({ stages: [segmentStage, entitiesStage, capture] as Stage[] });
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s).replace(/\n/g, "⏎");
for (const name of ["news-dev", "stories-dev"]) {
  const set = devSetFromArgs(["--set", name])!;
  if (!haveArticles(set)) continue;
  for (const gold of loadDevGold(set.goldDir)) {
    const a = engine.analyze(devArticleInput(loadDevArticle(set.dataDir, gold.file)));
    const { layers, rules } = last!;
    const view = modelView(a.document.text, layers, rules, model, settings.addNeedsClause ? "cues" : "all");
    const got = combineWithModel(a.document.text, layers, rules, view, settings);
    for (const q of got) {
      if (!q.method.startsWith("model")) continue;
      const ok = gold.quotes.some((g) => overlapRatio(g.content, q.content) >= 0.5 && speakerMatches(g, q));
      const score = view.attributions.find((x) => x.cue && q.cue && x.cue.start === q.cue.start)?.score;
      console.log(`${ok ? "+" : "-"} ${gold.file} ${score?.toFixed(1)} [${q.speaker?.name ?? "∅"} / ${q.speaker?.mention?.text ?? ""}] <${q.cue?.text ?? ""}> ${clip(q.content.text)}`);
    }
  }
}
