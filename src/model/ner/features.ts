/**
 * Features of the NER model, in the style of the strong CoNLL-2003 feature systems (Florian et al.
 * 2003, Ratinov & Roth 2009). Every feature is a template id plus one or two hashed atoms, turned
 * into a 64-bit key by {@link keyLo}/{@link keyHi}; no feature strings exist at run time.
 *
 * Token atoms (computed once per sentence, see {@link SentenceAtoms}):
 * - `W` the word; `L` the lower-cased word; `N` the lower-cased word with digits mapped to `0`;
 * - `SH` the word shape (upper → X, lower → x, digit → d, other characters kept, runs capped at
 *   four: "Netanyahu" → `Xxxxx`, "U.S." → `X.X.`, "1996-08-22" → `dddd-dd-dd`) and `SS` the short
 *   shape (runs collapsed: `Xx`, `X.X.`, `d-d-d`);
 * - `PRE`/`SUF` lower-cased prefixes and suffixes of length 1..`affixLength`;
 * - `FL` capitalisation and character flags ({@link FLAG}): initial capital, all caps, has digit,
 *   all digits, has hyphen, has period, punctuation only, mixed case ("McDonald"), single capital
 *   letter, sentence start, all-caps sentence (headline), apostrophe;
 * - `CR` capitalisation statistics of the lower-cased word in the training text (unseen / only
 *   lower case / mostly lower / mostly capitalised / only capitalised, in non-initial positions);
 * - `DF`/`DW` document features (see {@link DocContext}): the word appears elsewhere in the
 *   document in lower case, or capitalised in mid-sentence, or as the first / last word of a
 *   capitalised run; for an ALL-CAPS word, the mixed-case spelling used elsewhere in the document
 *   (so "GERMAN" in a headline also fires the word features of "German");
 * - `GZ` gazetteer matches ({@link Gazetteer}): category × position in the match (B/I/L/U) ×
 *   exact/case-insensitive.
 *
 * - `RUN` position (B/I/L/U) and length of the run of capitalised words holding the token;
 *   `QUOTE` inside double quotes; `HY`/`HYG` for hyphenated words, the first and last part and
 *   their gazetteer categories ("Arab-Israeli" → `arab` is a demonym).
 *
 * Local templates (independent of predicted tags), for token i:
 * word identity first — `W`, `L`, `W[i]` with the short shape of each neighbour, and the recased
 * `W`/`L` of ALL-CAPS words (training's word dropout may hide exactly these); then bias, `SH`,
 * `SS`, `FL` (whole set and each flag), `SS` with sentence-start/headline, prefixes and suffixes;
 * `N` and `SS` of the words at i−2..i+2 (each position its own template); word bigrams
 * `N[i−1]N[i]`, `N[i]N[i+1]`, the skip-bigram `N[i−1]N[i+1]`, `N[i−2]N[i−1]` and `N[i+1]N[i+2]`;
 * neighbour word × own shape (`N[i−1]SS[i]`, `SS[i]N[i+1]`: "in Xx", "Xx said"); shape bigrams
 * and the shape trigram `SS[i−1]SS[i]SS[i+1]`; sentence-length bucket × capitalisation class;
 * `CR` × capitalisation class; the gazetteer codes of i and the gazetteer categories of i−1 and
 * i+1; hyphen parts; capitalised run; quotes; document features × capitalisation class; and, in
 * the second stage only, the stacked features of `stacking.ts`.
 *
 * History templates (computed while decoding, left to right): previous tag; previous two tags;
 * previous tag with `L[i]`, with `SS[i]` and with `N[i+1]`; and the *prediction history* of the word in the
 * document (the entity type most often assigned so far to this capitalised word, Ratinov & Roth's
 * "extended prediction history").
 */
import { hashString, keyHi, keyLo, mixIn, fmix, SEED_L, SEED_W } from "./hash.js";
import { NAME_PARTICLES } from "../../lexicons/en/nameParticles.js";
import type { Gazetteer } from "./gazetteer.js";
import { GAZ_CATEGORIES } from "./gazetteer.js";
import type { StackCodes } from "./stacking.js";
import { FeatureTable } from "./FeatureTable.js";

/** Feature switches; stored in the model so prediction extracts exactly what training did. */
export interface FeatureOptions {
  /** Words and shapes of neighbours from i−window to i+window. Default 2. */
  window: number;
  /** Longest prefix / suffix. Default 4. */
  affixLength: number;
  /** Word bigram features. Default true. */
  wordBigrams: boolean;
  /** Gazetteer features. Default true. */
  gazetteer: boolean;
  /** Document features (needs {@link DocContext}; a lone sentence is its own document). Default true. */
  docFeatures: boolean;
  /** Fire the word features of the document's mixed-case spelling of an ALL-CAPS word. Default true. */
  recase: boolean;
  /** Previous-tag features: 0, 1 or 2 previous tags. Default 2. */
  historyOrder: number;
  /** Prediction-history features (entity type given to the same word earlier in the document). Default true. */
  predictionHistory: boolean;
  /** Features of the parts of hyphenated words ("Arab-Israeli": `arab` first, `israeli` last, and their gazetteer categories). Default true. */
  hyphenParts: boolean;
  /** Position (B/I/L/U) and length of the run of capitalised words the token is in. Default true. */
  capRuns: boolean;
  /** Inside-quotation-marks feature. Default true. */
  quotes: boolean;
  /** Neighbour word × own short shape (`in` + `Xx`), and the two-words-before / after bigrams. Default true. */
  contextShape: boolean;
  /** Sentence-length bucket with the capitalisation class (short lines of results tables). Default true. */
  sentenceLength: boolean;
}

