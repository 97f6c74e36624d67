import type { Span, Token } from "../../types.js";
import {
  AGENT_ONLY_VERBS,
  AUTHORITY_NOUNS,
  DATA_LINKS,
  DATA_NOUNS,
  PASSIVE_BE,
  RELAY_PREPOSITIONS,
  SOURCE_PREPOSITIONS,
  SOURCE_STOP_WORDS,
  SOURCE_VERBS,
  TIME_WORDS,
  WITH_PARTICIPLES,
} from "../../lexicons/en/figureSources.js";
import { MONTHS, NON_UNIT_NOUNS } from "../../lexicons/en/figureUnits.js";
import type { SentenceView } from "./SentenceView.js";
import { isCapitalised, isGluedHyphen, isNoun } from "./tokenHelpers.js";

/** Who a sentence credits for its numbers: a name and the span naming it. */
export interface SentenceSource {
  name: string;
  span: Span;
  cue: string;
  /**
   * Figures from this offset on are not credited: a closing "according to X" phrase holds only
   * the source and what describes it ("…, according to a witness in Diyarbakir, 350 km away").
   */
  claimEnd?: number;
}

const RELAYS = new Set(RELAY_PREPOSITIONS);
const PREPS = SOURCE_PREPOSITIONS.filter((p) => !RELAYS.has(p)).map((p) => p.split(" "));
const LAST_WORD = /\p{L}/u;
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
  // 0. The innermost credit wins: "according to Reuters, citing AFAD" credits AFAD, and "…, with
  // President Erdogan confirming 16,500 deaths, according to CBS News" credits Erdogan.
  for (let k = s; k < e; k++) {
    if (!RELAYS.has(tokens[k].norm)) continue;
    const np = npForward(view, k + 1);
    if (np) return { ...np, cue: tokens[k].norm };
  }
  for (let k = s + 2; k < e; k++) {
    if (!WITH_PARTICIPLES.has(tokens[k].norm) || tokens[k].norm === "citing") continue;
    const before = npBackward(view, k - 1);
    if (!before || before === "pronoun") continue;
    let w = before.firstTok - 1;
    while (w > s && tokens[w].pos === "DET") w--;
    if (w < s || tokens[w].norm !== "with") continue;
    if (namesAuthority(view, before)) return { ...before, cue: tokens[k].norm };
  }
  // 1. according to X
  for (let k = s; k < e; k++) {
    for (const p of PREPS) {
      if (tokens[k].norm !== p[0]) continue;
      let ok = k + p.length <= e;
      for (let q = 1; ok && q < p.length; q++) if (tokens[k + q].norm !== p[q]) ok = false;
      if (!ok) continue;
      const np = npForward(view, k + p.length);
      if (!np) continue;
      // A closing "according to X" (words of the claim before it) holds no claim after it.
      // ("…, according to SANA, which also reported 1,284 injuries" still credits what follows).
      let fronted = true;
      for (let q = s; q < k; q++) if (LAST_WORD.test(tokens[q].text)) fronted = false;
      for (let q = np.lastTok + 1; q < e && !fronted; q++) if (SOURCE_VERBS.has(tokens[q].norm)) fronted = true;
      return fronted ? { ...np, cue: p.join(" ") } : { ...np, cue: p.join(" "), claimEnd: tokens[k].start };
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
    // Passive: "70 deaths had been reported" credits no one, "… was reported by the agency" the agent.
    if (isPassive(view, k)) {
      if (k + 1 < e && tokens[k + 1].norm === "by") {
        const agent = npForward(view, k + 2);
        if (agent && namesAuthority(view, agent)) return { ...agent, cue: t.norm };
      }
      continue;
    }
    let before = npBackward(view, k - 1);
    if (before === "pronoun") continue;
    if (before && AGENT_ONLY_VERBS.has(t.norm) && !namesAuthority(view, before)) continue;
    if (before) {
      // "the private DHA news agency and other media reported": the named source leads.
      const f = before.firstTok;
      if (tokens[f].norm === "other" && f - 2 >= s && tokens[f - 1].norm === "and") {
        const first = npBackward(view, f - 2);
        if (first && first !== "pronoun") before = joinNP(view, first, before);
      }
      return { ...before, cue: t.norm };
    }
    if (AGENT_ONLY_VERBS.has(t.norm)) continue;
    const after = npForward(view, k + 1);
    if (after && (k + 1 >= e || tokens[k + 1].pos === "DET" || isNoun(tokens[k + 1]) || tokens[k + 1].pos === "ADJ")) {
      // Inverted attribution only at the end of the sentence or clause: "…, said the ministry."
      const afterEnd = after.lastTok + 1;
      if (afterEnd >= e || tokens[afterEnd].pos === "PUNCT") return { name: after.name, span: after.span, cue: t.norm };
    }
  }
  return null;
}

/**
 * A sentence that only names who reported what came before: "The Investigative Committee of
 * Russia reported." credits the figures of the sentence before it.
 */
export function findTrailingSource(view: SentenceView): SentenceSource | null {
  const { tokens, sentence } = view;
  const s = sentence.tokenStart;
  let k = sentence.tokenEnd - 1;
  while (k >= s && tokens[k].pos === "PUNCT") k--;
  if (k <= s) return null;
  const t = tokens[k];
  if (!SOURCE_VERBS.has(t.norm) || AGENT_ONLY_VERBS.has(t.norm) || (t.pos !== "VERB" && t.pos !== "AUX") || isPassive(view, k)) return null;
  const np = npBackward(view, k - 1);
  if (!np || np === "pronoun" || !namesAuthority(view, np)) return null;
  // Nothing but the noun phrase (and "also"/"later") before the verb.
  for (let q = s; q < np.firstTok; q++) if (tokens[q].pos !== "DET" && tokens[q].pos !== "PUNCT") return null;
  return { ...np, cue: t.norm };
}

/** "had been reported", "is said": a form of "be" (adverbs between) right before the verb. */
function isPassive(view: SentenceView, k: number): boolean {
  const { tokens, sentence } = view;
  for (let q = k - 1, n = 0; q >= sentence.tokenStart && n < 3; q--, n++) {
    const t = tokens[q];
    if (PASSIVE_BE.has(t.norm)) return true;
    if (t.pos !== "ADV" && t.pos !== "PART") return false;
  }
  return false;
}

/** One noun phrase from the start of `a` to the end of `b` ("X and other media"). */
function joinNP(view: SentenceView, a: NP, b: NP): NP {
  const start = a.span.start;
  const end = b.span.end;
  const name = view.text.slice(start, end);
  return { name, span: { start, end, text: name }, firstTok: a.firstTok, lastTok: b.lastTok };
}

interface NP {
  name: string;
  span: Span;
  firstTok: number;
  lastTok: number;
}

/**
 * A proper name or an authority head noun ("figures from the outcome" is no source); days and
 * months are no names ("the toll from Friday night's attack").
 */
function namesAuthority(view: SentenceView, np: NP): boolean {
  for (let k = np.firstTok; k <= np.lastTok; k++) {
    const t = view.tokens[k];
    if (AUTHORITY_NOUNS.has(t.norm)) return true;
    if (t.pos === "PROPN" && !TIME_WORDS.has(t.norm) && !MONTHS.has(t.norm)) return true;
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
  // "Turkey's Disaster and Emergency Management Authority (AFAD) put …": skip the acronym.
  if (tokens[k].text === ")" && k - 2 > s && tokens[k - 2].text === "(" && isNoun(tokens[k - 1])) k -= 3;
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
