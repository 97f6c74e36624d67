/**
 * The quote stage's last step: what the learned attribution model says (`modelView.ts`), combined
 * with the rule quotes (`combineWithModel.ts`, its tests of additions in
 * `modelAdditionChecks.ts`), and the attributions layer (`attributionsOf.ts`).
 */
import type { Attribution, Layers, Quote } from "../../types.js";
import { attributionsOf } from "./attributionsOf.js";
import { bundledModel, modelView } from "./modelView.js";
import { combineWithModel, MODEL_REFINER_SETTINGS } from "./combineWithModel.js";

/**
 * The quote stage's last step: the rules' quotes refined by the bundled model (unchanged without
 * it), and the attributions layer (`attributionsOf`: every attribution the model found, then the
 * quotes it has none for). The model reads every sentence: the attributions layer wants them all.
 */
export function refineWithModel(text: string, layers: Layers, rules: Quote[]): { quotes: Quote[]; attributions: Attribution[] } {
  const m = bundledModel();
  if (!m) return { quotes: rules, attributions: attributionsOf(text, rules, []) };
  const view = modelView(text, layers, rules, m, "all");
  const quotes = combineWithModel(text, layers, rules, view, MODEL_REFINER_SETTINGS);
  return { quotes, attributions: attributionsOf(text, quotes, view.attributions) };
}