/** Default feature switches. */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  window: 2,
  affixLength: 4,
  wordBigrams: true,
  gazetteer: true,
  docFeatures: true,
  recase: true,
  historyOrder: 2,
  predictionHistory: true,
  hyphenParts: true,
  capRuns: true,
  quotes: true,
  contextShape: true,
  sentenceLength: true,
};

/** Template ids. Part of the model format: never renumber, only append. */
export const T = {
  BIAS: 1,
  W: 2,
  L: 3,
  SH: 4,
  SS: 5,
  FL: 6,
  FLBIT: 7,
  PRE: 8,
  SUF: 9,
  CTX_N: 10, // + offset (position) as second atom
  CTX_SS: 11,
  BI_PREV: 12,
  BI_NEXT: 13,
  BI_SKIP: 14,
  SS_PREV: 15,
  SS_NEXT: 16,
  SS_TRI: 17,
  W_SSPREV: 18,
  W_SSNEXT: 19,
  CR: 20,
  GZ: 21,
  GZ_PREV: 22,
  GZ_NEXT: 23,
  DF: 24,
  DW: 25,
  H1: 26,
  H2: 27,
  H1_L: 28,
  H1_SS: 29,
  PH: 30,
  PH_CC: 31,
  SS_START: 32,
  H1_W_NEXT: 33,
  HY_PART: 34,
  HY_GAZ: 35,
  CAPRUN: 36,
  QUOTE: 37,
  S_SELF: 38,
  S_DG: 39,
  S_TOK: 40,
  S_MAJ: 41,
  S_MAJ_CC: 42,
  S_SELF_W: 43,
  NPREV_SS: 44,
  SS_NNEXT: 45,
  BI_PREV2: 46,
  BI_NEXT2: 47,
  SENTLEN: 48,
} as const;

/** Flag bits of the `FL` atom. */
export const FLAG = {
  INIT_CAP: 1,
  ALL_CAPS: 2,
  HAS_DIGIT: 4,
  ALL_DIGITS: 8,
  HAS_HYPHEN: 16,
  HAS_PERIOD: 32,
  PUNCT: 64,
  MIXED_CASE: 128,
  SINGLE_CAP: 256,
  SENT_START: 512,
  HEADLINE: 1024,
  APOSTROPHE: 2048,
} as const;

const BOS1 = 0x7f00_0001;
const BOS2 = 0x7f00_0002;
const EOS1 = 0x7f00_0003;
const EOS2 = 0x7f00_0004;

const SEED_N = 13;
const SEED_AFFIX = 14;

function isUpperCode(c: number, ch: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerCode(c: number, ch: string): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Capitalisation class of a token: 0 other, 1 capitalised mid-sentence, 2 capitalised at sentence start, 3 ALL CAPS (or in a headline). */
export function capClass(flags: number): number {
  if (flags & (FLAG.ALL_CAPS | FLAG.HEADLINE) && flags & (FLAG.INIT_CAP | FLAG.ALL_CAPS)) return 3;
  if (flags & FLAG.INIT_CAP) return flags & FLAG.SENT_START ? 2 : 1;
  return 0;
}

/** Flags of a token with an upper-case letter or a digit somewhere in it. */
const ACTIVE_FLAGS = FLAG.INIT_CAP | FLAG.ALL_CAPS | FLAG.MIXED_CASE | FLAG.SINGLE_CAP | FLAG.HAS_DIGIT;

const NAME_PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);

/**
 * Tokens the predictor need not score: those with no upper-case letter and no digit, except
 * - the first token after one that has either (a name may go on: "Bank of", "Lord 's", or end),
 * - a run of one or two such tokens between two that have one ("Tour of the Netherlands",
 *   "van der" in "Joost van der Westhuizen"),
 * - a name particle right before a capitalised word ("de Silva": see {@link NAME_PARTICLES}).
 * Outside headlines in lower case, the other tokens are (in CoNLL-style news) practically never
 * part of a name, so they are tagged `O` without looking up their features, and the token before
 * one may only take a label that `O` can follow (see `decodeScored`). Returns null when every
 * token must be scored. Writes into `out` when it is long enough. Without `tokens`, particles are
 * not recognised (they are skipped like any other lower-case word).
 */
