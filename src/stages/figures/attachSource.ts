import type { FigureSource, Quote } from "../../types.js";
import type { SentenceSource } from "./findSentenceSource.js";
import { IntervalIndex } from "../../util/IntervalIndex.js";
import { DATA_NOUNS, WITH_PARTICIPLES } from "../../lexicons/en/figureSources.js";

/** Sentence credits that name the source inside someone's reported words. */
const INNER_CUES = new Set(["citing", "quoting", "according to", "as per", ...WITH_PARTICIPLES]);

/** Data words are no speakers: "according to the latest data" / "other estimates put" credit no one. */
const NOT_SPEAKERS = new Set([...DATA_NOUNS].filter((w) => !w.startsWith("report") && !w.startsWith("record")));
const LAST_WORD = /(\p{L}+)\W*$/u;

function dataSpeaker(q: Quote): boolean {
  const sp = q.speaker;
  if (!sp || sp.entity) return false;
  const m = LAST_WORD.exec(sp.name);
  return m !== null && NOT_SPEAKERS.has(m[1].toLowerCase());
}

/** Quote contents indexed for {@link attachSource} (build once per document). */
export type QuoteContents = IntervalIndex<{ start: number; end: number; quote: Quote; order: number }>;

/** Indexes the quotes' contents. */
export function quoteContents(quotes: readonly Quote[]): QuoteContents {
  return new IntervalIndex(quotes.map((q, order) => ({ start: q.content.start, end: q.content.end, quote: q, order })));
}

/**
 * Credits a figure. A quote whose content contains the figure wins (the smallest such quote):
 * its speaker is the source, falling back to the sentence's own credit for the name when the
 * quote has no speaker. Otherwise the sentence's "according to X" / "X said" credit, unless the
 * figure sits inside that very name or after a closing "according to" (`claimEnd`). A credit
 * named inside the quote's own words ("citing X", "according to X") is the innermost and wins.
 * Otherwise null: the outlet's own figure.
 */
export function attachSource(start: number, end: number, quotes: QuoteContents, sentenceSource: SentenceSource | null): FigureSource | null {
  let best: Quote | null = null;
  // In the layer's order, so that ties keep the first quote listed.
  const over = quotes.overlapping({ start, end }).sort((a, b) => a.order - b.order).map((x) => x.quote);
  for (const q of over) {
    if (q.content.start <= start && end <= q.content.end && !dataSpeaker(q)) {
      if (!best || q.content.end - q.content.start < best.content.end - best.content.start) best = q;
    }
  }
  const fromSentence =
    sentenceSource && !(sentenceSource.span.start <= start && end <= sentenceSource.span.end) && !(sentenceSource.claimEnd !== undefined && start >= sentenceSource.claimEnd)
      ? sentenceSource
      : null;
  // The innermost credit wins: "state media reported that 371 were killed, citing a senior
  // health official" — the official, named inside the reported words, is the figure's source.
  if (best && fromSentence && INNER_CUES.has(fromSentence.cue) && best.content.start <= fromSentence.span.start && fromSentence.span.end <= best.content.end) {
    return { quote: null, name: fromSentence.name, entity: null, span: fromSentence.span };
  }
  if (best) {
    const sp = best.speaker;
    if (sp) return { quote: best.id, name: sp.name, entity: sp.entity ?? null, span: sp.mention ?? null };
    return { quote: best.id, name: fromSentence?.name ?? "unknown", entity: null, span: fromSentence?.span ?? null };
  }
  if (fromSentence) return { quote: null, name: fromSentence.name, entity: null, span: fromSentence.span };
  return null;
}
