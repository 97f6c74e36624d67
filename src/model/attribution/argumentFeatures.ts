/**
 * Features of the second stage, the **argument tagger**: given one cue, tag its source and content
 * in a window of sentences around it. Every feature of token `i` is conditioned on its relation to
 * the cue: direction (before/after), sentence offset, token distance bucket, and what lies between
 * (comma, colon, quotation mark, paragraph break, another cue, `that`), crossed with the token's
 * word, POS, quotation state and the cue's own words. Features are mixed from precomputed 32-bit
 * atoms (no strings per pair), then hashed into buckets. When the quote rules ran, each token also
 * says whether it is the content or source of the rule quote that has this very cue, or of another
 * rule quote (`ruleRoles.ts`).
 */
import { hashString } from "../ner/hash.js";
import { quoteState, wordHashes } from "./features.js";
import type { TokenizedDocument } from "./tokens.js";
import { RULE_CUE_B, RULE_CUE_I, type RuleView } from "./ruleRoles.js";

/** Bumped whenever the argument features change (2: the rule quotes' roles). */
export const ARGUMENT_FEATURE_VERSION = 2;

/** Per-token atoms of a document, computed once and shared by every cue. */
export interface TokenAtoms {
  word: Int32Array;
  prevWord: Int32Array;
  nextWord: Int32Array;
  pos: Int32Array;
  prevPos: Int32Array;
  nextPos: Int32Array;
  shape: Int32Array;
  /** 0 outside quotes, 1 inside, 2 opening mark, 3 closing mark. */
  quote: Int8Array;
  /** 0 mid, 1 first of sentence, 2 last word before final punctuation, 3 final punctuation. */
  spos: Int8Array;
  /** Prefix counts (length n+1): commas, colons, quote marks, `that`. */
  commas: Int32Array;
  colons: Int32Array;
  marks: Int32Array;
  thats: Int32Array;
}

/** A token range `[first, last]` (inclusive) of a cue. */
export interface CueRange {
  first: number;
  last: number;
}

const h = (s: string) => hashString(s) | 0;
const START = h("<s>");
const END = h("</s>");