export function inactiveTokens(FL: Int32Array, n: number, out?: Uint8Array, tokens?: readonly string[]): Uint8Array | null {
  const skip = out && out.length >= n ? out : new Uint8Array(n);
  let any = false;
  let i = 0;
  while (i < n) {
    if ((FL[i] & ACTIVE_FLAGS) !== 0) {
      skip[i] = 0;
      i++;
      continue;
    }
    // the run [i, j) of tokens without a capital or a digit
    let j = i + 1;
    while (j < n && (FL[j] & ACTIVE_FLAGS) === 0) j++;
    const flanked = i > 0 && j < n && j - i <= 2;
    for (let k = i; k < j; k++) {
      const scored = flanked || (k === i && i > 0) || (k === j - 1 && j < n && tokens !== undefined && NAME_PARTICLE_SET.has(tokens[k].toLowerCase()));
      skip[k] = scored ? 0 : 1;
      if (!scored) any = true;
    }
    i = j;
  }
  return any ? skip : null;
}

/** Word shape hashes (long, short) and flags of one token. */
function shapeOf(w: string): { sh: number; ss: number; flags: number } {
  let sh = 0x1234;
  let ss = 0x4321;
  let prevCls = -1;
  let run = 0;
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let alnum = 0;
  let flags = 0;
  let sawLower = false;
  let mixed = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const ch = w[i];
    let cls: number;
    if (c >= 48 && c <= 57) {
      cls = 100; // 'd'
      digit++;
    } else if (isUpperCode(c, ch)) {
      cls = 88; // 'X'
      upper++;
      if (sawLower) mixed = true;
    } else if (isLowerCode(c, ch)) {
      cls = 120; // 'x'
      lower++;
      sawLower = true;
    } else {
      cls = c;
      if (c === 45) flags |= FLAG.HAS_HYPHEN;
      else if (c === 46) flags |= FLAG.HAS_PERIOD;
      else if (c === 39 || c === 0x2019) flags |= FLAG.APOSTROPHE;
    }
    if (cls === 88 || cls === 120 || cls === 100) alnum++;
    if (cls === prevCls) run++;
    else run = 1;
    if (run <= 4) sh = mixIn(sh, cls);
    if (run === 1) ss = mixIn(ss, cls);
    prevCls = cls;
  }
  const first = w.length > 0 ? w.charCodeAt(0) : 0;
  if (w.length > 0 && isUpperCode(first, w[0])) flags |= FLAG.INIT_CAP;
  if (upper >= 2 && lower === 0) flags |= FLAG.ALL_CAPS;
  if (upper === 1 && lower === 0 && w.length <= 2) flags |= FLAG.SINGLE_CAP;
  if (digit > 0) flags |= FLAG.HAS_DIGIT;
  if (digit > 0 && digit === w.length) flags |= FLAG.ALL_DIGITS;
  if (alnum === 0) flags |= FLAG.PUNCT;
  if (mixed) flags |= FLAG.MIXED_CASE;
  return { sh: fmix(sh ^ Math.min(w.length, 12)), ss: fmix(ss), flags };
}

/** Hash of the lower-cased word with every digit mapped to `0`. */
function normHash(lower: string): number {
  let h = SEED_N;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h = mixIn(h, c >= 48 && c <= 57 ? 48 : c);
  }
  return fmix(h ^ lower.length);
}

/** Bits of {@link caseOf}. */
const CASE = { CASED: 1, UPPER: 2, LOWER: 4, FIRST_UPPER: 8 } as const;

/**
 * Case facts of a word, as `toUpperCase`/`toLowerCase` comparisons give them: `CASED` when it
 * has a letter with case (`w.toLowerCase() !== w.toUpperCase()`), `UPPER` / `LOWER` when it has an
 * upper- / lower-case one (`w !== w.toLowerCase()` / `w !== w.toUpperCase()`), `FIRST_UPPER` when
 * its first character changes under `toLowerCase`. ASCII words are read character by character
 * (no string is built); others go through the comparisons.
 */
function caseOf(w: string): number {
  let c = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w.charCodeAt(i);
    if (x > 127) return caseOfUnicode(w);
    if (x >= 65 && x <= 90) c |= i === 0 ? CASE.CASED | CASE.UPPER | CASE.FIRST_UPPER : CASE.CASED | CASE.UPPER;
    else if (x >= 97 && x <= 122) c |= CASE.CASED | CASE.LOWER;
  }
  return c;
}

function caseOfUnicode(w: string): number {
  const lw = w.toLowerCase();
  const uw = w.toUpperCase();
  let c = 0;
  if (lw !== uw) c |= CASE.CASED;
  if (w !== lw) c |= CASE.UPPER;
  if (w !== uw) c |= CASE.LOWER;
  if (w !== "" && w[0] !== lw[0]) c |= CASE.FIRST_UPPER;
  return c;
}

/** Does the sentence look like a headline (at least two letter-bearing tokens, none with a lower-case letter)? */
export function isHeadline(tokens: readonly string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    const c = caseOf(t);
    if (c & CASE.LOWER) return false;
    if (c & CASE.UPPER) letters++;
  }
  return letters >= 2;
}

/**
 * Label-free facts about a document (a list of tokenised sentences), used by the document features:
 * which lower-cased words occur in lower case, which occur capitalised in mid-sentence, the usual
 * mixed-case spelling of each word, and which words start or end a run of capitalised words.
 */
