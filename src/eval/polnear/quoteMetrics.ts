import type { AttributionScore } from "./scoreAttribution.js";

/** An attribution score as the flat metric and count maps of the quotes evaluation (stable metric names). */
export function quoteMetrics(s: AttributionScore): { metrics: Record<string, number>; counts: Record<string, number> } {
  return {
    metrics: {
      f1: s.attribution.f1,
      precision: s.attribution.p,
      recall: s.attribution.r,
      source_exact_f1: s.source.exact.f1,
      cue_exact_f1: s.cue.exact.f1,
      content_exact_f1: s.content.exact.f1,
      source_partial_f1: s.source.partial.f1,
      cue_partial_f1: s.cue.partial.f1,
      content_partial_f1: s.content.partial.f1,
    },
    counts: {
      gold: s.attribution.gold,
      predicted: s.attribution.predicted,
      matched: s.attribution.matched,
      goldSources: s.source.gold,
      predictedSources: s.source.predicted,
      goldCues: s.cue.gold,
      predictedCues: s.cue.predicted,
      goldContents: s.content.gold,
      predictedContents: s.content.predicted,
    },
  };
}
