import type { Token } from "../../types.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { ADVERBIAL_OPENERS, ADVERBS_BEFORE_CUE, ASIDE_ADVERBS, NARRATIVE_WOULD, SPEECH_OCCASIONS } from "../../lexicons/en/quoteWords.js";
import { MONTH_NAMES } from "../../lexicons/en/calendarNames.js";

/** Token range `[from, to)`. */
export interface TokenRange {
  from: number;
  to: number;
}

export const WEEKDAYS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]);
/** Day names and time nouns that form short time adverbials ("this week", "on Friday"). */
export const TIME_NOUNS = new Set([...WEEKDAYS, "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night"]);
const TIME_DETS = new Set(["this", "last", "next", "on", "earlier", "later"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);
const NP_INNER = new Set(["of", "for", "by", "from", "in", "at", "and", "'s", "\u2019s", "'", "\u2019", "-", "on", "to"]);
const POSSESSIVE_DETS = new Set(["his", "her", "their", "its", "our"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);

/**
 * Skips adverbs, auxiliaries and time adverbials to the left of a cue ("Ana Lima has long
 * insisted", "The union meanwhile said", "Officials, however, told", "X on Friday said"):
 * returns the index of the last NP token.
 */
export function skipLeftAdverbs(tokens: readonly Token[], i: number, min: number): number {
  for (;;) {
    while (i >= min && (ADVERBS_BEFORE_CUE[tokens[i].norm] || (tokens[i].pos === "ADV" && /ly$/.test(tokens[i].norm)))) i--;
    // a narrative "would" before such an adverb: "would later say"
    if (i >= min && tokens[i].norm === "would" && NARRATIVE_WOULD[tokens[i + 1]?.norm ?? ""]) {
      i--;
      continue;
    }
    // an adverbial between commas: "Officials, however, told", "The ministry, for its part, said"
    if (i - 2 >= min && tokens[i].text === ",") {
      let c = i - 1;
      while (c > i - 5 && c > min && tokens[c].text !== ",") c--;
      if (c > min && tokens[c].text === "," && c < i - 1) {
        const words = tokens.slice(c + 1, i).map((t) => t.norm).join(" ");
        if (ASIDE_ADVERBS[words]) {
          i = c - 1;
          continue;
        }
      }
    }
    // a time adverbial between subject and verb: "The delegation this week called", "X on Friday said"
    if (i >= min && TIME_NOUNS.has(tokens[i].norm)) {
      const d = tokens[i - 1]?.norm ?? "";
      if (i - 1 >= min && TIME_DETS.has(d)) {
        i -= 2;
        if (i >= min && (tokens[i].norm === "on" || tokens[i].norm === "late" || tokens[i].norm === "early")) i--;
        continue;
      }
      if (WEEKDAYS.has(tokens[i].norm) && i - 1 >= min && tokens[i - 1].pos !== "ADP" && tokens[i - 1].pos !== "DET") {
        i--;
        continue;
      }
    }
    return i;
  }
}

/**
 * The noun phrase that ends at token `end` (inclusive), scanning left no further than `min`:
 * names, titles, possessives and "statement by X" chains. Returns null when token `end` cannot
 * end a noun phrase.
 */
export function nounPhraseEndingAt(tokens: readonly Token[], end: number, min: number): TokenRange | null {
  if (end < min) return null;
  const last = tokens[end];
  if (PRONOUNS.has(last.norm) && (last.pos === "PRON" || last.pos === "DET")) return { from: end, to: end + 1 };
  if (!NP_POS.has(last.pos) && !/^[A-Z]/.test(last.text)) return null;
  if (last.pos === "DET") return null;
  let i = end;
  while (i - 1 >= min) {
    const t = tokens[i - 1];
    // a hyphenated modifier written without spaces: "Hamas-run", "Iran-backed", "Saudi-led"
    if (i - 3 >= min && isHyphenJoined(tokens, i - 3)) {
      i -= 3;
      continue;
    }
    // (a first name the tagger read as a verb: "Ted Terry", "Will Doyle")
    const firstName = (t.pos === "VERB" || t.pos === "AUX") && /^[A-Z][a-z]+$/.test(t.text) && tokens[i].pos === "PROPN" && /^[A-Z]/.test(tokens[i].text) && !REPORTING_FORMS.has(t.norm) && i - 1 >= min;
    if (NP_POS.has(t.pos) || firstName || /^[A-Z]/.test(t.text) && t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PUNCT" && t.pos !== "SCONJ" && t.pos !== "PRON") {
      if (REPORTING_FORMS.has(t.norm) && t.pos === "VERB") break;
      i--;
      continue;
    }
    if (NP_INNER.has(t.norm) && i - 2 >= min) {
      const u = tokens[i - 2];
      if (NP_POS.has(u.pos) || /^[A-Z]/.test(u.text) || u.norm === "'s") {
        if ((t.norm === "and" || t.norm === "to" || t.norm === "on" || t.norm === "in" || t.norm === "at") && !/^[A-Z]/.test(tokens[i].text)) break;
        i--;
        continue;
      }
    }
    if ((t.norm === "his" || t.norm === "her" || t.norm === "its" || t.norm === "their") && i - 1 >= min) {
      i--;
      break;
    }
    break;
  }
  // do not start with a preposition or conjunction
  while (i < end && (NP_INNER.has(tokens[i].norm) || tokens[i].pos === "ADP" || tokens[i].pos === "CCONJ")) i++;
  return { from: i, to: end + 1 };
}

/** Are tokens `i`, `i+1`, `i+2` a word, "-" and a word written together ("Hamas-run")? */
function isHyphenJoined(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const h = tokens[i + 1];
  const b = tokens[i + 2];
  return !!a && !!h && !!b && h.text === "-" && a.end === h.start && h.end === b.start && /^\p{L}/u.test(a.text) && /^\p{L}/u.test(b.text) && a.sentence === b.sentence;
}

/** Is token `i` a time word: a weekday, "today", a time noun or a month name ("May", "Aug.")? */
function timeWord(t: Token | undefined): boolean {
  return !!t && (TIME_NOUNS.has(t.norm) || (MONTH_NAMES[t.norm] !== undefined && /^\p{Lu}/u.test(t.text)));
}

/**
 * Does a time or occasion adverbial start at token `j` ("on Monday", "late Friday", "last week",
 * "in a statement", "at a news conference", a bare "Monday")? It ends a speaker phrase:
 * "“…,” said Mayor Ann Lee on Monday" is Mayor Ann Lee's.
 */
export function adverbialAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (WEEKDAYS.has(t.norm)) return true;
  if (!ADVERBIAL_OPENERS[t.norm]) return false;
  let k = j + 1;
  if (timeWord(tokens[k])) return true;
  if (tokens[k] && (tokens[k].norm === "late" || tokens[k].norm === "early") && timeWord(tokens[k + 1])) return true;
  if (t.norm !== "in" && t.norm !== "at" && t.norm !== "during" && t.norm !== "on" && t.norm !== "via" && t.norm !== "over") return false;
  // "in a statement", "at a news conference", "in a televised address", "on social media"
  if (tokens[k]?.pos !== "DET" && !/^(his|her|their|its)$/.test(tokens[k]?.norm ?? "")) return false;
  for (k++; k < j + 5 && tokens[k]; k++) {
    if (SPEECH_OCCASIONS[tokens[k].norm]) return true;
    if (tokens[k].pos !== "ADJ" && tokens[k].pos !== "NOUN" && !timeWord(tokens[k])) return false;
  }
  return false;
}

/** The noun phrase that starts at token `start` (for "said X", "according to X"), up to `max`. */
export function nounPhraseStartingAt(tokens: readonly Token[], start: number, max: number): TokenRange | null {
  if (start >= max) return null;
  const first = tokens[start];
  if (PRONOUNS.has(first.norm)) return { from: start, to: start + 1 };
  if (!NP_POS.has(first.pos) && !/^[A-Z]/.test(first.text)) return null;
  let j = start;
  while (j < max) {
    const t = tokens[j];
    if (j + 2 < max && isHyphenJoined(tokens, j)) {
      j += 3;
      continue;
    }
    if (t.pos === "PUNCT" && !["'s", "\u2019s", "'", "\u2019", "-"].includes(t.norm)) break;
    // (a capitalised word inside a name that the tagger read as a verb: "the Associated Press")
    const nameWord = t.pos === "VERB" && j > start && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? "") && !REPORTING_FORMS.has(t.norm) && tokens[j + 1]?.sentence === t.sentence;
    if (!nameWord && (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "PRON" && j > start && !POSSESSIVE_DETS.has(t.norm)))) break;
    if (t.norm === "who" || t.norm === "which" || t.norm === "that") break;
    if ((t.pos === "ADP" || t.pos === "CCONJ") && !NP_INNER.has(t.norm)) break;
    if ((t.pos === "ADP" || t.pos === "CCONJ") && !(tokens[j + 1] && (NP_POS.has(tokens[j + 1].pos) || POSSESSIVE_DETS.has(tokens[j + 1].norm) || /^[A-Z]/.test(tokens[j + 1].text)))) break;
    if (t.pos === "ADV") break;
    // "said Mayor Ann Lee on Monday": a time or occasion adverbial is not part of the phrase
    if (j > start && adverbialAt(tokens, j)) break;
    j++;
  }
  // do not end with a preposition
  while (j > start && (tokens[j - 1].pos === "ADP" || tokens[j - 1].pos === "CCONJ" || tokens[j - 1].pos === "PUNCT")) j--;
  return j > start ? { from: start, to: j } : null;
}
