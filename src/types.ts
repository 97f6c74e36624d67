/**
 * The dossier data model. Every object with `start`/`end` is a half-open UTF-16 span into
 * `NewsDocument.text` and carries `text === document.text.slice(start, end)`.
 */

/** A half-open UTF-16 span `[start, end)` into the document text, with its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One article: an immutable text plus metadata. Readers build it; nothing rewrites `text`. */
export interface NewsDocument {
  /** `sha256:<hex>` of the text. */
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** Publication date `YYYY-MM-DD` (or a full ISO timestamp), the anchor for relative dates. */
  readonly published: string | null;
  readonly url: string | null;
  readonly language: string;
  readonly text: string;
  /** Where the headline sits in `text`, when it is part of it. */
  readonly titleSpan?: { start: number; end: number } | null;
  /** Other metadata candidates a reader found (e.g. dates from JSON-LD, meta tags and URL). */
  readonly metadataCandidates?: MetadataCandidate[];
  /** Runs of the text that are page furniture, not article body: no facts are taken from them. */
  readonly furniture?: FurnitureBlock[];
  /** Notes from the reader about how the text was obtained (one line each), e.g. a flattened page. */
  readonly readerNotes?: string[];
}

/** What a furniture block is: an image caption or credit, a byline or date line, a link to another article. */
export type FurnitureKind = "caption" | "byline" | "related";

/** A block of the text (half-open UTF-16 offsets) that is page furniture rather than article body. */
export interface FurnitureBlock {
  start: number;
  end: number;
  kind: FurnitureKind;
}

export interface MetadataCandidate {
  field: "title" | "outlet" | "published" | "url" | "author";
  value: string;
  /** Where it came from: "json-ld", "meta:og:site_name", "url", "flag", … */
  source: string;
}

