/**
 * Token features of the attribution tagger, hashed into a fixed number of buckets (no strings are
 * kept in the model). For token `i` of a document:
 *
 * - **lexical**: lower-cased word (quote marks normalised) at −2…+2, word bigrams, 3-letter
 *   suffix, shape, wink POS at −2…+2 and POS bigrams/trigram;
 * - **reporting lexicon**: whether the word (or a neighbour) is a reporting-verb form
 *   (`reportingForms.ts`: the rule lexicon as it was when the shipped model was trained) or `according`;
 * - **quotation state**: inside/outside double quotes in the paragraph, the mark's kind, distance
 *   to the nearest mark on each side;
 * - **cue context**: the nearest reporting-lexicon word and the nearest verb to the left and right
 *   in the same sentence (word + distance bucket), whether a comma/colon or `that` lies between,
 *   combined with the quotation state;
 * - **structure**: position in the sentence (first, last, before the final punctuation), first
 *   sentence of the paragraph, headline, whether the neighbouring sentences hold a reporting word
 *   or a quotation mark;
 * - **cue shape**: a crude lemma (suffix stripped), the classes of the two following and the
 *   preceding token (`that`, quote mark, comma, colon, `to`, preposition, …), word trigram;
 * - **cue lexicon** (when a `CueLexicon` learned from train is given, `cueLexicon.ts`): the
 *   bucketed rate at which the word / its lemma starts or continues a gold cue, crossed with the
 *   quotation state, POS and neighbour classes; the rates of the neighbours (a particle after a
 *   cue word: `called for`; an auxiliary or adverb before one: `then pointed out`); the distance
 *   to the nearest strong cue word on each side (`said in a statement Monday`).
 *
 * - **rule quotes** (when the quote rules ran, `ruleRoles.ts`): the token's role in a rule quote
 *   (cue start, cue, content, source), crossed with the word, POS, cue-lexicon class and the
 *   neighbours' roles.
 *
 * Every feature is mixed from 32-bit atoms computed once per distinct word (no string is built
 * per feature; version 3 built and hashed ~75 strings per token, half the model's time), then
 * hashed into buckets. `extractFeatures` returns, per token, a list of bucket indices (flat array
 * + offsets).
 */
import { hashString } from "../ner/hash.js";
import { MODEL_REPORTING_FORMS } from "./reportingForms.js";
import type { TokenizedDocument } from "./tokens.js";
import { lexiconCode, strongCode, type CueLexicon } from "./cueLexicon.js";
import type { RuleView } from "./ruleRoles.js";

/** Bumped whenever the feature set changes (a model file records the version it was trained with). */
export const FEATURE_VERSION = 4;

/** Default number of hash buckets (2^20). */
export const DEFAULT_BUCKET_BITS = 20;

export interface DocumentFeatures {
  /** Bucket indices of token `i`: `ids[offsets[i] .. offsets[i+1])`. */
  ids: Int32Array;
  offsets: Int32Array;
}

const REPORTING = new Set<string>(MODEL_REPORTING_FORMS);
REPORTING.add("according");

/** Lower-cased word with curly quotes and apostrophes normalised. */
export function normWord(s: string): string {
  return s.toLowerCase().replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′`]/g, "'").replace(/[–—]/g, "-");
}

/** `x` (lower), `X` (upper), `d` (digit), else the character, runs collapsed: `Xxx` → `Xx`. */
export function wordShape(s: string): string {
  let out = "";
  for (const ch of s.slice(0, 12)) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Distance buckets: 0..4, 5-7, 8-15, 16+. */
export function distBucket(d: number): string {
  if (d < 0) return "none";
  if (d <= 4) return String(d);
  if (d <= 7) return "5-7";
  if (d <= 15) return "8-15";
  return "16+";
}

export type QuoteMark = "open" | "close" | "";

/**
 * Quotation state per token: `inside` is true between an opening and a closing double quote mark
 * within one paragraph (the marks themselves excluded); `mark` says what a quote-mark token does.
 * Straight `"` toggles; `“` opens, `”` closes.
 */
export function quoteState(doc: TokenizedDocument): { inside: boolean[]; mark: QuoteMark[] } {
  const n = doc.tokens.length;
  const inside: boolean[] = new Array(n).fill(false);
  const mark: QuoteMark[] = new Array(n).fill("");
  let open = false;
  let para = -1;
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i];
    if (t.paragraph !== para) {
      para = t.paragraph;
      open = false;
    }
    const s = t.text;
    const isOpen = s === "“" || (s === '"' && !open);
    const isClose = s === "”" || (s === '"' && open);
    if (isOpen && !(s === "“" && open)) {
      mark[i] = "open";
      open = true;
    } else if (isClose) {
      mark[i] = "close";
      open = false;
    } else {
      inside[i] = open;
      if (s === "“") mark[i] = "open";
    }
  }
  return { inside, mark };
}