/** Computes the per-token atoms of a document. */
export function tokenAtoms(doc: TokenizedDocument): TokenAtoms {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  const hashes = tokens.map((t) => wordHashes(t.text));
  const words = hashes.map((x) => x.normalised);
  const { inside, mark } = quoteState(doc);
  const a: TokenAtoms = {
    word: new Int32Array(n),
    prevWord: new Int32Array(n),
    nextWord: new Int32Array(n),
    pos: new Int32Array(n),
    prevPos: new Int32Array(n),
    nextPos: new Int32Array(n),
    shape: new Int32Array(n),
    quote: new Int8Array(n),
    spos: new Int8Array(n),
    commas: new Int32Array(n + 1),
    colons: new Int32Array(n + 1),
    marks: new Int32Array(n + 1),
    thats: new Int32Array(n + 1),
  };
  for (let i = 0; i < n; i++) {
    a.word[i] = hashes[i].word;
    a.prevWord[i] = i > 0 ? hashes[i - 1].word : START;
    a.nextWord[i] = i + 1 < n ? hashes[i + 1].word : END;
    a.pos[i] = h(tokens[i].pos);
    a.prevPos[i] = h(i > 0 ? tokens[i - 1].pos : "<s>");
    a.nextPos[i] = h(i + 1 < n ? tokens[i + 1].pos : "</s>");
    a.shape[i] = hashes[i].shape;
    a.quote[i] = inside[i] ? 1 : mark[i] === "open" ? 2 : mark[i] === "close" ? 3 : 0;
    a.commas[i + 1] = a.commas[i] + (words[i] === "," ? 1 : 0);
    a.colons[i + 1] = a.colons[i] + (words[i] === ":" || words[i] === ";" ? 1 : 0);
    a.marks[i + 1] = a.marks[i] + (mark[i] ? 1 : 0);
    a.thats[i + 1] = a.thats[i] + (words[i] === "that" ? 1 : 0);
  }
  for (const s of sentences) {
    let lastWord = s.tokenEnd - 1;
    while (lastWord > s.tokenStart && /^[.!?"”’')\]]+$/.test(tokens[lastWord].text)) lastWord--;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      a.spos[i] = i === s.tokenStart ? 1 : i === lastWord ? 2 : i > lastWord ? 3 : 0;
    }
  }
  return a;
}

/** The sentence window `[firstToken, endToken)` a cue's arguments are looked for in. */
export function argumentWindow(doc: TokenizedDocument, cue: CueRange, before = 2, after = 3): { from: number; to: number } {
  const s = doc.tokens[cue.first].sentence;
  const s0 = Math.max(0, s - before);
  const s1 = Math.min(doc.sentences.length - 1, s + after);
  return { from: doc.sentences[s0].tokenStart, to: doc.sentences[s1].tokenEnd };
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

// Local copies of MurmurHash3's mixing round and finaliser (as in `features.ts`: an imported
// binding may be read through a getter where the module is transpiled, in the hottest loop).
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

function feat(mask: number, t: number, a: number, b: number, c: number): number {
  return fmix(mixIn(mixIn(mixIn(mixIn(0x2545f491, t), a), b), c)) & mask;
}

/**
 * Features of every token in `[from, to)` relative to `cue`; `otherCues` marks tokens belonging
 * to other cues (so "another cue lies between" can be seen). Returns flat ids + offsets (window
 * relative).
 */
export function argumentFeatures(
  doc: TokenizedDocument,
  atoms: TokenAtoms,
  cue: CueRange,
  window: { from: number; to: number },
  otherCues: Uint8Array,
  bucketBits: number,
  rules?: RuleView,
): { ids: Int32Array; offsets: Int32Array } {
  const mask = (1 << bucketBits) - 1;
  const { tokens } = doc;
  const m = window.to - window.from;
  const ids = new Int32Array(m * (rules ? 29 : 24));
  // the rule quote that has this cue (its cue tokens overlap the cue), if any
  let own = -1;
  if (rules) {
    for (let i = cue.first; i <= cue.last && own < 0; i++) if (rules.role[i] === RULE_CUE_B || rules.role[i] === RULE_CUE_I) own = rules.owner[i];
  }
  const hasRule = own >= 0 ? 1 : 0;
  const offsets = new Int32Array(m + 1);
  let k = 0;
  const cueSent = tokens[cue.first].sentence;
  const cuePara = tokens[cue.first].paragraph;
  const cw = atoms.word[cue.first];
  const cl = atoms.word[cue.last];
  const cueLen = Math.min(cue.last - cue.first + 1, 4);
  // prefix count of other-cue tokens in the window
  const oc = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) oc[j + 1] = oc[j] + otherCues[window.from + j];
  for (let j = 0; j < m; j++) {
    const i = window.from + j;
    offsets[j] = k;
    if (i >= cue.first && i <= cue.last) continue; // the cue itself: fixed labels
    const after = i > cue.last;
    const lo = after ? cue.last + 1 : i + 1;
    const hi = after ? i : cue.first; // tokens strictly between: [lo, hi)
    const dist = after ? i - cue.last : cue.first - i;
    const dir = after ? 1 : 0;
    const sd = Math.max(-2, Math.min(3, tokens[i].sentence - cueSent)) + 2;
    const db = bucket(dist);
    const btw =
      (atoms.commas[hi] - atoms.commas[lo] > 0 ? 1 : 0) |
      (atoms.colons[hi] - atoms.colons[lo] > 0 ? 2 : 0) |
      (atoms.marks[hi] - atoms.marks[lo] > 0 ? 4 : 0) |
      (tokens[i].paragraph !== cuePara ? 8 : 0) |
      (oc[hi - window.from] - oc[lo - window.from] > 0 ? 16 : 0) |
      (atoms.thats[hi] - atoms.thats[lo] > 0 ? 32 : 0);
    const rel = (dir << 8) | (sd << 4) | db; // direction, sentence offset, distance
    const rs = (dir << 8) | (sd << 4); // direction, sentence offset
    const q = atoms.quote[i];
    const sp = atoms.spos[i];
    const w = atoms.word[i];
    const p = atoms.pos[i];
    ids[k++] = feat(mask, 1, rel, 0, 0);
    ids[k++] = feat(mask, 2, rs, btw, 0);
    ids[k++] = feat(mask, 3, rel, btw, 0);
    ids[k++] = feat(mask, 4, w, rs, 0);
    ids[k++] = feat(mask, 5, p, rel, 0);
    ids[k++] = feat(mask, 6, atoms.prevPos[i], p, rs);
    ids[k++] = feat(mask, 7, p, atoms.nextPos[i], rs);
    ids[k++] = feat(mask, 8, atoms.prevWord[i], rs, 0);
    ids[k++] = feat(mask, 9, atoms.nextWord[i], rs, 0);
    ids[k++] = feat(mask, 10, q, rs, btw & 4);
    ids[k++] = feat(mask, 11, q, btw, dir);
    ids[k++] = feat(mask, 12, cw, rs, 0);
    ids[k++] = feat(mask, 13, cw, p, dir);
    ids[k++] = feat(mask, 14, cw, db, dir);
    ids[k++] = feat(mask, 15, atoms.shape[i], rs, 0);
    ids[k++] = feat(mask, 16, w, db <= 2 ? db : 9, dir);
    ids[k++] = feat(mask, 17, sp, rs, q);
    ids[k++] = feat(mask, 18, p, btw, dir);
    ids[k++] = feat(mask, 19, w, q, 0);
    ids[k++] = feat(mask, 20, (rs << 8) | (q << 6) | btw, 0, 0);
    ids[k++] = feat(mask, 21, cw, q, dir);
    ids[k++] = feat(mask, 22, cl, atoms.nextWord[cue.last], rel);
    ids[k++] = feat(mask, 23, cueLen, rel, sp);
    ids[k++] = feat(mask, 24, p, q, rs);
    if (rules) {
      // role in a rule quote (0 none, 1–4 cue start / cue / content / source), + 5 when that
      // quote is the one with this cue
      const rr = rules.role[i] + (own >= 0 && rules.owner[i] === own ? 5 : 0);
      ids[k++] = feat(mask, 25, rr, rel, hasRule);
      ids[k++] = feat(mask, 26, rr, p, dir);
      ids[k++] = feat(mask, 27, rr, q, rs);
      ids[k++] = feat(mask, 28, rr, btw, dir);
      ids[k++] = feat(mask, 29, rr, sp, rules.role[i - 1] ?? 0);
    }
  }
  offsets[m] = k;
  return { ids: ids.subarray(0, k), offsets };
}
