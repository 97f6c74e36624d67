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
 * `extractFeatures` returns, per token, a list of bucket indices (flat array + offsets).
 */
import { hashString } from "../ner/hash.js";
import { MODEL_REPORTING_FORMS } from "./reportingForms.js";
import type { TokenizedDocument } from "./tokens.js";
import { lemmaKey, lexiconBucket, type CueLexicon } from "./cueLexicon.js";

/** Bumped whenever the feature set changes (a model file records the version it was trained with). */
export const FEATURE_VERSION = 3;

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

/** Whether a start-rate bucket is a strong cue word (starts a gold cue at least 25 % of the time). */
function strongStart(bucket: string): boolean {
  return bucket.startsWith("r3") || bucket.startsWith("r4") || bucket.startsWith("r5");
}

/**
 * Computes the hashed features of every token of a document. Without a `lexicon` the cue-lexicon
 * features all read `none` (a model is always run with the lexicon it was trained with).
 */
export function extractFeatures(doc: TokenizedDocument, bucketBits = DEFAULT_BUCKET_BITS, lexicon?: CueLexicon): DocumentFeatures {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  const mask = (1 << bucketBits) - 1;
  const words = tokens.map((t) => normWord(t.text));
  const pos = tokens.map((t) => t.pos);
  const rep = words.map((w) => REPORTING.has(w));
  const { inside, mark } = quoteState(doc);
  const isVerb = pos.map((p) => p === "VERB");
  const lexB = words.map((w) => lexiconBucket(lexicon, w, "b"));
  const lexI = words.map((w) => lexiconBucket(lexicon, w, "i"));
  const lexLem = words.map((w) => lexiconBucket(lexicon, lemmaKey(w), "b"));
  const strong = lexB.map((b, k) => strongStart(b) || strongStart(lexLem[k]));
  const LB = (k: number) => (k < 0 || k >= n ? "edge" : lexB[k]);
  const LI = (k: number) => (k < 0 || k >= n ? "edge" : lexI[k]);

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

  const ids: number[] = [];
  const offsets = new Int32Array(n + 1);
  const add = (key: string) => {
    ids.push(hashString(key) & mask);
  };
  const W = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : words[i]);
  const P = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : pos[i]);

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const prevSame = si > 0 && sentences[si - 1].paragraph === s.paragraph;
    const nextSame = si + 1 < sentences.length && sentences[si + 1].paragraph === s.paragraph;
    const ctxPrev = prevSame ? `${sentRep[si - 1] ? "R" : "-"}${sentQuote[si - 1] ? "Q" : "-"}` : "none";
    const ctxNext = nextSame ? `${sentRep[si + 1] ? "R" : "-"}${sentQuote[si + 1] ? "Q" : "-"}` : "none";
    const firstInPara = !prevSame;
    const len = s.tokenEnd - s.tokenStart;
    let lastWord = s.tokenEnd - 1;
    while (lastWord > s.tokenStart && /^[.!?"”’')\]]+$/.test(tokens[lastWord].text)) lastWord--;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      offsets[i] = ids.length;
      const w = words[i];
      const q = inside[i] ? "in" : mark[i] ? mark[i] : "out";
      add("b");
      add(`w0=${w}`);
      add(`w-1=${W(i - 1)}`);
      add(`w+1=${W(i + 1)}`);
      add(`w-2=${W(i - 2)}`);
      add(`w+2=${W(i + 2)}`);
      add(`w-1w0=${W(i - 1)}|${w}`);
      add(`w0w+1=${w}|${W(i + 1)}`);
      add(`suf=${w.slice(-3)}`);
      add(`shape=${wordShape(tokens[i].text)}`);
      add(`p0=${P(i)}`);
      add(`p-1=${P(i - 1)}`);
      add(`p+1=${P(i + 1)}`);
      add(`p-2=${P(i - 2)}`);
      add(`p+2=${P(i + 2)}`);
      add(`p-1p0=${P(i - 1)}|${P(i)}`);
      add(`p0p+1=${P(i)}|${P(i + 1)}`);
      add(`p-1p0p+1=${P(i - 1)}|${P(i)}|${P(i + 1)}`);
      add(`rep=${rep[i]}|${rep[i - 1] ?? false}|${rep[i + 1] ?? false}`);
      add(`q=${q}`);
      add(`q|p0=${q}|${P(i)}`);
      add(`q|w0=${q}|${w}`);
      add(`qL=${distBucket(markLeft[i])}|${q}`);
      add(`qR=${distBucket(markRight[i])}|${q}`);
      add(`sctx=${ctxPrev}|${ctxNext}|${sentRep[si] ? "R" : "-"}|${q}`);

      const k = i - s.tokenStart;
      add(`spos=${k === 0 ? "first" : i === s.tokenEnd - 1 ? "last" : i === lastWord ? "lastword" : i > lastWord ? "tail" : "mid"}|${firstInPara}`);
      add(`sposb=${distBucket(k)}|${distBucket(s.tokenEnd - 1 - i)}`);
      add(`len=${distBucket(len)}`);
      add(`head=${s.paragraph === 0}`);

      // Nearest reporting word and verb on each side (same sentence).
      let rl = -1;
      let vl = -1;
      let commaL = false;
      let thatL = false;
      for (let j = i - 1; j >= s.tokenStart; j--) {
        if (rl < 0 && rep[j]) rl = j;
        if (vl < 0 && isVerb[j]) vl = j;
        if (rl < 0 && (words[j] === "," || words[j] === ":")) commaL = true;
        if (rl < 0 && words[j] === "that") thatL = true;
        if (rl >= 0 && vl >= 0) break;
      }
      let rr = -1;
      let vr = -1;
      let commaR = false;
      for (let j = i + 1; j < s.tokenEnd; j++) {
        if (rr < 0 && rep[j]) rr = j;
        if (vr < 0 && isVerb[j]) vr = j;
        if (rr < 0 && (words[j] === "," || words[j] === ":")) commaR = true;
        if (rr >= 0 && vr >= 0) break;
      }
      const dl = rl < 0 ? "none" : distBucket(i - rl);
      const dr = rr < 0 ? "none" : distBucket(rr - i);
      add(`repL=${dl}|${commaL}|${thatL}`);
      add(`repR=${dr}|${commaR}`);
      add(`repLR=${rl >= 0}|${rr >= 0}|${q}`);
      add(`repLw=${rl < 0 ? "-" : words[rl]}|${rl >= 0 && i - rl <= 3 ? dl : "far"}`);
      add(`repRw=${rr < 0 ? "-" : words[rr]}|${rr >= 0 && rr - i <= 3 ? dr : "far"}`);
      add(`repR|w0=${rr >= 0 && rr - i <= 6}|${w}`);
      add(`repR|p0=${dr}|${P(i)}|${commaR}`);
      add(`repL|p0=${dl}|${P(i)}|${q}`);
      add(`vL=${vl < 0 ? "-" : words[vl]}|${vl < 0 ? "none" : distBucket(i - vl)}`);
      add(`vR=${vr < 0 ? "-" : words[vr]}|${vr < 0 ? "none" : distBucket(vr - i)}`);
      add(`vLw=${vl < 0 ? "-" : words[vl]}`);
      add(`vRw=${vr < 0 ? "-" : words[vr]}`);
      add(`vLR|w0=${vl < 0 ? "-" : words[vl]}|${w}`);
      add(`lem=${crudeLemma(w)}`);
      add(`lem|nx=${crudeLemma(w)}|${tokenClass(words[i + 1], pos[i + 1])}`);
      add(`nx2=${tokenClass(words[i + 1], pos[i + 1])}|${tokenClass(words[i + 2], pos[i + 2])}|${P(i)}`);
      add(`pv=${tokenClass(words[i - 1], pos[i - 1])}|${P(i)}`);
      add(`w3=${W(i - 1)}|${w}|${W(i + 1)}`);
      add(`w0p+1p+2=${w}|${P(i + 1)}|${P(i + 2)}`);
      add(`pu=${W(i - 1) === "," || W(i - 1) === ":"}|${W(i + 1) === "," || W(i + 1) === ":"}|${P(i)}`);

      // Cue lexicon.
      const nx = tokenClass(words[i + 1], pos[i + 1]);
      const pv = tokenClass(words[i - 1], pos[i - 1]);
      add(`lxB=${lexB[i]}`);
      add(`lxI=${lexI[i]}`);
      add(`lxL=${lexLem[i]}`);
      add(`lxB|q=${lexB[i]}|${q}`);
      add(`lxB|nx=${lexB[i]}|${nx}`);
      add(`lxB|pv=${lexB[i]}|${pv}`);
      add(`lxB|p0=${lexB[i]}|${P(i)}`);
      add(`lxL|p0|nx=${lexLem[i]}|${P(i)}|${nx}`);
      add(`lxL|repL=${lexLem[i]}|${dl}|${q}`);
      add(`lxI|lxB-1=${lexI[i]}|${LB(i - 1)}`);
      add(`lxI|p0|lxI-1=${lexI[i]}|${P(i)}|${LI(i - 1)}`);
      add(`lxB+1|p0=${LB(i + 1)}|${P(i)}`);
      add(`lxB+1|w0=${LB(i + 1)}|${w}`);
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
      add(`cueL=${sl}|${P(i)}|${lexI[i]}`);
      add(`cueL|w0=${sl}|${w}`);
      add(`cueR=${sr}|${P(i)}`);
      add(`cueR|w0=${sr}|${w}`);
      add(`cueLR=${sl}|${sr}|${strong[i]}|${q}`);

    }
  }
  offsets[n] = ids.length;
  return { ids: Int32Array.from(ids), offsets };
}
