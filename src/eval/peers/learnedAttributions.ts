/**
 * The learned attribution extractor (`src/model/attribution/`, bundled `models/attribution.bin.gz`)
 * as a quotes system of its own: the model's attributions with its own extents, before the quote
 * stage combines them with the rules (`src/stages/quotes/refineWithModel.ts`). The model reads
 * the rule quotes as features, so the document is analysed with the rule quote stage first.
 * Discontinuous contents keep their fragments.
 *
 * In `evalQuotes`: `run("dossier-learned", learnedAttributionsVersion(), (i) => learnedAttributions(docs[i].text), LEARNED_NOTE)`.
 */
import type { AttributionTriple } from "../polnear/scoreAttribution.js";
import type { AttributionModel } from "../../model/attribution/AttributionModel.js";
import type { ExtractedAttribution } from "../../model/attribution/assemble.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../model/attribution/defaultAttributionModel.js";
import { createEngine, type Engine } from "../../engine.js";
import { segmentStage } from "../../document/segment.js";
import { entitiesStage } from "../../stages/entities/extractEntities.js";
import { extractQuotes, ruleQuotesStage } from "../../stages/quotes/extractQuotes.js";
import { modelView } from "../../stages/quotes/modelView.js";
import type { ArticleInput, Stage } from "../../types.js";

/** One-line description for reports. */
export const LEARNED_NOTE = "the model alone, its own extents: two-stage averaged-perceptron tagger (cues, then each cue's source/content) on the rule quotes as features, trained on PolNeAR train";

/** Whether the bundled model is present (else skip the peer with this reason). */
export function learnedAttributionsAvailable(): boolean {
  return hasDefaultAttributionModel();
}

/** Version string of the bundled model (`meta.version`). */
export function learnedAttributionsVersion(): string {
  const v = getDefaultAttributionModel().meta.version;
  return typeof v === "string" ? v : "1";
}

const engines = new WeakMap<AttributionModel, { engine: Engine; last: ExtractedAttribution[] }>();

/** The model's attributions in an article (the rules run first: their quotes are its features). */
export function modelAttributions(input: ArticleInput | string, model: AttributionModel = getDefaultAttributionModel()): ExtractedAttribution[] {
  let e = engines.get(model);
  if (!e) {
    const state = { engine: null as unknown as Engine, last: [] as ExtractedAttribution[] };
    const capture: Stage<"quotes"> = {
      ...ruleQuotesStage,
      run(doc, layers, ctx) {
        const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx);
        state.last = modelView(doc.text, layers, rules, model).attributions;
        return { quotes: rules };
      },
    };
    state.engine = createEngine({ stages: [segmentStage, entitiesStage, capture] as Stage[] });
    e = state;
    engines.set(model, e);
  }
  e.engine.analyze(input);
  return e.last;
}

/** Attributions found by the bundled model in `text`. */
export function learnedAttributions(text: string, published?: string | null): AttributionTriple[] {
  return modelAttributions({ text, published: published ?? undefined }).map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
}