export class DocContext {
  /**
   * {@link DOCF} bits by lower-cased word: `LOWER_SEEN` (occurs in lower case), `CAP_SEEN`
   * (capitalised in mid-sentence), `RUN_FIRST` / `RUN_LAST` (starts / ends a run of at least two
   * capitalised words). One map, so a token costs one lookup.
   */
  readonly bits = new Map<string, number>();
  readonly mixedForm = new Map<string, string>();

  constructor(sentences: readonly (readonly string[])[]) {
    // Capitalised spellings by lower-cased word: the first one seen and its count, and all of
    // them with counts once a second one turns up (most words have one).
    const firstForm = new Map<string, string>();
    const firstN = new Map<string, number>();
    const formCounts = new Map<string, Map<string, number>>();
    const bits = this.bits;
    const mark = (lw: string, bit: number): void => {
      const b = bits.get(lw);
      if (b === undefined) bits.set(lw, bit);
      else if ((b & bit) === 0) bits.set(lw, b | bit);
    };
    for (const toks of sentences) {
      const headline = isHeadline(toks);
      let runStart = -1;
      for (let i = 0; i <= toks.length; i++) {
        const w = i < toks.length ? toks[i] : "";
        const lw = w.toLowerCase();
        const c = caseOf(w);
        const hasLetter = (c & CASE.CASED) !== 0;
        const cap = hasLetter && (c & CASE.FIRST_UPPER) !== 0;
        if (hasLetter && (c & CASE.UPPER) === 0) mark(lw, DOCF.LOWER_SEEN);
        if (!headline && cap && (c & CASE.LOWER) !== 0) {
          if (i > 0) mark(lw, DOCF.CAP_SEEN);
          const f = firstForm.get(lw);
          if (f === undefined) {
            firstForm.set(lw, w);
            firstN.set(lw, 1);
          } else {
            let m = formCounts.get(lw);
            if (m === undefined && f === w) firstN.set(lw, firstN.get(lw)! + 1);
            else {
              if (m === undefined) formCounts.set(lw, (m = new Map([[f, firstN.get(lw)!]])));
              m.set(w, (m.get(w) ?? 0) + 1);
            }
          }
        }
        if (!headline) {
          if (cap && runStart < 0) runStart = i;
          else if (!cap && runStart >= 0) {
            if (i - runStart >= 2) {
              mark(toks[runStart].toLowerCase(), DOCF.RUN_FIRST);
              mark(toks[i - 1].toLowerCase(), DOCF.RUN_LAST);
            }
            runStart = -1;
          }
        }
      }
    }
    for (const [lw, f] of firstForm) {
      const m = formCounts.get(lw);
      if (m === undefined) {
        this.mixedForm.set(lw, f);
        continue;
      }
      let best = "";
      let bestN = -1;
      for (const [form, n] of m) if (n > bestN || (n === bestN && form < best)) [best, bestN] = [form, n];
      this.mixedForm.set(lw, best);
    }
  }
}

/**
 * How often each lower-cased word occurs in lower case (`lowerN`) and capitalised (`capN`) in
 * non-initial positions of non-headline sentences; tokens without a letter are not counted. The
 * capitalisation statistics of the NER model (`buildCapStats`) and the common-word filter of the
 * external gazetteers (`commonWords`) are both read off these counts.
 */
export function caseCounts(sentences: readonly (readonly string[])[]): { lowerN: Map<string, number>; capN: Map<string, number> } {
  const lowerN = new Map<string, number>();
  const capN = new Map<string, number>();
  for (const toks of sentences) {
    if (isHeadline(toks)) continue;
    for (let i = 1; i < toks.length; i++) {
      const w = toks[i];
      const lw = w.toLowerCase();
      if (lw === w.toUpperCase()) continue;
      if (w === lw) lowerN.set(lw, (lowerN.get(lw) ?? 0) + 1);
      else if (w[0] !== lw[0]) capN.set(lw, (capN.get(lw) ?? 0) + 1);
    }
  }
  return { lowerN, capN };
}

/** Capitalisation statistics of lower-cased words in the training text: hash → bucket (1..4). */
export type CapStats = Map<number, number>;

/**
 * Builds {@link CapStats} from tokenised sentences: for each lower-cased word, how often it is
 * lower case vs. capitalised in non-initial positions of non-headline sentences. Buckets: 1 only
 * lower case, 2 mostly lower case, 3 mostly capitalised, 4 only capitalised.
 */
export function buildCapStats(sentences: readonly (readonly string[])[]): CapStats {
  const { lowerN, capN } = caseCounts(sentences);
  const out: CapStats = new Map();
  const words = new Set([...lowerN.keys(), ...capN.keys()]);
  for (const lw of [...words].sort()) {
    const lo = lowerN.get(lw) ?? 0;
    const ca = capN.get(lw) ?? 0;
    const bucket = ca === 0 ? 1 : lo === 0 ? 4 : lo >= ca ? 2 : 3;
    out.set(hashString(lw, SEED_L), bucket);
  }
  return out;
}

