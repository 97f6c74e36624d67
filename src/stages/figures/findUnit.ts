import type { Token } from "../../types.js";
import {
  CASUALTY_GAP_WORDS, CASUALTY_NOUNS, CASUALTY_WORDS, COLLECTIVE_NOUNS, CURRENCY_SUFFIXES, HEAD_PLURALS, MONTHS, NON_UNIT_NOUNS,
} from "../../lexicons/en/figureUnits.js";
import type { SentenceView } from "./SentenceView.js";
import { isGluedHyphen, isNoun, isWord } from "./tokenHelpers.js";

/** What a number counts, read from the words around it. */
export interface UnitMatch {
  /** The counted noun phrase as written ("Palestinians", "regional visit"), or null. */
  noun: string | null;
  /** First token of the head noun (for idiom checks on "one"), or -1. */
  nounFirst: number;
  /** Last token of the noun phrase, or -1. */
  nounLast: number;
  /** What happened to what is counted ("killed", "injured"), or null. */
  casualty: string | null;
  /** The number is followed by "of" + a pronoun ("one of them"), or is "one of". */
  partitiveOf: boolean;
}

const PARTITIVE_DETS = new Set(["the", "its", "their", "his", "her", "our", "your", "these", "those", "all", "my"]);
const PARTITIVE_PRONOUNS = new Set(["them", "us", "whom", "which", "these", "those", "you", "it"]);
const MAX_NOUNS = 3;
const PLURAL_RE = /[^s']s$/;

function isUnitNoun(t: Token): boolean {
  if (!isNoun(t)) return false;
  if (NON_UNIT_NOUNS.has(t.norm)) return false;
  if (MONTHS.has(t.norm) && t.pos === "PROPN") return false;
  return true;
}

/**
 * Finds what a number counts. After the number (and an "of" partitive or "of" after a vague
 * count), adjectives are skipped — or, for ordinals, kept ("ninth regional visit") — and the
 * following run of nouns is the unit ("40,130 Palestinians", "10 aid trucks"). A casualty word is
 * looked for right before the number or its qualifier ("killed over 40,130"), before the noun
 * ("1.2 million displaced people"), or after it ("12 people were killed", "180 dead").
 */
export function findUnit(view: SentenceView, next: number, qualifierFirst: number, opts: { ordinal: boolean; vague: boolean; searchNoun: boolean }): UnitMatch {
  const { tokens, sentence } = view;
  const end = sentence.tokenEnd;
  const res: UnitMatch = { noun: null, nounFirst: -1, nounLast: -1, casualty: null, partitiveOf: false };
  let k = next;
  if (opts.searchNoun && k < end) {
    if (tokens[k].norm === "of") {
      const after = k + 1 < end ? tokens[k + 1] : undefined;
      if (after && PARTITIVE_PRONOUNS.has(after.norm) && !(after.norm === "these" || after.norm === "those") ) {
        res.partitiveOf = true;
        k = end;
      } else if (after && (PARTITIVE_DETS.has(after.norm) || after.pos === "DET")) {
        res.partitiveOf = !opts.vague;
        k += 2;
      } else if (opts.vague) {
        k += 1;
      } else {
        res.partitiveOf = true;
        k = end;
      }
    }
    const modStart = k;
    let headStart = -1;
    let mods = 0;
    while (k < end && mods < 4) {
      const t = tokens[k];
      const cas = CASUALTY_WORDS[t.norm];
      if (cas !== undefined && (t.pos === "ADJ" || t.pos === "VERB") && k + 1 < end && isUnitNoun(tokens[k + 1])) {
        // "1.2 million displaced people"
        res.casualty = cas;
        k++;
        mods++;
        continue;
      }
      if (cas !== undefined) break;
      // Hyphenated compounds: a modifier before a noun ("face-to-face interaction"), else the head ("vice-ministers").
      if (isWord(t) && isGluedHyphen(tokens, k + 1, end)) {
        let j = k;
        while (isGluedHyphen(tokens, j + 1, end) && isWord(tokens[j + 2])) j += 2;
        if (j + 1 < end && isUnitNoun(tokens[j + 1])) {
          k = j + 1;
          mods++;
          continue;
        }
        if (isNoun(tokens[j])) {
          headStart = k;
          k = j;
        }
        break;
      }
      if (t.pos === "ADJ" || (t.pos === "NUM" && !opts.ordinal && k > modStart) || (t.pos === "ADV" && k + 1 < end && tokens[k + 1].pos === "ADJ")) {
        k++;
        mods++;
        continue;
      }
      break;
    }
    if (k < end && (isUnitNoun(tokens[k]) || headStart >= 0)) {
      const first = headStart >= 0 ? headStart : k;
      let last = k;
      const propn = tokens[k].pos === "PROPN";
      let count = 1;
      while (last + 1 < end && count < MAX_NOUNS) {
        const cur = tokens[last];
        if (cur.pos === "NOUN" && (HEAD_PLURALS.has(cur.norm) || (cur.norm.length > 3 && PLURAL_RE.test(cur.norm)))) break;
        const nx = tokens[last + 1];
        if (nx.norm === "-" && isGluedHyphen(tokens, last + 1, end) && isUnitNoun(tokens[last + 2])) {
          last += 2;
          continue;
        }
        if (!isUnitNoun(nx)) break;
        if (!propn && nx.pos === "PROPN") break;
        // A plural "noun" followed by a number or determiner is a verb ("the second phase releases 33").
        const after = last + 2 < end ? tokens[last + 2] : undefined;
        if (after && (after.pos === "NUM" || after.pos === "DET") && PLURAL_RE.test(nx.norm)) break;
        if (CASUALTY_WORDS[nx.norm] !== undefined) break;
        last++;
        count++;
      }
      // The head noun may be a currency word ("millions of dollars").
      const headNorm = tokens[last].norm;
      const cur = CURRENCY_SUFFIXES[headNorm];
      const phraseFirst = opts.ordinal ? modStart : first;
      let noun = cur !== undefined && headNorm !== "pounds" && headNorm !== "pound" ? cur : view.text.slice(tokens[phraseFirst].start, tokens[last].end);
      const ft = tokens[phraseFirst];
      if (ft.pos !== "PROPN" && noun.length > 1 && noun[0] !== noun[0].toLowerCase() && noun[1] === noun[1].toLowerCase()) noun = noun[0].toLowerCase() + noun.slice(1);
      res.noun = noun;
      res.nounFirst = first;
      res.nounLast = last;
    }
  }
  // "a crew of 22", "a population of 5,000": no noun after the number, a collective noun before "of".
  if (res.noun === null && opts.searchNoun && !opts.ordinal) {
    const of = tokens[qualifierFirst - 1];
    const head = tokens[qualifierFirst - 2];
    if (of?.norm === "of" && head && head.sentence === of.sentence && COLLECTIVE_NOUNS.has(head.norm) && qualifierFirst - 2 >= sentence.tokenStart) res.noun = head.text.toLowerCase();
  }
  if (res.casualty === null) res.casualty = casualtyAfter(tokens, res.nounLast >= 0 ? res.nounLast + 1 : next, end) ?? casualtyBefore(tokens, qualifierFirst, sentence.tokenStart);
  return res;
}

/** "12 people were killed", "180 dead", "have died". */
function casualtyAfter(tokens: readonly Token[], k: number, end: number): string | null {
  let gaps = 0;
  while (k < end && gaps < 4 && CASUALTY_GAP_WORDS.has(tokens[k].norm)) {
    k++;
    gaps++;
  }
  if (k >= end) return null;
  const t = tokens[k];
  const cas = CASUALTY_WORDS[t.norm];
  if (cas === undefined) return null;
  // "killing" after a bare number is a new clause ("12, killing 3"): only participles/adjectives here.
  if (t.norm.endsWith("ing") && gaps === 0) return null;
  return cas;
}

/** "killed over 40,130", "killing at least 20", "the death of more than 9,000". */
function casualtyBefore(tokens: readonly Token[], first: number, sStart: number): string | null {
  let k = first - 1;
  let gaps = 0;
  while (k >= sStart && gaps < 2 && (tokens[k].pos === "ADV" || tokens[k].norm === "a" || tokens[k].norm === "the")) {
    k--;
    gaps++;
  }
  if (k < sStart) return null;
  const t = tokens[k];
  // "the death toll rose to 40,130", "the toll stands at 90"
  if ((t.norm === "to" || t.norm === "at") && k - 1 >= sStart) {
    for (let q = k - 1; q >= sStart && q >= k - 5; q--) {
      if (tokens[q].norm === "toll" || tokens[q].norm === "tolls") return q > sStart && tokens[q - 1].norm === "death" ? "killed" : null;
    }
    return null;
  }
  if (t.norm === "of" && k - 1 >= sStart) {
    const n = CASUALTY_NOUNS[tokens[k - 1].norm];
    return n ?? null;
  }
  const cas = CASUALTY_WORDS[t.norm];
  if (cas === undefined || t.pos === "ADJ" || t.pos === "NOUN") return null;
  return cas;
}
