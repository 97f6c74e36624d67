import { STOP_WORDS } from "../../lexicons/en/stopWords.js";

const STOP = new Set(STOP_WORDS);
/** Leading particles dropped from names ("al-Sudani" ~ "Sudani", "el-Sisi" ~ "Sisi"). */
const NAME_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)[-‐‑ ]/;
/** Honorifics and courtesy titles dropped from the front of a name. */
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh",
  "shaikh", "imam", "rev", "reverend", "gen", "general", "col", "president", "prime", "minister",
  "king", "queen", "prince", "princess", "emir", "sen", "senator", "rep", "gov", "governor", "chief",
  "the", "his", "her", "excellency", "hon", "honourable", "honorable", "mister", "madam", "pope",
]);

/** Lower case, diacritics removed (NFD, combining marks dropped), typographic quotes/dashes plain. */
export function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/** The word tokens of a text, folded: letters/digits runs, internal apostrophes and hyphens kept. */
export function foldedWords(s: string): string[] {
  return foldText(s).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A comparable key for an entity name: folded, honorifics and leading "al-"/"el-" dropped,
 * possessive "'s" and punctuation removed ("President Mahmoud al-Abbas's" → "mahmoud abbas").
 * Returns "" when nothing is left.
 */
export function normalizeEntityName(name: string): string {
  const words = foldedWords(name.replace(/['’]s\b/g, ""));
  while (words.length > 1 && HONORIFICS.has(words[0].replace(/\.$/, ""))) words.shift();
  return words
    .map((w) => w.replace(NAME_PARTICLE, ""))
    .filter((w) => w.length > 0)
    .join(" ");
}

/** Light plural folding so "talks"/"talk", "ceasefires"/"ceasefire" meet. */
export function stemWord(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is|'s)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Distinctive content words of a text for TF-IDF: folded words of 3+ letters, not numbers, not
 * stop words (src/lexicons/en/stopWords.ts), hyphenated words split, plurals folded.
 */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const tok of foldedWords(s)) {
    for (const raw of tok.split("-")) {
      const w = raw.replace(/'s?$/, "");
      if (w.length < 3 || /\d/.test(w) || STOP.has(w)) continue;
      const st = stemWord(w);
      if (!STOP.has(st)) out.push(st);
    }
  }
  return out;
}

/** True for a folded word that is a stop word (exposed for labels). */
export function isStopWord(w: string): boolean {
  return STOP.has(w);
}
