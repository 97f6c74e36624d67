import type { Analysis, Span } from "../types.js";
import { contentHash } from "./contentHash.js";
import { normName } from "./normName.js";
import { StoreError } from "./StoreError.js";

/** One quote, denormalised for queries. Offsets are UTF-16 into the article text. */
export interface QuoteRecord {
  quoteId: string;
  type: string;
  speaker: string | null;
  speakerNorm: string | null;
  speakerEntity: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  cue: string | null;
  contentStart: number;
  contentEnd: number;
  content: string;
  confidence: number;
}

/** One entity of one article, with its mention count and first mention. */
export interface EntityRecord {
  entityId: string;
  name: string;
  norm: string;
  type: string;
  mentions: number;
  firstStart: number | null;
  firstEnd: number | null;
}

export interface FigureRecord {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
  approx: string;
  sourceName: string | null;
  sourceEntity: string | null;
  quoteId: string | null;
}

export interface TimeRecord {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  anchor: string;
}

/** Everything a store writes for one article, derived from its analysis. */
export interface DerivedRows {
  hash: string;
  quotes: QuoteRecord[];
  entities: EntityRecord[];
  figures: FigureRecord[];
  times: TimeRecord[];
}

/**
 * Derives the index rows of an analysis and checks the span invariant on each of them
 * (`text.slice(start, end) === span.text`), so no row with broken offsets is ever written.
 */
export function derivedRows(analysis: Analysis, location: string): DerivedRows {
  const text = analysis.document.text;
  const check = (s: Span, what: string): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
      throw new StoreError("bad-span", location, `${analysis.document.id}: ${what} span [${s.start}, ${s.end}) does not slice the text to ${JSON.stringify(s.text)}`);
    }
  };
  const quotes = analysis.quotes.map((q): QuoteRecord => {
    check(q.content, `quote ${q.id} content`);
    if (q.cue) check(q.cue, `quote ${q.id} cue`);
    return {
      quoteId: q.id,
      type: q.type,
      speaker: q.speaker?.name ?? null,
      speakerNorm: q.speaker ? normName(q.speaker.name) : null,
      speakerEntity: q.speaker?.entity ?? null,
      cueStart: q.cue?.start ?? null,
      cueEnd: q.cue?.end ?? null,
      cue: q.cue?.text ?? null,
      contentStart: q.content.start,
      contentEnd: q.content.end,
      content: q.content.text,
      confidence: q.confidence,
    };
  });
  const entities = analysis.entities.map((e): EntityRecord => {
    const first = e.mentions.reduce<Span | null>((m, x) => (m === null || x.start < m.start ? x : m), null);
    for (const m of e.mentions) check(m, `entity ${e.id} mention`);
    return { entityId: e.id, name: e.name, norm: normName(e.name), type: e.type, mentions: e.mentions.length, firstStart: first?.start ?? null, firstEnd: first?.end ?? null };
  });
  const figures = analysis.figures.map((f): FigureRecord => {
    check(f, "figure");
    return {
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      sourceName: f.source?.name ?? null,
      sourceEntity: f.source?.entity ?? null,
      quoteId: f.source?.quote ?? null,
    };
  });
  const times = analysis.times.map((t): TimeRecord => {
    check(t, "time");
    return { start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, anchor: t.anchor };
  });
  return { hash: contentHash(text), quotes, entities, figures, times };
}
