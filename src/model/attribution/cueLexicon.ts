/**
 * A cue lexicon learned from gold tag sequences: for every word (normalised, see `normWord`) and
 * every crude lemma that occurs inside a gold cue, how often it occurs at all (`n`), how often it
 * starts a cue (`b`) and how often it continues one (`i`). The tagger's features use the
 * *bucketed* rates (`lexiconBucket`), so one weight is shared by all words of a similar cue-rate:
 * a rare cue word in a familiar context (`is demanding`, `spoke of`) borrows what frequent ones
 * learned.
 *
 * Training uses **cross-fold** lexicons (`crossFoldLexicons`): the features of a training document
 * come from a lexicon built on the other folds, so a word seen once, in that very document, does
 * not look like a certain cue. The model file keeps the lexicon of the whole training split.
 *
 * ```ts
 * const lex = buildCueLexicon(train.map((x) => ({ doc: x.doc, gold: x.tags })));
 * lexiconBucket(lex, "said", "b"); // "r5|freq"
 * ```
 */
import { crudeLemma, normWord } from "./features.js";
import { labelOf } from "./labels.js";
import type { TokenizedDocument } from "./tokens.js";

/** Counts of one key: occurrences, cue starts, cue continuations. */
export interface LexiconEntry {
  n: number;
  b: number;
  i: number;
}

/** Words (plain) and lemmas (prefixed `~`) that occur in at least one gold cue. */
export type CueLexicon = Map<string, LexiconEntry>;

const B_CUE = labelOf("cue", false);
const I_CUE = labelOf("cue", true);

/** Lexicon key of a lemma. */
export function lemmaKey(word: string): string {
  return `~${crudeLemma(word)}`;
}

/** Builds a lexicon from documents with gold label sequences (only the cue labels are read). */
export function buildCueLexicon(data: Array<{ doc: TokenizedDocument; gold: ArrayLike<number> }>): CueLexicon {
  const all = new Map<string, LexiconEntry>();
  const bump = (k: string, y: number) => {
    let e = all.get(k);
    if (!e) {
      e = { n: 0, b: 0, i: 0 };
      all.set(k, e);
    }
    e.n++;
    if (y === B_CUE) e.b++;
    else if (y === I_CUE) e.i++;
  };
  for (const { doc, gold } of data) {
    doc.tokens.forEach((t, k) => {
      const w = normWord(t.text);
      bump(w, gold[k]);
      bump(lemmaKey(w), gold[k]);
    });
  }
  const out: CueLexicon = new Map();
  for (const k of [...all.keys()].sort()) {
    const e = all.get(k)!;
    if (e.b + e.i > 0) out.set(k, e);
  }
  return out;
}

/**
 * One lexicon per document for training: document `d` gets the lexicon of the folds other than
 * `d mod folds`. Deterministic.
 */
export function crossFoldLexicons(data: Array<{ doc: TokenizedDocument; gold: ArrayLike<number> }>, folds = 5): CueLexicon[] {
  const byFold: CueLexicon[] = [];
  for (let f = 0; f < folds; f++) byFold.push(buildCueLexicon(data.filter((_, d) => d % folds !== f)));
  return data.map((_, d) => byFold[d % folds]);
}

/**
 * Rate bucket of a key for cue starts (`"b"`) or continuations (`"i"`): `none` when the key never
 * occurs in a cue, else a rate class `r0`…`r5` (< 2 %, < 10 %, < 25 %, < 50 %, < 75 %, ≥ 75 %) and
 * a frequency class (`rare` < 3 occurrences, `mid` < 10, `freq`).
 */
export function lexiconBucket(lex: CueLexicon | undefined, key: string, which: "b" | "i"): string {
  const e = lex?.get(key);
  if (!e) return "none";
  const c = which === "b" ? e.b : e.i;
  if (c === 0) return "zero";
  const r = c / e.n;
  const rate = r < 0.02 ? "r0" : r < 0.1 ? "r1" : r < 0.25 ? "r2" : r < 0.5 ? "r3" : r < 0.75 ? "r4" : "r5";
  const freq = e.n < 3 ? "rare" : e.n < 10 ? "mid" : "freq";
  return `${rate}|${freq}`;
}

/** Serialisable form: `[key, n, b, i]` rows in key order. */
export function lexiconToJSON(lex: CueLexicon): Array<[string, number, number, number]> {
  return [...lex.entries()].map(([k, e]) => [k, e.n, e.b, e.i]);
}

/** Inverse of {@link lexiconToJSON}. */
export function lexiconFromJSON(rows: Array<[string, number, number, number]>): CueLexicon {
  return new Map(rows.map(([k, n, b, i]) => [k, { n, b, i }]));
}

/**
 * {@link lexiconBucket} as a small integer: 0 `none`, 1 `zero`, else 2 + 3 × rate class + frequency
 * class (so a code ≥ 11 is a rate of at least 25 %: a strong cue word).
 */
export function lexiconCode(lex: CueLexicon | undefined, key: string, which: "b" | "i"): number {
  const e = lex?.get(key);
  if (!e) return 0;
  const c = which === "b" ? e.b : e.i;
  if (c === 0) return 1;
  const r = c / e.n;
  const rate = r < 0.02 ? 0 : r < 0.1 ? 1 : r < 0.25 ? 2 : r < 0.5 ? 3 : r < 0.75 ? 4 : 5;
  const freq = e.n < 3 ? 0 : e.n < 10 ? 1 : 2;
  return 2 + 3 * rate + freq;
}

/** Whether a {@link lexiconCode} says "starts a gold cue at least 25 % of the time". */
export function strongCode(code: number): boolean {
  return code >= 11;
}
