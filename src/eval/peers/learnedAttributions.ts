/**
 * The learned attribution extractor (`src/model/attribution/`, bundled `models/attribution.bin.gz`)
 * as a quotes peer: text → (source, cue, content) triples for `scoreAttribution`. Discontinuous
 * contents keep their fragments.
 *
 * In `evalQuotes`: `run("dossier learned", learnedAttributionsVersion(), (i) => learnedAttributions(docs[i].text), LEARNED_NOTE)`.
 */
import type { AttributionTriple } from "../polnear/scoreAttribution.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../model/attribution/defaultAttributionModel.js";
import { toTriples } from "../polnear/evalLearned.js";

/** One-line description for reports. */
export const LEARNED_NOTE = "two-stage averaged-perceptron tagger (cues, then each cue's source/content) trained on PolNeAR train";

/** Whether the bundled model is present (else skip the peer with this reason). */
export function learnedAttributionsAvailable(): boolean {
  return hasDefaultAttributionModel();
}

/** Version string of the bundled model (`meta.version`). */
export function learnedAttributionsVersion(): string {
  const v = getDefaultAttributionModel().meta.version;
  return typeof v === "string" ? v : "1";
}

/** Attributions found by the bundled model in `text`. */
export function learnedAttributions(text: string): AttributionTriple[] {
  return toTriples(getDefaultAttributionModel().extract(text));
}
