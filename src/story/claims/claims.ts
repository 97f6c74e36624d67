/**
 * Claims: the comparable facts of one article (quotations, figures, dated events, actor labels,
 * loaded terms), each with its evidence span and sentence. Pure over one `Analysis`, given the
 * story's actor keyer (so name variants meet across outlets).
 */
import type { Analysis } from "../../types.js";
import type { ActorKeyFn, ArticleClaims, FigureClaim } from "./types.js";
import { dateClaims } from "./dates.js";
import { figureClaims } from "./figures.js";
import { settleFigures } from "./settleFigures.js";
import { incidentClaims } from "./incidents.js";
import { causeClaims } from "./causes.js";
import { voteClaims } from "./votes.js";
import { labelClaims, loadedClaims } from "./labels.js";
import { quoteClaims } from "./quotes.js";
import { recordClaims } from "./records.js";
import { eventClassClaims } from "./eventClass.js";
import { referentClaims } from "./referents.js";

export { evidenceFor } from "./evidence.js";
export { parseDuration } from "./figures.js";
export { sameOccasion } from "./dates.js";
export type * from "./types.js";

/** All claims of one article. `key` is the story's actor keyer (see `actorKeyer`). */
export function extractClaims(a: Analysis, key: ActorKeyFn, isPerson: (name: string) => boolean = () => false): ArticleClaims {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const quoteSpans = a.quotes.filter((q) => q.type !== "indirect").map((q) => q.content);
  const quotes = quoteClaims(a, key, byId, isPerson);
  return {
    source: { docId: a.document.id, outlet: a.document.outlet, published: a.document.published, title: a.document.title },
    text: a.document.text,
    quotes,
    figures: withVotes(settleFigures(a.document.text, figureClaims(a, key)), voteClaims(a, key)),
    dates: dateClaims(a, key),
    incidents: incidentClaims(a),
    causes: causeClaims(a),
    labels: [...labelClaims(a, key, isPerson), ...eventClassClaims(a), ...referentClaims(a, quoteSpans)],
    records: recordClaims(a, key),
    loaded: loadedClaims(a, quoteSpans),
    quoteSpans,
  };
}

/** Figures with the vote tallies added; a tally's numbers are no longer read as plain counts ("31 votes"). */
function withVotes(figures: FigureClaim[], votes: FigureClaim[]): FigureClaim[] {
  if (votes.length === 0) return figures;
  const at = new Set(votes.map((v) => v.evidence.span.start));
  return [...figures.filter((f) => !at.has(f.evidence.span.start)), ...votes];
}
