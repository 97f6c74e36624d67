import type { QuoteSpeaker, QuoteType, Span } from "../../types.js";
import type { QuoteSegment } from "./quoteSegments.js";
import type { TokenRange } from "./speakerPhrase.js";

/**
 * A speaker taken from the quote the sentence already has ("X said …, adding …", "X described it
 * as “…” and said …"): the first accepted quote of the same sentence, its `host`.
 */
export interface InheritedSubject {
  /** Only hosts with a speaker phrase count (and, with `before`, one ending by that token). */
  needsNp: boolean;
  before?: number;
  /** The subject when the host has no phrase of its own. */
  withHost: TokenRange | null;
  /** The subject when the sentence has no host; null drops the candidate. */
  alone: TokenRange | null;
  /** The subject must contain a mention in the end. */
  mustName?: boolean;
  /** The subject must end before this token, with a verb in between ("X described … and said"). */
  verbAt?: number;
}

/** A quotation no finder attributed: `attachContinuations` decides whose it is, if anyone's. */
export interface BareSegment {
  words: number;
  /** The quotation opens its paragraph. */
  startsParagraph: boolean;
  /** The paragraph's words before the quotation end with a colon. */
  afterColon: boolean;
}

/** A proposed quote. Finders make them; refiners accept, complete and drop them. */
export interface QuoteCandidate {
  type: QuoteType;
  /** The speaker phrase, resolved by `resolveSpeakers` unless `speaker` is set. */
  np: TokenRange | null;
  cue: Span | null;
  /** The cue token this candidate claims (-1: none); a claimed cue cannot be claimed again. */
  cueToken: number;
  content: { start: number; end: number };
  /** Quotation segments the candidate claims when accepted. */
  claims: readonly QuoteSegment[];
  /** Whether a segment of `claims` already claimed by an earlier quote rejects it. */
  rejectIf: "any" | "none";
  /** The pattern that found it (`pattern:…`); the speaker method is appended when resolved. */
  method: string;
  /** Confidence when the speaker resolves to an entity, and when it does not. */
  confidence: readonly [number, number];
  sentence: number;
  /** The quotation a direct quote or bare segment stands on. */
  segment?: QuoteSegment;
  /** Acceptance order (see `orderCandidates`): finder rank, then position keys. */
  order: readonly number[];
  /** A speaker fixed by the finder (a headline's surname). */
  speaker?: { speaker: QuoteSpeaker; method: string };
  subject?: InheritedSubject;
  bare?: BareSegment;
  /** Rejected when a quote accepted before it already contains its `segment`. */
  notInsideAnother?: boolean;
}

/** What a finder fills in; `extractQuotes` orders candidates by finder rank and position. */
export type CandidateFields = Omit<QuoteCandidate, "order">;

/** A candidate accepted by the refiners, with its speaker and final method and confidence. */
export interface QuoteDraft {
  type: QuoteType;
  np: TokenRange | null;
  speaker: QuoteSpeaker | null;
  cue: Span | null;
  content: { start: number; end: number };
  continues: QuoteDraft | null;
  method: string;
  confidence: number;
  sentence: number;
  via?: { name: string; span: Span } | null;
  segment?: QuoteSegment;
  /** Reported speech inside another quote's quotation (see `nestReportedSpeech`); kept beside it. */
  nestedIn?: QuoteDraft;
}

/** Sorts candidates into acceptance order (stable: a finder's own order is kept within equal keys). */
export function orderCandidates(cands: QuoteCandidate[]): QuoteCandidate[] {
  return cands
    .map((c, i) => ({ c, i }))
    .sort((a, b) => {
      const x = a.c.order;
      const y = b.c.order;
      for (let k = 0; k < Math.max(x.length, y.length); k++) {
        const d = (x[k] ?? 0) - (y[k] ?? 0);
        if (d) return d;
      }
      return a.i - b.i;
    })
    .map((e) => e.c);
}
