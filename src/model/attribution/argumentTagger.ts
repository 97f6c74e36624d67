/**
 * The second stage: for one cue, tag its source and content (BIO) in a window of sentences
 * around it (`argumentFeatures.ts`), with constrained Viterbi. The cue's own tokens are fixed to
 * `B-cue I-cue*` and no other token may take a cue label. Trained as a structured averaged
 * perceptron over gold (cue → source, content) instances.
 */
import { mulberry32, shuffleInPlace } from "../ner/hash.js";
import { argumentFeatures, argumentWindow, tokenAtoms, type CueRange, type TokenAtoms } from "./argumentFeatures.js";
import { emissionScores } from "./emissionScores.js";
import { NUM_LABELS, labelOf } from "./labels.js";
import { viterbi } from "./viterbi.js";
import type { TokenizedDocument } from "./tokens.js";
import type { RuleView } from "./ruleRoles.js";
import type { PackedRows } from "./PackedRows.js";

const BLOCK = -1e9;
const B_CUE = labelOf("cue", false);
const I_CUE = labelOf("cue", true);

/** Masks emissions so the cue's tokens are `B-cue I-cue*` and no other token is a cue. */
function maskCue(em: Float64Array, from: number, to: number, cue: CueRange): void {
  const L = NUM_LABELS;
  for (let i = from; i < to; i++) {
    const o = (i - from) * L;
    const inCue = i >= cue.first && i <= cue.last;
    for (let y = 0; y < L; y++) {
      const want = inCue ? (i === cue.first ? B_CUE : I_CUE) : -1;
      if (inCue ? y !== want : y === B_CUE || y === I_CUE) em[o + y] = BLOCK;
    }
  }
}

/** Marks the tokens of `cues` other than `self` (1 = belongs to another cue). */
export function otherCueMask(n: number, cues: CueRange[], self: CueRange): Uint8Array {
  const m = new Uint8Array(n);
  for (const c of cues) if (c !== self) for (let i = c.first; i <= c.last; i++) m[i] = 1;
  return m;
}

/**
 * {@link otherCueMask} for each of many cues of one document, filled over a window only (the
 * tagger reads the mask inside the argument window): one count of cues per token, and one mask
 * reused, where a mask of the whole document per cue cost cues × tokens.
 */
export function otherCueMasks(n: number, cues: readonly CueRange[]): (self: CueRange, from: number, to: number) => Uint8Array {
  const cover = new Uint32Array(n);
  const times = new Map<CueRange, number>();
  for (const c of cues) {
    times.set(c, (times.get(c) ?? 0) + 1);
    for (let i = c.first; i <= c.last; i++) cover[i]++;
  }
  const mask = new Uint8Array(n);
  let filled: { from: number; to: number } | null = null;
  return (self, from, to) => {
    if (filled) mask.fill(0, filled.from, filled.to);
    const own = times.get(self) ?? 0;
    for (let i = from; i < to; i++) mask[i] = cover[i] - (i >= self.first && i <= self.last ? own : 0) > 0 ? 1 : 0;
    filled = { from, to };
    return mask;
  };
}

/** Tags the arguments of one cue; returns the window and its labels. */
export function tagArguments(
  stage: { table: PackedRows; transitions: ArrayLike<number> },
  bucketBits: number,
  doc: TokenizedDocument,
  atoms: TokenAtoms,
  cue: CueRange,
  otherCues: Uint8Array,
  rules?: RuleView,
  win: { from: number; to: number } = argumentWindow(doc, cue),
): { from: number; to: number; tags: Uint8Array } {
  const f = argumentFeatures(doc, atoms, cue, win, otherCues, bucketBits, rules);
  const m = win.to - win.from;
  const em = stage.table.scores(f, m);
  maskCue(em, win.from, win.to, cue);
  return { ...win, tags: viterbi(em, m, NUM_LABELS, stage.transitions) };
}

export interface ArgumentInstance {
  doc: number;
  cue: CueRange;
  /** Gold labels over the whole document for this cue's attribution only. */
  gold: Uint8Array;
}

export interface TrainArgumentsOptions {
  epochs?: number;
  seed?: number;
  bucketBits: number;
  /** Rule-quote roles per document (`ruleRoles.ts`), read as features when given. */
  rules?: RuleView[];
  onEpoch?: (epoch: number, stage: { weights: Float32Array; transitions: Float32Array }, stats: { errors: number; tokens: number }) => void;
}

/** Trains the argument tagger (structured averaged perceptron, seeded instance order). */
export function trainArgumentTagger(
  docs: TokenizedDocument[],
  instances: ArgumentInstance[],
  cuesByDoc: CueRange[][],
  options: TrainArgumentsOptions,
): { weights: Float32Array; transitions: Float32Array } {
  const L = NUM_LABELS;
  const size = (1 << options.bucketBits) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const T = (L + 1) * L;
  const t = new Float64Array(T);
  const tu = new Float64Array(T);
  let c = 1;
  const atoms = docs.map((d) => tokenAtoms(d));
  const prepared = instances.map((inst) => {
    const doc = docs[inst.doc];
    const win = argumentWindow(doc, inst.cue);
    const f = argumentFeatures(doc, atoms[inst.doc], inst.cue, win, otherCueMask(doc.tokens.length, cuesByDoc[inst.doc], inst.cue), options.bucketBits, options.rules?.[inst.doc]);
    return { win, f, gold: inst.gold.subarray(win.from, win.to), cue: inst.cue };
  });
  const order = prepared.map((_, i) => i);
  const rand = mulberry32(options.seed ?? 1);
  const averaged = () => {
    const weights = new Float32Array(size);
    for (let k = 0; k < size; k++) weights[k] = w[k] - u[k] / c;
    const transitions = new Float32Array(T);
    for (let k = 0; k < T; k++) transitions[k] = t[k] - tu[k] / c;
    return { weights, transitions };
  };
  const epochs = options.epochs ?? 8;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const ii of order) {
      const { win, f, gold, cue } = prepared[ii];
      const n = win.to - win.from;
      tokens += n;
      const em = emissionScores(w, f, n);
      maskCue(em, win.from, win.to, cue);
      const pred = viterbi(em, n, L, t);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
            const r = f.ids[k] * L;
            w[r + g] += 1;
            u[r + g] += c;
            w[r + p] -= 1;
            u[r + p] -= c;
          }
        }
        const gPrev = i === 0 ? L : gold[i - 1];
        const pPrev = i === 0 ? L : pred[i - 1];
        if (gPrev !== pPrev || g !== p) {
          t[gPrev * L + g] += 1;
          tu[gPrev * L + g] += c;
          t[pPrev * L + p] -= 1;
          tu[pPrev * L + p] -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged(), { errors, tokens });
  }
  return averaged();
}
