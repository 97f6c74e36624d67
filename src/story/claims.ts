/**
 * Claims: the comparable facts of one article (quotations, figures, dated events, actor labels,
 * loaded terms), each with its evidence span and sentence. Pure over one `Analysis`, given the
 * story's actor keyer (so name variants meet across outlets).
 */
import type { Analysis, Approx, Span } from "../types.js";
import type { LoadedTerm } from "../lexicons/en/loadedTerms.js";
import type { Evidence, SpeakerKind } from "./StoryReport.js";
import type { WordToken } from "./claimsText.js";
import { dateClaims } from "./claimsDates.js";
import { figureClaims } from "./claimsFigures.js";
import { labelClaims, loadedClaims } from "./claimsLabels.js";
import { quoteClaims } from "./claimsQuotes.js";

export { evidenceFor } from "./claimsEvidence.js";
export { parseDuration } from "./claimsFigures.js";
export { sameOccasion } from "./claimsDates.js";

export interface SourceRef {
  docId: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface QuoteClaim {
  kind: "quote";
  quoteId: string;
  /** Whether the words sit inside quotation marks (direct quotes and quoted parts of mixed ones). */
  direct: boolean;
  speakerName: string | null;
  speakerKey: string | null;
  speakerKind: SpeakerKind;
  /** For an office or spokesperson: the key of the person behind it, when known. */
  principal: string | null;
  tokens: WordToken[];
  norm: string;
  evidence: Evidence;
}

export interface FigureClaim {
  kind: "figure";
  quantity: string;
  /** True when the key comes only from the unit word (no lexicon cue): compared more strictly. */
  generic: boolean;
  value: number;
  unit: string;
  approx: Approx;
  /** A stated round number covers ± half this (1,200 → 100; 40,000 → 1,000). 0 when exact. */
  rounding: number;
  citedSource: string | null;
  /** Content words of the sentence, for context checks. */
  context: string[];
  /** Actor keys of the people and places named in the sentence (not the cited source). */
  names: string[];
  evidence: Evidence;
}

export interface DateClaim {
  kind: "date";
  event: string;
  /** YYYY-MM-DD. */
  day: string;
  value: string;
  /** Actor keys of the people and places named in the sentence. */
  names: string[];
  evidence: Evidence;
}

export interface LabelClaim {
  actorKey: string;
  actorName: string;
  text: string;
  evidence: Evidence;
}

export interface LoadedClaim {
  term: LoadedTerm;
  inQuote: boolean;
  evidence: Evidence;
}

export interface ArticleClaims {
  source: SourceRef;
  text: string;
  quotes: QuoteClaim[];
  figures: FigureClaim[];
  dates: DateClaim[];
  labels: LabelClaim[];
  loaded: LoadedClaim[];
  /** Spans of quotation contents (to tell the outlet's words from a speaker's). */
  quoteSpans: Span[];
}

export type ActorKeyFn = (name: string, person?: boolean) => string;

/** All claims of one article. `key` is the story's actor keyer (see `actorKeyer`). */
export function extractClaims(a: Analysis, key: ActorKeyFn, isPerson: (name: string) => boolean = () => false): ArticleClaims {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const quoteSpans = a.quotes.filter((q) => q.type !== "indirect").map((q) => q.content);
  const quotes = quoteClaims(a, key, byId, isPerson);
  return {
    source: { docId: a.document.id, outlet: a.document.outlet, published: a.document.published, title: a.document.title },
    text: a.document.text,
    quotes,
    figures: figureClaims(a, key),
    dates: dateClaims(a, key),
    labels: labelClaims(a, key, isPerson),
    loaded: loadedClaims(a, quoteSpans),
    quoteSpans,
  };
}
