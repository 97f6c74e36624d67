/**
 * Tests the model refiner (`combineWithModel.ts`) puts to an attribution the model found and no
 * rule quote has, before it becomes a quote: a reporting cue that takes a clause, content that is
 * a clause, a cue neither negated nor hypothetical, a source that is a noun phrase.
 */
import { firstStartingAt } from "../../document/firstStartingAt.js";
import type { Layers } from "../../types.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { NEGATION_OR_MODAL } from "../../lexicons/en/reportingVerbs.js";
import { clauseCueWord } from "./modelView.js";

/** A quotation mark of any kind. */
export const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019']/;

/** Whether a cue holds a reporting verb ("said", "told reporters") or is "according to". */
export function speechCue(cue: string): boolean {
  return cue.split(/[^\p{L}']+/u).some((w) => REPORTING_FORMS.has(w.toLowerCase()) || w.toLowerCase() === "according");
}

/** Whether a cue holds a verb that reports a clause (`CLAUSE_REPORTING_LEMMAS`) or is "according to". */
export function clauseCue(cue: string): boolean {
  const words = cue.split(/[^\p{L}']+/u).filter(Boolean);
  // (an -ing form inside a longer cue is a noun: "issued a warning")
  return words.some((w) => (words.length === 1 || !/ing$/i.test(w)) && clauseCueWord(w.toLowerCase()));
}

/**
 * Whether a content piece is a clause: it opens with "that" or a quotation mark, or holds a finite
 * verb (a verb or auxiliary that is not an -ing form and does not follow "to").
 */
export function clausal(text: string, layers: Layers, f: { start: number; end: number }): boolean {
  if (/^that\b/i.test(text.slice(f.start, f.end)) || quoted(text, f)) return true;
  const T = layers.tokens;
  const lo = firstToken(layers, f.start);
  for (let i = lo; i < T.length && T[i].end <= f.end; i++) {
    const t = T[i];
    // (not an -ing form, an infinitive, a compound ("quake-hit") or a relative clause's verb)
    if (i === lo || /ing$/.test(t.norm) || T[i - 1].norm === "to" || T[i - 1].text === "-" || /^(that|which|who)$/.test(T[i - 1].norm)) continue;
    // (an auxiliary, or a verb after its subject: "it had foiled", "the two sides reached")
    if ((t.pos === "AUX" && t.norm !== "to") || (t.pos === "VERB" && /^(PRON|PROPN|NOUN)$/.test(T[i - 1].pos))) return true;
  }
  return false;
}

/** Index of the first token starting at or after `offset`. */
function firstToken(layers: Layers, offset: number): number {
  return firstStartingAt(layers.tokens, offset);
}

/** Whether the cue, or the three words before it, negate it or make it hypothetical ("declined to say"). */
export function negatedCue(layers: Layers, cue: { start: number; end: number }): boolean {
  const T = layers.tokens;
  const i = firstToken(layers, cue.start);
  for (let k = Math.max(0, i - 3); k < T.length && T[k].start < cue.end; k++) {
    if (k < i && T[k].sentence !== T[i]?.sentence) continue;
    if (NEGATION_OR_MODAL.has(T[k].norm)) return true;
  }
  return false;
}

/** Whether a source span holds a verb ("Ana Lima met protesters"): then it is no noun phrase. */
export function hasVerb(layers: Layers, f: { start: number; end: number }): boolean {
  const T = layers.tokens;
  for (let i = firstToken(layers, f.start); i < T.length && T[i].end <= f.end; i++) {
    // (a participle inside a name or description stays: "the Hamas-run ministry", "the so-called")
    if (T[i].pos === "VERB" && !/(ed|en|ing)$/.test(T[i].norm) && T[i - 1]?.text !== "-") return true;
  }
  return false;
}

/** Whether a content piece lies inside quotation marks (a direct quote). */
export function quoted(text: string, s: { start: number; end: number }): boolean {
  return s.start > 0 && QUOTE_MARK.test(text[s.start - 1]) && s.end < text.length && QUOTE_MARK.test(text[s.end]);
}