/** Atoms of every token of a sentence (see the module comment). */
export interface SentenceAtoms {
  n: number;
  tokens: readonly string[];
  lower: string[];
  W: Int32Array;
  L: Int32Array;
  N: Int32Array;
  SH: Int32Array;
  SS: Int32Array;
  FL: Int32Array;
  CR: Int32Array;
  DF: Int32Array;
  /** Hash (as `W`) of the document's mixed-case spelling of an ALL-CAPS token, or 0. */
  DW: Int32Array;
  /** Hash (as `L`) of the document's mixed-case spelling of an ALL-CAPS token, or 0. */
  DL: Int32Array;
  PRE: Int32Array;
  SUF: Int32Array;
  /** Gazetteer codes per token (see {@link Gazetteer.match}). */
  gaz: (readonly number[])[];
  /** Gazetteer category bits per token (union of the codes' categories). */
  gazBits: Int32Array;
  /** Capitalised-run code per token: `(position B/I/L/U) * 8 + min(length, 6)`, or -1 outside runs. */
  RUN: Int32Array;
  /** 1 when the token is inside double quotes. */
  QUOTE: Uint8Array;
  /** Hyphenated words: hashes (as `L`) of the first and last part at `2i`, `2i+1` (0 when not hyphenated). */
  HY: Int32Array;
  /** Hyphenated words: gazetteer category bits of the first and last part. */
  HYG: Int32Array;
  /** Second-stage (stacked) codes, set only when decoding with the second stage (see `stacking.ts`). */
  stack?: StackCodes;
}

/** Document feature bits of the `DF` atom. */
export const DOCF = { LOWER_SEEN: 1, CAP_SEEN: 2, MIXED_FORM: 4, RUN_FIRST: 8, RUN_LAST: 16 } as const;

/** Growable buffer of feature keys for the tokens of one sentence. */
export class KeyBuffer {
  lo = new Uint32Array(4096);
  hi = new Uint32Array(4096);
  len = 0;
  /** `start[i]`..`start[i+1]` are token i's keys. */
  start = new Int32Array(256);
  /** `start[i]`..`lexEnd[i]` are token i's word-identity keys (the ones word dropout hides). */
  lexEnd = new Int32Array(256);
  /**
   * `start[i]`..`ctxStart[i]` are token i's *intrinsic* keys (word identity, shape, flags,
   * affixes: a function of the word and its sentence-start / headline flags alone, unless the
   * word is recased); the keys from `ctxStart[i]` on depend on its context.
   */
  ctxStart = new Int32Array(256);

  reset(n: number): void {
    this.len = 0;
    if (this.start.length < n + 1) {
      this.start = new Int32Array(2 * (n + 1));
      this.lexEnd = new Int32Array(2 * (n + 1));
      this.ctxStart = new Int32Array(2 * (n + 1));
    }
  }

  push(t: number, a: number, b: number): void {
    if (this.len === this.lo.length) {
      const lo = new Uint32Array(this.lo.length * 2);
      lo.set(this.lo);
      const hi = new Uint32Array(this.hi.length * 2);
      hi.set(this.hi);
      this.lo = lo;
      this.hi = hi;
    }
    this.lo[this.len] = keyLo(t, a, b);
    this.hi[this.len] = keyHi(t, a, b);
    this.len++;
  }
}

/** Atoms of one word that depend on the word alone (see `FeatureExtractor.wordAtoms`). */
interface WordAtoms {
  lower: string;
  values: Int32Array;
  /** {@link Gazetteer.singleCode} of the word in the extractor's own gazetteer. */
  gaz: number;
  /** {@link Gazetteer.prefixCode} of the word in the extractor's own gazetteer. */
  prefix: number;
}

/** Resources the features read besides the sentence: gazetteer and training-text statistics. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  capStats: CapStats;
}

/** Extracts atoms and local feature keys. Stateless apart from its options and resources. */
export class FeatureExtractor {
  /** {@link CapStats} as an allocation-free hash table (a `Map` keyed by large numbers is slow). */
  private readonly capTable: FeatureTable;
  private readonly capValues: Uint8Array;

  constructor(
    readonly options: FeatureOptions,
    readonly resources: FeatureResources,
  ) {
    const cs = resources.capStats;
    this.capTable = new FeatureTable(Math.max(16, cs.size));
    this.capValues = new Uint8Array(cs.size);
    for (const [k, v] of cs) this.capValues[this.capTable.add(k, 0)] = v;
  }

  /**
   * Per-word atoms, cached by the predictor (see {@link enableWordCache}): the lower-cased word
   * and `[W, L, N, SH, SS, shape flags, CR, PRE × affixLength, SUF × affixLength]`.
   */
  private wordCache: Map<string, WordAtoms> | null = null;
  private static readonly WORD_CACHE_LIMIT = 50_000;

  /** Caches the atoms that depend on the word alone (bounded; cleared when full). For prediction. */
  enableWordCache(): void {
    this.wordCache ??= new Map();
  }

