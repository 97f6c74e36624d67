/**
 * Training of the attribution tagger: a structured (Collins 2002) averaged perceptron. Each
 * document is decoded with the current weights (constrained Viterbi); where the best sequence
 * differs from gold, the gold token features/transitions are rewarded and the predicted ones
 * penalised. Weights are averaged over all steps (lazy trick: `w − u / c`). Document order is
 * shuffled each epoch with a seeded PRNG, so the same data, options and seed give the same model.
 */
import { mulberry32, shuffleInPlace } from "../ner/hash.js";
import { extractFeatures, DEFAULT_BUCKET_BITS, type DocumentFeatures } from "./features.js";
import { NUM_LABELS, O, ROLE_OF_LABEL } from "./labels.js";
import { viterbi } from "./viterbi.js";
import { emissionScores } from "./emissionScores.js";
import type { AttributionModelParts } from "./AttributionModel.js";
import type { TokenizedDocument } from "./tokens.js";

export interface TrainingDocument {
  doc: TokenizedDocument;
  /** Gold label per token (`goldTags`). */
  gold: Uint8Array;
}

export interface TrainAttributionOptions {
  /** Passes over the data. Default 8. */
  epochs?: number;
  /** PRNG seed for the document order. Default 1. */
  seed?: number;
  /** log2 of the number of feature buckets. Default {@link DEFAULT_BUCKET_BITS}. */
  bucketBits?: number;
  /**
   * What the tagger learns: all roles (`"all"`, default) or only the cues (`"cue"`: source and
   * content tokens count as `O`; the argument stage finds them).
   */
  target?: "all" | "cue";
  /**
   * Precomputed features per document (e.g. with cross-fold cue lexicons); default
   * `extractFeatures` without a lexicon.
   */
  features?: DocumentFeatures[];
  /** Called after each epoch with the averaged model so far (e.g. to score dev). */
  onEpoch?: (epoch: number, parts: AttributionModelParts, stats: { errors: number; tokens: number }) => void;
}

/** Keeps only the cue labels of a gold sequence. */
export function cueOnly(gold: Uint8Array): Uint8Array {
  return gold.map((y) => (ROLE_OF_LABEL[y] === "cue" ? y : O));
}

/** Trains the tagger; returns the averaged model after the last epoch. */
export function trainAttributionModel(data: TrainingDocument[], options: TrainAttributionOptions = {}): AttributionModelParts {
  const epochs = options.epochs ?? 8;
  const bucketBits = options.bucketBits ?? DEFAULT_BUCKET_BITS;
  const L = NUM_LABELS;
  const size = (1 << bucketBits) * L;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  const T = (L + 1) * L;
  const t = new Float64Array(T);
  const tu = new Float64Array(T);
  let c = 1;
  const feats: DocumentFeatures[] = options.features ?? data.map((d) => extractFeatures(d.doc, bucketBits));
  const golds = data.map((d) => (options.target === "cue" ? cueOnly(d.gold) : d.gold));
  const order = data.map((_, i) => i);
  const rand = mulberry32(options.seed ?? 1);

  const averaged = (): AttributionModelParts => {
    const weights = new Float32Array(size);
    for (let k = 0; k < size; k++) weights[k] = w[k] - u[k] / c;
    const transitions = new Float32Array(T);
    for (let k = 0; k < T; k++) transitions[k] = t[k] - tu[k] / c;
    return { bucketBits, weights, transitions };
  };

  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const { doc } = data[di];
      const gold = golds[di];
      const f = feats[di];
      const n = doc.tokens.length;
      tokens += n;
      if (n === 0) continue;
      const pred = viterbi(emissionScores(w, f, n), n, L, t);
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