// ─── Layers ──────────────────────────────────────────────────────────────────────────────────

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token of this sentence in `layers.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** Universal POS tags as produced by wink-nlp (PROPN, VERB, NOUN, PUNCT, …). */
export interface Token extends Span {
  index: number;
  sentence: number;
  pos: string;
  /** Lower-cased text with quote marks and dashes normalised (a lookup helper, not the text). */
  norm: string;
}

export type EntityType = "PER" | "ORG" | "LOC" | "GPE" | "NORP" | "MISC";
export type MentionKind = "name" | "title" | "pronoun" | "nominal";

export interface Mention extends Span {
  kind: MentionKind;
  /** Id of the entity this mention refers to. */
  entity: string;
  method: string;
  confidence: number;
}

export interface Entity {
  id: string;
  /** The longest / most complete name seen. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** For an office or organisation headed by a person ("Netanyahu's office"): that person's id. */
  head?: string | null;
  /** Normalised role if known ("Secretary of State", "Prime Minister"). */
  role?: string | null;
  method: string;
  confidence: number;
}

export type QuoteType = "direct" | "indirect" | "mixed";

export interface QuoteSpeaker {
  entity: string | null;
  name: string;
  mention: Span | null;
}

export interface Quote {
  id: string;
  type: QuoteType;
  speaker: QuoteSpeaker | null;
  cue: Span | null;
  content: Span;
  /** Id of the quote this one continues (a quotation spanning sentences or paragraphs). */
  continues: string | null;
  method: string;
  confidence: number;
  /**
   * Optional: the learned attribution model's PolNeAR-style extents of this attribution, beside
   * the speaker's name span and the cue verb: the whole source noun phrase ("Prime Minister John
   * Carter") and the whole cue phrase ("said in a statement on Monday"). Present only when the
   * model agrees with the quote (and each only when it overlaps the speaker mention / cue).
   */
  extents?: { source: Span | null; cue: Span | null };
}

/**
 * One attribution in PolNeAR's sense — a statement, but also a belief, an intention, a denial
 * ("believes", "agreed to", "was declared") — with PolNeAR's extents: the whole source phrase,
 * the whole cue phrase and the content with its quotation marks and a leading "that" (one span
 * per piece of a discontinuous content). The attributions layer holds every attribution the
 * learned model found and the rule quotes it did not find; `quotes` are the statements among
 * them in dossier's own conventions (the speaker's name, the reporting verb, what was said).
 */
export interface Attribution {
  id: string;
  source: Span | null;
  cue: Span | null;
  content: Span[];
  /** Id of the first quote whose content overlaps this one (the same statement), or null. */
  quote: string | null;
  /** `model` (the learned model's) or `rules` (a rule quote the model does not have). */
  method: "model" | "rules";
  /** The model's cue score (`AttributionModel.extractFrom`), null for a rule quote. */
  score: number | null;
}

export type TimeType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimeExpression extends Span {
  type: TimeType;
  /** TIMEX3-style value: 2024-08-19, 2024-08-18TEV, P10M, XXXX-WXX-1, … */
  value: string;
  /** What the value was resolved against: "published", "absolute", "context", or "none". */
  anchor: "published" | "absolute" | "context" | "none";
  method: string;
  confidence: number;
}

export type Approx = "exact" | "at least" | "more than" | "about" | "nearly" | "less than" | "at most";

export interface FigureSource {
  /** Id of the quote the figure sits in, if any. */
  quote: string | null;
  /** Name of who is credited (the quote's speaker or the "according to" source). */
  name: string;
  /** Entity id when the source is a known entity. */
  entity?: string | null;
  /** The span naming the source ("local health authorities"). */
  span?: Span | null;
}

export interface Figure extends Span {
  value: number;
  /** What is counted: "Palestinians killed", "hours", "regional visit", … */
  unit: string | null;
  approx: Approx;
  /** Ordinal numbers ("ninth") are marked. */
  ordinal?: boolean;
  source: FigureSource | null;
  method: string;
  confidence: number;
}

export interface Diagnostic {
  stage: string;
  rule: string;
  span: Span | null;
  message: string;
}

/** All layers produced by the pipeline, by name. */
export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quotes: Quote[];
  /** Made by the quote stage with its model refiner (optional: the quote rules alone make none). */
  attributions?: Attribution[];
  times: TimeExpression[];
  figures: Figure[];
}

export type LayerName = keyof Layers;

export interface StageContext {
  report(d: Diagnostic): void;
}

/** A pure pipeline stage: reads the document and earlier layers, returns one new layer. */
export interface Stage<N extends LayerName = LayerName> {
  name: string;
  requires: LayerName[];
  produces: N[];
  run(doc: Readonly<NewsDocument>, layers: Readonly<Layers>, ctx: StageContext): Pick<Layers, N>;
}

// ─── The JSON contract: dossier.analysis/1 ──────────────────────────────────────────────────

export interface Analysis {
  schema: "dossier.analysis/1";
  engine: { name: "dossier"; version: string };
  document: {
    id: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
    language: string;
    text: string;
    titleSpan?: { start: number; end: number } | null;
    metadataCandidates?: MetadataCandidate[];
    /** Page furniture blocks kept in the text but not read for facts (captions, bylines, related links). */
    furniture?: FurnitureBlock[];
  };
  entities: Entity[];
  quotes: Quote[];
  /** Every attribution (PolNeAR's sense, see {@link Attribution}); absent when no stage makes them (the quote rules alone). */
  attributions?: Attribution[];
  times: TimeExpression[];
  figures: Figure[];
  events: unknown[];
  diagnostics: Diagnostic[];
  /** Segmentation counts (the full layers stay internal). */
  stats: { paragraphs: number; sentences: number; tokens: number };
}

/** Input for `analyze()`. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string;
  /** Page furniture blocks in `text` (from the HTML reader): no facts are taken from them. */
  furniture?: FurnitureBlock[];
  /** Notes from the reader (one line each); they become `document`-stage diagnostics. */
  readerNotes?: string[];
}
