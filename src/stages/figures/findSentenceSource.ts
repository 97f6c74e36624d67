import type { Span, Token } from "../../types.js";
import { AUTHORITY_NOUNS, DATA_LINKS, DATA_NOUNS, SOURCE_PREPOSITIONS, SOURCE_STOP_WORDS, SOURCE_VERBS } from "../../lexicons/en/figureSources.js";
import { MONTHS, NON_UNIT_NOUNS } from "../../lexicons/en/figureUnits.js";
import type { SentenceView } from "./SentenceView.js";
import { isCapitalised, isGluedHyphen, isNoun } from "./tokenHelpers.js";

/** Who a sentence credits for its numbers: a name and the span naming it. */
export interface SentenceSource {
  name: string;
  span: Span;
  cue: string;
}

const PREPS = SOURCE_PREPOSITIONS.map((p) => p.split(" "));
const MAX_NP = 12;
const POSSESSIVE = new Set(["'s", "\u2019s", "'", "s"]);
const NP_JOINERS = new Set(["of", "for", "&"]);

/**
 * Finds the sentence-level credit for figures: "according to X" / "as per X", "figures from X"
 * / "data released by X", then "X said" / "said X" (also reported, told, estimated, …).
 * Pronoun subjects give no source (the quotes layer resolves those).
 */
export function findSentenceSource(view: SentenceView): SentenceSource | null {
  const { tokens, sentence } = view;
  const s = sentence.tokenStart;
  const e = sentence.tokenEnd;
  // 1. according to X
  for (let k = s; k < e; k++) {
    for (const p of PREPS) {
      if (tokens[k].norm !== p[0]) continue;
      let ok = k + p.length <= e;
      for (let q = 1; ok && q < p.length; q++) if (tokens[k + q].norm !== p[q]) ok = false;
      if (!ok) continue;
      const np = npForward(view, k + p.length);
      if (np) return { ...np, cue: p.join(" ") };
    }
  }
  // 2. figures from X
  for (let k = s; k < e; k++) {
    if (!DATA_NOUNS.has(tokens[k].norm)) continue;
    let j = k + 1;
    let linked = false;
    while (j < e && DATA_LINKS.has(tokens[j].norm) && j < k + 3) {
      linked = linked || tokens[j].norm === "from" || tokens[j].norm === "by";
      j++;
    }
    if (!linked) continue;
    const np = npForward(view, j);
    if (np && namesAuthority(view, np)) return { ...np, cue: tokens[k].norm + " from" };
  }
  // 3. X said / said X
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (!SOURCE_VERBS.has(t.norm) || (t.pos !== "VERB" && t.pos !== "AUX")) continue;
    const before = npBackward(view, k - 1);
    if (before === "pronoun") continue;
    if (before) return { ...before, cue: t.norm };
    const after = npForward(view, k + 1);
    if (after && (k + 1 >= e || tokens[k + 1].pos === "DET" || isNoun(tokens[k + 1]) || tokens[k + 1].pos === "ADJ")) {
      // Inverted attribution only at the end of the sentence or clause: "…, said the ministry."
      const afterEnd = after.lastTok + 1;
      if (afterEnd >= e || tokens[afterEnd].pos === "PUNCT") return { name: after.name, span: after.span, cue: t.norm };
    }
  }
  return null;
}

interface NP {
  name: string;
  span: Span;
  firstTok: number;
  lastTok: number;
}

/** A proper name or an authority head noun ("figures from the outcome" is no source). */
function namesAuthority(view: SentenceView, np: NP): boolean {
  for (let k = np.firstTok; k <= np.lastTok; k++) {
    const t = view.tokens[k];
    if (t.pos === "PROPN" || AUTHORITY_NOUNS.has(t.norm)) return true;
  }
  return false;
}

function trimmedNP(view: SentenceView, first: number, last: number, adjHead: boolean): NP | null {
  const { tokens, text } = view;
  // Stray punctuation at the edge ("' Ugandan President").
  while (first <= last && (tokens[first].pos === "PUNCT" || POSSESSIVE.has(tokens[first].norm))) first++;
  // Leading articles go, except a capitalised "The" inside a sentence before a proper name.
  while (first <= last && tokens[first].pos === "DET") {
    const t = tokens[first];
    const keep = t.text === "The" && first > view.sentence.tokenStart && first + 1 <= last && tokens[first + 1].pos === "PROPN";
    if (keep) break;
    first++;
  }
  // Trailing non-nouns go ("The Times of Israel daily" keeps "daily" only when it is a noun).
  if (!(adjHead && last >= first && tokens[last].pos === "ADJ")) while (last >= first && !isNoun(tokens[last])) last--;
  // A trailing data noun goes when something names its owner ("a United Nations toll").
  if (last > first && DATA_NOUNS.has(tokens[last].norm)) {
    last--;
    while (last >= first && !isNoun(tokens[last]) && !POSSESSIVE.has(tokens[last].norm)) last--;
    while (last >= first && POSSESSIVE.has(tokens[last].norm)) last--;
  }
  if (last < first) return null;
  let hasNoun = adjHead && tokens[last].pos === "ADJ";
  for (let k = first; k <= last; k++) if (isNoun(tokens[k])) hasNoun = true;
  if (!hasNoun) return null;
  const start = tokens[first].start;
  const end = tokens[last].end;
  const name = text.slice(start, end);
  return { name, span: { start, end, text: name }, firstTok: first, lastTok: last };
}