  /** The atoms of a word that depend on nothing else. */
  private wordAtoms(w: string): WordAtoms {
    const cache = this.wordCache;
    const hit = cache?.get(w);
    if (hit !== undefined) return hit;
    const k = this.options.affixLength;
    const lw = w.toLowerCase();
    const v = new Int32Array(7 + 2 * k);
    v[0] = hashString(w, SEED_W);
    v[1] = hashString(lw, SEED_L);
    v[2] = normHash(lw);
    const s = shapeOf(w);
    v[3] = s.sh;
    v[4] = s.ss;
    v[5] = s.flags;
    v[6] = this.capBucket(v[1]);
    for (let j = 1; j <= k; j++) {
      v[7 + j - 1] = j <= lw.length ? hashString(lw, SEED_AFFIX + j, 0, j) : 0;
      v[7 + k + j - 1] = j <= lw.length ? hashString(lw, SEED_AFFIX + 16 + j, lw.length - j, lw.length) : 0;
    }
    const g = this.resources.gazetteer;
    const out: WordAtoms = { lower: lw, values: v, gaz: g.singleCode(v[0], v[1]), prefix: g.prefixCode(w, lw) };
    if (cache) {
      if (cache.size >= FeatureExtractor.WORD_CACHE_LIMIT) cache.clear();
      cache.set(w, out);
    }
    return out;
  }

  /** Capitalisation-statistics bucket of a lower-cased word's hash (`L`), 0 when unseen. */
  private capBucket(l: number): number {
    const r = this.capTable.get(l, 0);
    return r < 0 ? 0 : this.capValues[r];
  }

  /** Computes the atoms of a sentence; `doc` defaults to the sentence alone. */
  atoms(tokens: readonly string[], doc?: DocContext, gazetteer: Gazetteer = this.resources.gazetteer): SentenceAtoms {
    const n = tokens.length;
    const o = this.options;
    const k = o.affixLength;
    const lower = new Array<string>(n);
    const W = new Int32Array(n);
    const L = new Int32Array(n);
    const N = new Int32Array(n);
    const SH = new Int32Array(n);
    const SS = new Int32Array(n);
    const FL = new Int32Array(n);
    const CR = new Int32Array(n);
    const DF = new Int32Array(n);
    const DW = new Int32Array(n);
    const DL = new Int32Array(n);
    const PRE = new Int32Array(n * k);
    const SUF = new Int32Array(n * k);
    const gazBits = new Int32Array(n);
    // One-token gazetteer matches come with the word's atoms when the gazetteer is the extractor's own.
    const single = gazetteer === this.resources.gazetteer ? new Int32Array(n) : undefined;
    const prefix = single ? new Int32Array(n) : undefined;
    const headline = isHeadline(tokens);
    const d = o.docFeatures ? (doc ?? new DocContext([tokens])) : undefined;
    for (let i = 0; i < n; i++) {
      const w = tokens[i];
      const wa = this.wordAtoms(w);
      const lw = wa.lower;
      const v = wa.values;
      lower[i] = lw;
      if (single) {
        single[i] = wa.gaz;
        prefix![i] = wa.prefix;
      }
      W[i] = v[0];
      L[i] = v[1];
      N[i] = v[2];
      SH[i] = v[3];
      SS[i] = v[4];
      let fl = v[5];
      if (i === 0) fl |= FLAG.SENT_START;
      if (headline) fl |= FLAG.HEADLINE;
      FL[i] = fl;
      CR[i] = v[6];
      for (let j = 0; j < k; j++) {
        PRE[i * k + j] = v[7 + j];
        SUF[i * k + j] = v[7 + k + j];
      }
      if (d) {
        let df = d.bits.get(lw) ?? 0;
        if (fl & (FLAG.ALL_CAPS | FLAG.HEADLINE)) {
          const form = d.mixedForm.get(lw);
          if (form !== undefined && form !== w) {
            df |= DOCF.MIXED_FORM;
            DW[i] = hashString(form, SEED_W);
            DL[i] = hashString(form.toLowerCase(), SEED_L);
          }
        }
        DF[i] = df;
      }
    }
    const gaz = o.gazetteer ? gazetteer.match(tokens, lower, W, L, single, prefix) : tokens.map(() => [] as number[]);
    for (let i = 0; i < n; i++) {
      let b = 0;
      const codes = gaz[i];
      for (let q = 0; q < codes.length; q++) b |= 1 << (codes[q] >> 3);
      gazBits[i] = b;
    }
    const RUN = new Int32Array(n).fill(-1);
    if (!headline) {
      let i = 0;
      while (i < n) {
        if (!(FL[i] & FLAG.INIT_CAP)) {
          i++;
          continue;
        }
        let j = i;
        while (j < n && FL[j] & FLAG.INIT_CAP) j++;
        const len = Math.min(j - i, 6);
        for (let q = i; q < j; q++) RUN[q] = (j - i === 1 ? 3 : q === i ? 0 : q === j - 1 ? 2 : 1) * 8 + len;
        i = j;
      }
    }
    const HY = new Int32Array(2 * n);
    const HYG = new Int32Array(2 * n);
    if (o.hyphenParts) {
      for (let i = 0; i < n; i++) {
        if (!(FL[i] & FLAG.HAS_HYPHEN) || FL[i] & FLAG.PUNCT) continue;
        const w = tokens[i];
        const lw = lower[i];
        const first = w.indexOf("-");
        const last = w.lastIndexOf("-");
        if (first <= 0 || last >= w.length - 1) continue;
        HY[2 * i] = hashString(lw, SEED_L, 0, first) | 1;
        HY[2 * i + 1] = hashString(lw, SEED_L, last + 1, lw.length);
        if (o.gazetteer) {
          HYG[2 * i] = gazetteer.tokenBits(w.slice(0, first));
          HYG[2 * i + 1] = gazetteer.tokenBits(w.slice(last + 1));
        }
      }
    }
    const QUOTE = new Uint8Array(n);
    let inq = false;
    for (let i = 0; i < n; i++) {
      if (tokens[i] === '"' || tokens[i] === "``" || tokens[i] === "''") inq = !inq;
      else if (inq) QUOTE[i] = 1;
    }
    return { n, tokens, lower, W, L, N, SH, SS, FL, CR, DF, DW, DL, PRE, SUF, gaz, gazBits, RUN, QUOTE, HY, HYG };
  }