/** Crude lemma: strips -s/-es/-ed/-ing (`says` → `say`, `claimed` → `claim`). */
export function crudeLemma(w: string): string {
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith("es")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** Class of a neighbouring token, for cue boundaries. */
export function tokenClass(w: string | undefined, pos: string | undefined): string {
  if (w === undefined) return "edge";
  if (w === "that" || w === "to" || w === "," || w === ":" || w === "." || w === "if" || w === "whether") return w;
  if (w === '"' || w === "'") return "quote";
  return pos ?? "?";
}

/** Distance bucket as a small integer: 0 none, 1–5 for 0–4, 6 for 5–7, 7 for 8–15, 8 for 16+. */
function distCode(d: number): number {
  return d < 0 ? 0 : d <= 4 ? d + 1 : d <= 7 ? 6 : d <= 15 ? 7 : 8;
}

const hs = (s: string) => hashString(s) | 0;

// Local copies of MurmurHash3's mixing round and finaliser (`../ner/hash.ts`, same results): the
// feature loop calls them ~400 times per token, and an imported binding may be read through a
// getter where the module is transpiled (tsx).
function mixIn(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const EDGE_W_LEFT = hs("<s>");
const EDGE_W_RIGHT = hs("</s>");
const EDGE_CLASS = hs("edge");
const NO_WORD = hs("-");
const SPECIAL_CLASS = new Set(["that", "to", ",", ":", ".", "if", "whether"]);

/** What the features need of one token text, computed once per distinct text. */
interface WordInfo {
  word: string;
  w: number;
  suf: number;
  lem: number;
  lemKey: string;
  shape: number;
  rep: boolean;
  /** Hash of the token class when the word decides it (`that`, `,`, a quote mark …), else 0. */
  cls: number;
  punct: boolean;
  that: boolean;
  /** The word ends a sentence's words (`.`, `”`, `)` …). */
  closing: boolean;
}

const wordCache = new Map<string, WordInfo>();
const posCache = new Map<string, number>();
const lexCaches = new WeakMap<CueLexicon, Map<string, Int32Array>>();
const NO_LEX = new Int32Array(3);

function wordInfo(text: string): WordInfo {
  let info = wordCache.get(text);
  if (info) return info;
  if (wordCache.size > 200_000) wordCache.clear();
  const word = normWord(text);
  const lemma = crudeLemma(word);
  info = {
    word,
    w: hs(word),
    suf: hs(word.slice(-3)),
    lem: hs(lemma),
    lemKey: `~${lemma}`,
    shape: hs(wordShape(text)),
    rep: REPORTING.has(word),
    cls: SPECIAL_CLASS.has(word) ? hs(`c:${word}`) : word === '"' || word === "'" ? hs("c:quote") : 0,
    punct: word === "," || word === ":",
    that: word === "that",
    closing: /^[.!?"”’')\]]+$/.test(text),
  };
  wordCache.set(text, info);
  return info;
}

/** Hashes of a token text's normalised word and shape (`hashString(…) | 0`, memoised). */
export function wordHashes(text: string): { word: number; shape: number; normalised: string } {
  const info = wordInfo(text);
  return { word: info.w, shape: info.shape, normalised: info.word };
}

function posHash(pos: string): number {
  let h = posCache.get(pos);
  if (h === undefined) {
    h = hs(`p:${pos}`);
    posCache.set(pos, h);
  }
  return h;
}

/** Start, continuation and lemma-start codes of a word in a lexicon (memoised per lexicon). */
function lexCodes(lexicon: CueLexicon | undefined, info: WordInfo): Int32Array {
  if (!lexicon) return NO_LEX;
  let cache = lexCaches.get(lexicon);
  if (!cache) {
    cache = new Map();
    lexCaches.set(lexicon, cache);
  }
  let c = cache.get(info.word);
  if (!c) {
    c = Int32Array.of(lexiconCode(lexicon, info.word, "b"), lexiconCode(lexicon, info.word, "i"), lexiconCode(lexicon, info.lemKey, "b"));
    cache.set(info.word, c);
  }
  return c;
}

/**
 * Computes the hashed features of every token of a document. Without a `lexicon` the cue-lexicon
 * features all read `none` (a model is always run with the lexicon it was trained with); without
 * `rules` the rule-role features read "no rule quote here". With `focus` (one flag per sentence)
 * only the flagged sentences' tokens get features (the rest get none; see `extractFrom`).
 */
export function extractFeatures(doc: TokenizedDocument, bucketBits = DEFAULT_BUCKET_BITS, lexicon?: CueLexicon, rules?: RuleView, focus?: Uint8Array): DocumentFeatures {
  return featureExtractor(doc, bucketBits, lexicon, rules, focus)(0, doc.sentences.length, 0, doc.tokens.length);
}

/**
 * The features of {@link extractFeatures} a block of sentences at a time: the per-token facts
 * of the document are worked out once, and each call returns the features of the tokens
 * `[tokenFrom, tokenTo)` (`offsets` relative to `tokenFrom`), which are those of the sentences
 * `[sentenceFrom, sentenceTo)`. The features of a long text then never exist all at once (they
 * took 4 bytes × ~70 per token, twice over: 640 MB for a 10 MB text).
 */
export function featureExtractor(
  doc: TokenizedDocument,
  bucketBits = DEFAULT_BUCKET_BITS,
  lexicon?: CueLexicon,
  rules?: RuleView,
  focus?: Uint8Array,
): (sentenceFrom: number, sentenceTo: number, tokenFrom: number, tokenTo: number) => DocumentFeatures {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  const mask = (1 << bucketBits) - 1;
  const infos: WordInfo[] = new Array(n);
  const W = new Int32Array(n);
  const P = new Int32Array(n);
  const rep = new Uint8Array(n);
  const isVerb = new Uint8Array(n);
  const lexB = new Int32Array(n);
  const lexI = new Int32Array(n);
  const lexL = new Int32Array(n);
  const strong = new Uint8Array(n);
  const cls = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const info = wordInfo(t.text);
    infos[i] = info;
    W[i] = info.w;
    P[i] = posHash(t.pos);
    rep[i] = info.rep ? 1 : 0;
    isVerb[i] = t.pos === "VERB" ? 1 : 0;
    const lx = lexCodes(lexicon, info);
    lexB[i] = lx[0];
    lexI[i] = lx[1];
    lexL[i] = lx[2];
    strong[i] = strongCode(lx[0]) || strongCode(lx[2]) ? 1 : 0;
    cls[i] = info.cls || P[i];
  }
  const role = rules?.role;
  const { inside, mark } = quoteState(doc);
  const q = new Int32Array(n);
  for (let i = 0; i < n; i++) q[i] = inside[i] ? 1 : mark[i] === "open" ? 2 : mark[i] === "close" ? 3 : 0;
  const Wa = (i: number) => (i < 0 ? EDGE_W_LEFT : i >= n ? EDGE_W_RIGHT : W[i]);
  const Pa = (i: number) => (i < 0 ? EDGE_W_LEFT : i >= n ? EDGE_W_RIGHT : P[i]);
  const Ca = (i: number) => (i < 0 || i >= n ? EDGE_CLASS : cls[i]);
  const LB = (k: number) => (k < 0 || k >= n ? -1 : lexB[k]);
  const LI = (k: number) => (k < 0 || k >= n ? -1 : lexI[k]);
  const R = (k: number) => (role && k >= 0 && k < n ? role[k] : 0);

  // Per sentence: holds a reporting word / a quote mark.
  const sentRep = sentences.map((s) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (rep[i]) return true;
    return false;
  });
  const sentQuote = sentences.map((s) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (mark[i]) return true;
    return false;
  });

  // Nearest quote mark on each side within the paragraph.
  const markLeft = new Int32Array(n).fill(-1);
  const markRight = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1, para = -1; i < n; i++) {
    if (tokens[i].paragraph !== para) {
      para = tokens[i].paragraph;
      last = -1;
    }
    markLeft[i] = last < 0 ? -1 : i - last;
    if (mark[i]) last = i;
  }
  for (let i = n - 1, next = -1, para = -1; i >= 0; i--) {
    if (tokens[i].paragraph !== para) {
      para = tokens[i].paragraph;
      next = -1;
    }
    markRight[i] = next < 0 ? -1 : next - i;
    if (mark[i]) next = i;
  }

  // Per sentence (filled below): the nearest reporting word and verb on each side, and counts of
  // punctuation and "that" before each token — linear in the sentence, where a scan from every
  // token was quadratic (a 50,000-mark "sentence" of a hostile input took 25 s).
  const repLeft = new Int32Array(n);
  const verbLeft = new Int32Array(n);
  const repRight = new Int32Array(n);
  const verbRight = new Int32Array(n);
  const punctBefore = new Int32Array(n + 1);
  const thatBefore = new Int32Array(n + 1);

  let ids = new Int32Array(16);
  let k = 0;
  let offsets = new Int32Array(1);
  let base = 0;
  const add = (t: number, a = 0, b = 0, c = 0, d = 0) => {
    ids[k++] = fmix(mixIn(mixIn(mixIn(mixIn(mixIn(0x7f4a7c15, t), a), b), c), d)) & mask;
  };

  return (sentenceFrom, sentenceTo, tokenFrom, tokenTo) => {
    const m = tokenTo - tokenFrom;
    // (the buffers are kept for the next block and grown when a block needs more)
    if (ids.length < Math.max(16, m * 84)) ids = new Int32Array(Math.max(16, m * 84));
    offsets = new Int32Array(m + 1);
    base = tokenFrom;
    k = 0;
    for (let si = sentenceFrom; si < sentenceTo; si++) {
      const s = sentences[si];
      if (focus && !focus[si]) {
        // (a sentence outside the focus gets no features: its tokens are not tagged)
        for (let i = s.tokenStart; i < s.tokenEnd; i++) offsets[i - base] = k;
        continue;
      }
      const prevSame = si > 0 && sentences[si - 1].paragraph === s.paragraph;
      const nextSame = si + 1 < sentences.length && sentences[si + 1].paragraph === s.paragraph;
      const ctxPrev = prevSame ? 1 + (sentRep[si - 1] ? 1 : 0) + (sentQuote[si - 1] ? 2 : 0) : 0;
      const ctxNext = nextSame ? 1 + (sentRep[si + 1] ? 1 : 0) + (sentQuote[si + 1] ? 2 : 0) : 0;
      const firstInPara = prevSame ? 0 : 1;
      const len = s.tokenEnd - s.tokenStart;
      for (let i = s.tokenStart, r = -1, v = -1; i < s.tokenEnd; i++) {
        repLeft[i] = r;
        verbLeft[i] = v;
        if (rep[i]) r = i;
        if (isVerb[i]) v = i;
        punctBefore[i + 1] = punctBefore[i] + (infos[i].punct ? 1 : 0);
        thatBefore[i + 1] = thatBefore[i] + (infos[i].that ? 1 : 0);
      }
      for (let i = s.tokenEnd - 1, r = -1, v = -1; i >= s.tokenStart; i--) {
        repRight[i] = r;
        verbRight[i] = v;
        if (rep[i]) r = i;
        if (isVerb[i]) v = i;
      }
      let lastWord = s.tokenEnd - 1;
      while (lastWord > s.tokenStart && infos[lastWord].closing) lastWord--;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        offsets[i - base] = k;
        if (ids.length - k < 100) {
          const grown = new Int32Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        const w = W[i];
        const qi = q[i];
        const p0 = P[i];
        add(1);
        add(2, w);
        add(3, Wa(i - 1));
        add(4, Wa(i + 1));
        add(5, Wa(i - 2));
        add(6, Wa(i + 2));
        add(7, Wa(i - 1), w);
        add(8, w, Wa(i + 1));
        add(9, infos[i].suf);
        add(10, infos[i].shape);
        add(11, p0);
        add(12, Pa(i - 1));
        add(13, Pa(i + 1));
        add(14, Pa(i - 2));
        add(15, Pa(i + 2));
        add(16, Pa(i - 1), p0);
        add(17, p0, Pa(i + 1));
        add(18, Pa(i - 1), p0, Pa(i + 1));
        add(19, rep[i] | ((i > 0 ? rep[i - 1] : 0) << 1) | ((i + 1 < n ? rep[i + 1] : 0) << 2));
        add(20, qi);
        add(21, qi, p0);
        add(22, qi, w);
        add(23, distCode(markLeft[i]), qi);
        add(24, distCode(markRight[i]), qi);
        add(25, ctxPrev, ctxNext, sentRep[si] ? 1 : 0, qi);

        const j0 = i - s.tokenStart;
        const spos = j0 === 0 ? 1 : i === s.tokenEnd - 1 ? 2 : i === lastWord ? 3 : i > lastWord ? 4 : 5;
        add(26, spos, firstInPara);
        add(27, distCode(j0), distCode(s.tokenEnd - 1 - i));
        add(28, distCode(len));
        add(29, s.paragraph === 0 ? 1 : 0);

        // Nearest reporting word and verb on each side (same sentence); a comma / "that" between
        // the token and that reporting word (or the sentence edge when there is none).
        const rl = repLeft[i];
        const vl = verbLeft[i];
        const fromL = rl >= 0 ? rl + 1 : s.tokenStart;
        const commaL = punctBefore[i] > punctBefore[fromL] ? 1 : 0;
        const thatL = thatBefore[i] > thatBefore[fromL] ? 1 : 0;
        const rr = repRight[i];
        const vr = verbRight[i];
        const commaR = punctBefore[rr >= 0 ? rr : s.tokenEnd] > punctBefore[i + 1] ? 1 : 0;
        const dl = rl < 0 ? 0 : distCode(i - rl);
        const dr = rr < 0 ? 0 : distCode(rr - i);
        add(30, dl, commaL, thatL);
        add(31, dr, commaR);
        add(32, rl >= 0 ? 1 : 0, rr >= 0 ? 1 : 0, qi);
        add(33, rl < 0 ? NO_WORD : W[rl], rl >= 0 && i - rl <= 3 ? dl : 99);
        add(34, rr < 0 ? NO_WORD : W[rr], rr >= 0 && rr - i <= 3 ? dr : 99);
        add(35, rr >= 0 && rr - i <= 6 ? 1 : 0, w);
        add(36, dr, p0, commaR);
        add(37, dl, p0, qi);
        add(38, vl < 0 ? NO_WORD : W[vl], vl < 0 ? 0 : distCode(i - vl));
        add(39, vr < 0 ? NO_WORD : W[vr], vr < 0 ? 0 : distCode(vr - i));
        add(40, vl < 0 ? NO_WORD : W[vl]);
        add(41, vr < 0 ? NO_WORD : W[vr]);
        add(42, vl < 0 ? NO_WORD : W[vl], w);
        const nx = Ca(i + 1);
        const pv = Ca(i - 1);
        add(43, infos[i].lem);
        add(44, infos[i].lem, nx);
        add(45, nx, Ca(i + 2), p0);
        add(46, pv, p0);
        add(47, Wa(i - 1), w, Wa(i + 1));
        add(48, w, Pa(i + 1), Pa(i + 2));
        add(49, i > 0 && infos[i - 1].punct ? 1 : 0, i + 1 < n && infos[i + 1].punct ? 1 : 0, p0);

        // Cue lexicon.
        add(50, lexB[i]);
        add(51, lexI[i]);
        add(52, lexL[i]);
        add(53, lexB[i], qi);
        add(54, lexB[i], nx);
        add(55, lexB[i], pv);
        add(56, lexB[i], p0);
        add(57, lexL[i], p0, nx);
        add(58, lexL[i], dl, qi);
        add(59, lexI[i], LB(i - 1));
        add(60, lexI[i], p0, LI(i - 1));
        add(61, LB(i + 1), p0);
        add(62, LB(i + 1), w);
        let sl = -1;
        for (let j = i - 1; j >= s.tokenStart && j >= i - 6; j--) {
          if (strong[j]) {
            sl = i - j;
            break;
          }
        }
        let sr = -1;
        for (let j = i + 1; j < s.tokenEnd && j <= i + 3; j++) {
          if (strong[j]) {
            sr = j - i;
            break;
          }
        }
        add(63, sl, p0, lexI[i]);
        add(64, sl, w);
        add(65, sr, p0);
        add(66, sr, w);
        add(67, sl, sr, strong[i], qi);

        // The rule quotes' roles (`ruleRoles.ts`): the finders' candidates as evidence.
        if (role) {
          const r0 = role[i];
          add(68, r0);
          add(69, r0, w);
          add(70, r0, p0);
          add(71, r0, lexB[i]);
          add(72, R(i - 1), r0, R(i + 1));
          add(73, r0, qi, nx);
        }
      }
    }
    offsets[m] = k;
    return { ids: ids.slice(0, k), offsets };
  };
}
