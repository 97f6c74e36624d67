/**
 * The story comparison report, `dossier.story/1` (see docs/STORY.md). Every item points back to
 * the articles: document id, outlet, the claim span and the sentence span around it, both as
 * half-open UTF-16 offsets into that article's text.
 */
import type { Approx, Span } from "../types.js";

/** One piece of evidence: where an outlet says it. */
export interface Evidence {
  docId: string;
  outlet: string | null;
  published: string | null;
  /** The claim itself (a figure, a quotation, a date expression, a label). */
  span: Span;
  /** The sentence the claim sits in. */
  sentence: Span;
  /** The differing part inside the sentence, when there is one (a substituted word, a value). */
  highlight?: Span[];
}

export interface SourceInfo {
  docId: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** Wire-copy group: articles with the same group are reprints of one text (counted once). */
  group: number;
}

/** What one side of a comparison says. `evidence` lists every article saying it (first = shown). */
export interface Side {
  /** Human readable: "1,213 (exact) — United Nations humanitarian office", a quote text, a date. */
  label: string;
  evidence: Evidence[];
  /** Independent sources (wire reprints of one text count once). */
  sources: number;
}

export interface FigureSide extends Side {
  value: number;
  unit: string;
  approx: Approx;
  /** Who the outlet credits with the number, null when the outlet states it itself (first outlet). */
  citedSource: string | null;
  /** Each outlet's qualifier and cited source for this value. */
  citations: { docId: string; outlet: string | null; approx: Approx; source: string | null }[];
}

export interface Agreement {
  kind: "figure" | "quote" | "date";
  /** The quantity key, "speaker: words", or the event key. */
  key: string;
  label: string;
  sources: number;
  evidence: Evidence[];
}

export interface NumericConflict {
  quantity: string;
  a: FigureSide;
  b: FigureSide;
}

/** Compatible values stated with different qualifiers ("more than 1,200" vs "1,213"). */
export interface QualifierDifference {
  quantity: string;
  a: FigureSide;
  b: FigureSide;
}

export interface DiffPart {
  op: "same" | "changed" | "added" | "removed";
  /** Words of side a (for same/changed/removed) and side b (for same/changed/added). */
  a: string;
  b: string;
}

export interface QuoteVariant {
  speaker: string;
  a: Side;
  b: Side;
  /** Word-level diff of the two wordings (LCS over tokens). */
  diff: DiffPart[];
  similarity: number;
}

export type SpeakerKind = "person" | "office" | "spokesperson" | "organisation" | "unknown";

export interface AttributedSide extends Side {
  speaker: string | null;
  speakerKind: SpeakerKind;
}

export interface AttributionShift {
  /** "person→spokesperson", "person→office", "person→unattributed", "different speaker", … */
  shift: string;
  a: AttributedSide;
  b: AttributedSide;
  similarity: number;
}

export interface DateConflict {
  event: string;
  a: Side & { value: string };
  b: Side & { value: string };
}

export interface PresenceFact {
  /** `statement`: a sentence several outlets carry that is no figure, quotation or date (compare/statementFacts.ts). */
  kind: "figure" | "quote" | "date" | "statement";
  key: string;
  label: string;
  sources: number;
  carriedBy: string[];
  missingFrom: string[];
  evidence: Evidence[];
  /**
   * In outlets leaving the fact out, the sentence that tells the same thing without it (most
   * content words in common with the fact's sentences; none when an outlet has no such sentence).
   */
  counterparts?: Evidence[];
}

export interface OutletOmissions {
  outlet: string;
  docId: string;
  /** Facts at least two other independent sources carry that this article does not. */
  omitted: { key: string; label: string; carriedBy: string[] }[];
}

export interface ActorLabels {
  actor: string;
  byOutlet: { outlet: string; docId: string; labels: { text: string; evidence: Evidence }[] }[];
}

export interface LoadedTermUse {
  outlet: string;
  docId: string;
  term: string;
  /** Neutral wording to compare with. */
  neutral: string[];
  /** True when the term sits inside a quotation (the speaker's word, not the outlet's). */
  inQuote: boolean;
  evidence: Evidence;
}

/** One stated value of a quantity in a figure timeline. */
export interface TimelineEntry {
  value: number;
  approx: Approx;
  /** Upper end when the statement is a range ("7,000 to 9,000"), else null. */
  upTo: number | null;
  unit: string;
  /** "more than 60 — Investigative Committee". */
  label: string;
  /** Who the outlets credit with this value (null: the outlet states it itself). */
  source: string | null;
  /** The day this value was current: publication date, or the date the text places itself on. */
  date: string | null;
  outlets: string[];
  evidence: Evidence[];
  /** Independent sources (wire copies count once). */
  sources: number;
}

/** Every value one quantity took across the story's articles, in time order. */
export interface FigureTimeline {
  quantity: string;
  /** The part of a total it counts ("Syria", "Syria (opposition-held areas)"), null for the whole or when no part is named. */
  scope: string | null;
  unit: string;
  entries: TimelineEntry[];
  /**
   * Pairs of entries (indexes into `entries`) that cannot both be true at the same time: the same
   * day (or undated), incompatible values. A later, larger toll is growth, not a disagreement.
   */
  disagreements: { a: number; b: number; reason: string }[];
}

/** Different places given for the same thing (an epicentre, a destination). */
export interface PlaceConflict {
  topic: string;
  sides: (Side & { place: string })[];
}

/** Different causes given for the story's incident ("a downed power line" vs "lightning"). */
export interface CauseConflict {
  /** "what caused the fire". */
  topic: string;
  /** One side per cause class, most independent sources first; `cause` is the class ("power line"). */
  sides: (Side & { cause: string })[];
}

export interface StoryReport {
  schema: "dossier.story/1";
  sources: SourceInfo[];
  /** Independent sources after grouping wire reprints. */
  independentSources: number;
  /**
   * Exact copies of a source's text stored from other outlets (wire copy, `dossier ingest`):
   * the same docId and group as that source, left out of `sources` and of the comparison, counted
   * in the outlets that carried the story (`storyCounts`). Absent when there are none.
   */
  copies?: SourceInfo[];
  /**
   * The outlets that carried the story, distinct and sorted (the documents' outlet names, copies
   * included; `sources[].outlet` numbers an outlet's second article "X (2)"). Set with `copies`.
   */
  outlets?: string[];
  agreements: Agreement[];
  numericConflicts: NumericConflict[];
  qualifierDifferences: QualifierDifference[];
  quoteVariants: QuoteVariant[];
  attributionShifts: AttributionShift[];
  dateConflicts: DateConflict[];
  /** Each counted quantity as a timeline of its values (deaths, injured, magnitude, …). */
  figureTimelines: FigureTimeline[];
  placeConflicts: PlaceConflict[];
  causeConflicts: CauseConflict[];
  presence: { facts: PresenceFact[]; omissions: OutletOmissions[] };
  framing: { labels: ActorLabels[]; loadedTerms: LoadedTermUse[] };
}