  /**
   * Emits the local (tag-independent) feature keys of every token into `buf`. With `skipIntrinsic`,
   * tokens `i` with `skipIntrinsic[i] = 1` get no intrinsic keys (`start[i] === ctxStart[i]`): the
   * predictor passes it for words whose intrinsic score it has cached (see {@link intrinsicKey}).
   * Tokens with `skipAll[i] = 1` get no keys at all (see {@link inactiveTokens}).
   */
  localKeys(a: SentenceAtoms, buf: KeyBuffer, skipIntrinsic?: Uint8Array, skipAll?: Uint8Array): void {
    const o = this.options;
    const n = a.n;
    const win = o.window;
    const { N, SS, FL, CR, DF } = a;
    const ctxN = (j: number): number => (j < 0 ? (j === -1 ? BOS1 : BOS2) : j >= n ? (j === n ? EOS1 : EOS2) : N[j]);
    const ctxSS = (j: number): number => (j < 0 ? (j === -1 ? BOS1 : BOS2) : j >= n ? (j === n ? EOS1 : EOS2) : SS[j]);
    buf.reset(n);
    for (let i = 0; i < n; i++) {
      buf.start[i] = buf.len;
      if (skipAll && skipAll[i]) {
        buf.lexEnd[i] = buf.len;
        buf.ctxStart[i] = buf.len;
        continue;
      }
      const fl = FL[i];
      const cc = capClass(fl);
      if (skipIntrinsic && skipIntrinsic[i]) buf.lexEnd[i] = buf.len;
      else this.intrinsicKeys(a, i, buf);
      buf.ctxStart[i] = buf.len;
      for (let off = -win; off <= win; off++) {
        if (off === 0) continue;
        buf.push(T.CTX_N, ctxN(i + off), off);
        buf.push(T.CTX_SS, ctxSS(i + off), off);
      }
      if (o.wordBigrams) {
        buf.push(T.BI_PREV, ctxN(i - 1), N[i]);
        buf.push(T.BI_NEXT, N[i], ctxN(i + 1));
        buf.push(T.BI_SKIP, ctxN(i - 1), ctxN(i + 1));
      }
      if (o.contextShape) {
        buf.push(T.NPREV_SS, ctxN(i - 1), SS[i]);
        buf.push(T.SS_NNEXT, SS[i], ctxN(i + 1));
        buf.push(T.BI_PREV2, ctxN(i - 2), ctxN(i - 1));
        buf.push(T.BI_NEXT2, ctxN(i + 1), ctxN(i + 2));
      }
      if (o.sentenceLength) buf.push(T.SENTLEN, n <= 3 ? n : n <= 6 ? 4 : n <= 10 ? 5 : 6, cc);
      buf.push(T.SS_PREV, ctxSS(i - 1), SS[i]);
      buf.push(T.SS_NEXT, SS[i], ctxSS(i + 1));
      buf.push(T.SS_TRI, mixIn(ctxSS(i - 1), SS[i]), ctxSS(i + 1));
      buf.push(T.CR, CR[i], cc);
      if (o.gazetteer) {
        const codes = a.gaz[i];
        for (let q = 0; q < codes.length; q++) buf.push(T.GZ, codes[q], 0);
        const gp = i > 0 ? a.gazBits[i - 1] : 0;
        const gn = i + 1 < n ? a.gazBits[i + 1] : 0;
        for (let b = 0; gp >>> b !== 0; b++) if (gp & (1 << b)) buf.push(T.GZ_PREV, b, 0);
        for (let b = 0; gn >>> b !== 0; b++) if (gn & (1 << b)) buf.push(T.GZ_NEXT, b, 0);
      }
      if (o.hyphenParts && a.HY[2 * i] !== 0) {
        buf.push(T.HY_PART, a.HY[2 * i], 0);
        buf.push(T.HY_PART, a.HY[2 * i + 1], 1);
        const g0 = a.HYG[2 * i];
        const g1 = a.HYG[2 * i + 1];
        for (let b = 0; b < GAZ_CATEGORIES.length; b++) {
          if (g0 & (1 << b)) buf.push(T.HY_GAZ, b, 0);
          if (g1 & (1 << b)) buf.push(T.HY_GAZ, b, 1);
        }
      }
      if (o.capRuns && a.RUN[i] >= 0) buf.push(T.CAPRUN, a.RUN[i], fl & FLAG.SENT_START);
      if (o.quotes && a.QUOTE[i]) buf.push(T.QUOTE, cc, 0);
      if (a.stack) stackKeysOf(a, i, cc, buf);
      if (o.docFeatures) {
        const df = DF[i];
        for (let b = 0; b < 5; b++) if (df & (1 << b)) buf.push(T.DF, b, cc);
      }
    }
    buf.start[n] = buf.len;
  }