function stops(t: Token): boolean {
  return SOURCE_STOP_WORDS.has(t.norm) || NON_UNIT_NOUNS.has(t.norm) || (MONTHS.has(t.norm) && isCapitalised(t));
}

/** The noun phrase starting at token `k`: "local health authorities", "the Ministry of Health". */
function npForward(view: SentenceView, k: number): NP | null {
  const { tokens, sentence } = view;
  const e = sentence.tokenEnd;
  if (k >= e) return null;
  // "according to figures from the UN"
  let j = k;
  while (j < e && tokens[j].pos === "DET") j++;
  if (j < e && DATA_NOUNS.has(tokens[j].norm) && j + 1 < e && DATA_LINKS.has(tokens[j + 1].norm)) {
    j++;
    while (j < e && DATA_LINKS.has(tokens[j].norm)) j++;
    k = j;
  }
  let last = k - 1;
  for (let q = k; q < e && q - k < MAX_NP; q++) {
    const t = tokens[q];
    const pos = t.pos;
    if (q > k && (stops(t) || SOURCE_VERBS.has(t.norm))) break;
    if (pos === "DET" && (q === k || NP_JOINERS.has(tokens[q - 1].norm))) {
      last = q;
      continue;
    }
    if (isNoun(t) || pos === "ADJ") {
      last = q;
      continue;
    }
    if (t.norm === "and" && q > k && q + 1 < e && tokens[q - 1].pos === "PROPN" && tokens[q + 1].pos === "PROPN" && isCapitalised(tokens[q + 1])) {
      last = q;
      continue;
    }
    if (POSSESSIVE.has(t.norm) && q > k && tokens[q - 1].end === t.start) {
      last = q;
      continue;
    }
    if (NP_JOINERS.has(t.norm) && q > k && q + 1 < e && (isNoun(tokens[q + 1]) || tokens[q + 1].pos === "DET" || tokens[q + 1].pos === "ADJ")) {
      last = q;
      continue;
    }
    if (t.norm === "-" && isGluedHyphen(tokens, q, e)) {
      last = q;
      continue;
    }
    break;
  }
  if (last < k) return null;
  if (tokens[k].pos === "PRON") return null;
  return trimmedNP(view, k, last, false);
}

/** The noun phrase ending at token `k` (the subject of "said"), or "pronoun" for "he said". */
function npBackward(view: SentenceView, k: number): NP | "pronoun" | null {
  const { tokens, sentence } = view;
  const s = sentence.tokenStart;
  let skips = 0;
  while (k >= s && skips < 3 && (tokens[k].pos === "ADV" || tokens[k].pos === "AUX" || tokens[k].pos === "PART" && tokens[k].norm === "not")) {
    k--;
    skips++;
  }
  if (k < s) return null;
  if (tokens[k].pos === "PRON") return "pronoun";
  const last = k;
  let first = k + 1;
  for (let q = k; q >= s && last - q < MAX_NP; q--) {
    const t = tokens[q];
    const pos = t.pos;
    if (stops(t) && q !== last) break;
    if (isNoun(t) || pos === "ADJ" || (pos === "NUM" && q !== last && q > s && tokens[q - 1].pos === "DET")) {
      first = q;
      continue;
    }
    if (POSSESSIVE.has(t.norm) && q !== last && q > s && tokens[q - 1].end === t.start) {
      first = q;
      continue;
    }
    if (pos === "DET") {
      first = q;
      break;
    }
    if (NP_JOINERS.has(t.norm) && q !== last && q > s && isNoun(tokens[q - 1])) {
      first = q;
      continue;
    }
    if (t.norm === "-" && isGluedHyphen(tokens, q, sentence.tokenEnd)) {
      first = q;
      continue;
    }
    break;
  }
  if (first > last) return null;
  return trimmedNP(view, first, last, true);
}
