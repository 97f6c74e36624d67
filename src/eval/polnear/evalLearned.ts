/**
 * The learned attribution extractor (`src/model/attribution/`) as a system of the quotes
 * evaluation: runs the model over a PolNeAR split and scores it with the same scorer and the same
 * metric names as `evalQuotes` in `runners.ts` (`f1`/`precision`/`recall` at attribution level,
 * `source_exact_f1`, `cue_exact_f1`, `content_exact_f1`, `…_partial_f1` token overlap).
 *
 * ```ts
 * const { system, score } = evalLearnedAttribution("../shared/data/polnear", "dev", { limit: 10 });
 * system.metrics.f1;
 * ```
 */
import { readPolnear, type PolnearDocument, type PolnearSplit } from "./readPolnear.js";
import { scoreAttribution, type AttributionScore, type AttributionTriple } from "./scoreAttribution.js";
import { quoteMetrics } from "./quoteMetrics.js";
import type { SystemResult } from "../EvalReport.js";
import type { AttributionModel } from "../../model/attribution/AttributionModel.js";
import { getDefaultAttributionModel } from "../../model/attribution/defaultAttributionModel.js";
import type { ExtractedAttribution } from "../../model/attribution/assemble.js";
import { modelAttributions } from "../peers/learnedAttributions.js";

/** System name in evaluation reports. */
export const LEARNED_SYSTEM_NAME = "dossier learned";

export interface EvalLearnedOptions {
  /** Only the first N documents of the split (metadata order). */
  limit?: number;
  /** The model to run; default the bundled `models/attribution.bin.gz`. */
  model?: AttributionModel;
  /** Documents already read (skips reading the split again; `limit` still applies). */
  docs?: PolnearDocument[];
}

export interface EvalLearnedResult {
  /** One row for an `EvalReport` (`systems`). */
  system: SystemResult;
  /** The full score (per-role exact/partial P/R/F1 and attribution P/R/F1). */
  score: AttributionScore;
  documents: number;
}

/** Extracted attributions → scorer triples. */
export function toTriples(atts: ExtractedAttribution[]): AttributionTriple[] {
  return atts.map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
}


/**
 * Runs the learned extractor over a PolNeAR split (`dataDir` is the `polnear` folder holding
 * `data/`) and scores it against the first annotator's gold.
 */
export function evalLearnedAttribution(dataDir: string, split: PolnearSplit, options: EvalLearnedOptions = {}): EvalLearnedResult {
  const all = options.docs ?? readPolnear(dataDir, split, { limit: options.limit });
  const docs = options.limit !== undefined ? all.slice(0, options.limit) : all;
  const model = options.model ?? getDefaultAttributionModel();
  const t0 = performance.now();
  const predicted = docs.map((d) => toTriples(modelAttributions({ text: d.text, published: d.published ?? undefined }, model)));
  const seconds = (performance.now() - t0) / 1000;
  const score = scoreAttribution(
    docs.map((d, i) => ({
      text: d.text,
      gold: d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content })),
      predicted: predicted[i],
    })),
  );
  const version = typeof model.meta.version === "string" ? model.meta.version : "1";
  return {
    system: {
      name: LEARNED_SYSTEM_NAME,
      version,
      seconds,
      ...quoteMetrics(score),
      note: "the model alone, its own extents (models/attribution.bin.gz; the rule quotes as features)",
    },
    score,
    documents: docs.length,
  };
}