  /**
   * Emits token i's intrinsic keys: word identity first (training may hide them under word
   * dropout, see {@link KeyBuffer.lexEnd}), then bias, shapes, flags and affixes.
   */
  private intrinsicKeys(a: SentenceAtoms, i: number, buf: KeyBuffer): void {
    const o = this.options;
    const k = o.affixLength;
    const { W, L, SH, SS, DW, DL, PRE, SUF } = a;
    const fl = a.FL[i];
    buf.push(T.W, W[i], 0);
    buf.push(T.L, L[i], 0);
    if (o.docFeatures && DW[i] !== 0) {
      buf.push(T.DW, DW[i], 0);
      if (o.recase) {
        buf.push(T.W, DW[i], 0);
        buf.push(T.L, DL[i], 0);
      }
    }
    buf.lexEnd[i] = buf.len;
    buf.push(T.BIAS, 0, 0);
    buf.push(T.SH, SH[i], 0);
    buf.push(T.SS, SS[i], 0);
    buf.push(T.FL, fl, 0);
    for (let b = 0; b < 12; b++) if (fl & (1 << b)) buf.push(T.FLBIT, b, 0);
    buf.push(T.SS_START, SS[i], fl & (FLAG.SENT_START | FLAG.HEADLINE));
    for (let j = 0; j < k; j++) {
      const p = PRE[i * k + j];
      if (p !== 0) buf.push(T.PRE, p, j);
      const s = SUF[i * k + j];
      if (s !== 0) buf.push(T.SUF, s, j);
    }
  }

  /** Emits only the second-stage (stacked) keys of every token into `buf` (atoms must have `stack`). */
  stackKeys(a: SentenceAtoms, buf: KeyBuffer): void {
    buf.reset(a.n);
    for (let i = 0; i < a.n; i++) {
      buf.start[i] = buf.len;
      stackKeysOf(a, i, capClass(a.FL[i]), buf);
    }
    buf.start[a.n] = buf.len;
  }
}

/** Emits the second-stage (stacked) keys of token i. */
export function stackKeysOf(a: SentenceAtoms, i: number, cc: number, buf: KeyBuffer): void {
  const st = a.stack!;
  const n = a.n;
  buf.push(T.S_SELF, st.self[i], 0);
  buf.push(T.S_SELF, i > 0 ? st.self[i - 1] : -1, -1);
  buf.push(T.S_SELF, i + 1 < n ? st.self[i + 1] : -1, 1);
  buf.push(T.S_SELF_W, st.self[i], a.L[i]);
  for (const c of st.docGaz[i]) buf.push(T.S_DG, c, cc);
  for (const c of st.docTok[i]) buf.push(T.S_TOK, c, 0);
  if (st.majority[i] > 0) {
    buf.push(T.S_MAJ, st.majority[i], st.unanimous[i]);
    buf.push(T.S_MAJ_CC, st.majority[i], cc);
  }
}

/**
 * Per-document memory of the entity types assigned to capitalised words so far (for the
 * prediction-history features). Keys are lower-cased words.
 */
export class PredictionHistory {
  private readonly counts = new Map<string, Int32Array>();
  constructor(private readonly types: number) {}

  /** Majority type (0-based) of earlier predictions for this word, and 1 + that type when all agree (else 0); [-1, 0] when none. */
  lookup(lower: string): [number, number] {
    const c = this.counts.get(lower);
    if (!c) return [-1, 0];
    let best = -1;
    let bestN = 0;
    let total = 0;
    for (let t = 0; t <= this.types; t++) {
      total += c[t];
      if (t < this.types && c[t] > bestN) [best, bestN] = [t, c[t]];
    }
    if (best < 0) return [this.types, 0]; // seen, never as an entity
    return [best, bestN === total ? 1 : 0];
  }

  /** Records the type (or `types` for "not an entity") given to a capitalised word. */
  record(lower: string, type: number): void {
    let c = this.counts.get(lower);
    if (!c) this.counts.set(lower, (c = new Int32Array(this.types + 1)));
    c[type]++;
  }
}
