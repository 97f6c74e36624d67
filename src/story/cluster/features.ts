import type { Analysis, EntityType } from "../../types.js";
import { contentWords, foldedWords, normalizeEntityName } from "./featuresText.js";
import { articleDate, dayNumber } from "./articleDay.js";

export { dayNumber };

/** How much an entity of each type says about which story an article belongs to. */
export const ENTITY_TYPE_WEIGHT: Readonly<Record<EntityType, number>> = {
  PER: 1,
  ORG: 1,
  GPE: 1,
  LOC: 0.7,
  NORP: 0.5,
  MISC: 0.35,
};

/** What the clustering knows about one article, before corpus weighting. */
export interface ArticleFeatures {
  articleId: number;
  /** The article's day (`articleDate`: publication, else the date its text gives) as days since 1970-01-01 (UTC), or null. */
  day: number | null;
  /** That date as `YYYY-MM-DD`, or null. */
  published: string | null;
  outlet: string | null;
  title: string | null;
  /** Normalised entity key → raw weight (type weight × (1 + ln name-mention count)). */
  entities: Map<string, number>;
  /** Normalised entity key → the display name seen for it (the entity `name`). */
  entityNames: Map<string, string>;
  /** Content word → term frequency (title words count double). */
  terms: Map<string, number>;
  /** Word 3-shingles of each direct or mixed quote content of 5+ words (folded). */
  quotes: string[][];
  /** Figure keys: "value unit" for figures with a unit, "value" for distinctive bare values. */
  figures: Set<string>;
}

function shingles(words: string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + k <= words.length; i++) out.push(words.slice(i, i + k).join(" "));
  return out;
}

/** A figure key that can match across articles: rounded value plus folded unit head words. */
function figureKeys(value: number, unit: string | null): string[] {
  if (!Number.isFinite(value)) return [];
  const v = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "");
  const keys: string[] = [];
  const unitWords = unit ? foldedWords(unit).filter((w) => w.length > 1) : [];
  // Small counts ("3 days", "2 rounds") recur by chance; they need a larger value to match.
  if (unitWords.length > 0 && (value >= 10 || !Number.isInteger(value))) keys.push(`${v} ${unitWords[unitWords.length - 1]}`);
  // A bare value matches only if it is unlikely to recur by chance (not a small count, not a year).
  const yearLike = Number.isInteger(value) && value >= 1900 && value <= 2100;
  if ((value >= 100 || !Number.isInteger(value)) && !yearLike) keys.push(v);
  return keys;
}

/**
 * The per-article features the story clustering compares: publication day, entities (names and
 * name mentions, normalised; PER/ORG/GPE weighted above others), content words, quote contents
 * (as word shingles) and figures (value + unit).
 */
export function articleFeatures(articleId: number, analysis: Analysis): ArticleFeatures {
  const doc = analysis.document;
  const entities = new Map<string, number>();
  const entityNames = new Map<string, string>();
  for (const e of analysis.entities) {
    const w0 = ENTITY_TYPE_WEIGHT[e.type] ?? 0.3;
    const names = e.mentions.filter((m) => m.kind === "name");
    const count = Math.max(1, names.length);
    const w = w0 * (1 + Math.log(count));
    const keys = new Set<string>();
    const nameKey = normalizeEntityName(e.name);
    if (nameKey) keys.add(nameKey);
    for (const m of names) {
      const k = normalizeEntityName(m.text);
      if (k) keys.add(k);
    }
    for (const k of keys) {
      if (k.length < 2) continue;
      if ((entities.get(k) ?? 0) < w) entities.set(k, w);
      if (!entityNames.has(k) || k === nameKey) entityNames.set(k, e.name);
    }
  }
  const terms = new Map<string, number>();
  for (const w of contentWords(doc.text)) terms.set(w, (terms.get(w) ?? 0) + 1);
  // The headline is a summary: its words count once more (it is often inside the text too).
  if (doc.title) for (const w of contentWords(doc.title)) terms.set(w, (terms.get(w) ?? 0) + 1);
  const quotes: string[][] = [];
  // Direct and mixed quotes only: their words are the speaker's and recur verbatim across
  // outlets; indirect quotes are each outlet's paraphrase (and often formulaic).
  for (const q of analysis.quotes) {
    if (q.type === "indirect") continue;
    const words = foldedWords(q.content.text);
    if (words.length >= 5) quotes.push(shingles(words, 3));
  }
  const figures = new Set<string>();
  for (const f of analysis.figures) {
    if (f.ordinal) continue;
    for (const k of figureKeys(f.value, f.unit)) figures.add(k);
  }
  const date = articleDate(analysis);
  return {
    articleId,
    day: dayNumber(date),
    published: date,
    outlet: doc.outlet,
    title: doc.title,
    entities,
    entityNames,
    terms,
    quotes,
    figures,
  };
}
