/** Per-token label scores: the sum of each token's feature rows (`ids[offsets[i]..offsets[i+1])`). */
import { NUM_LABELS } from "./labels.js";

export function emissionScores(weights: ArrayLike<number>, f: { ids: Int32Array; offsets: Int32Array }, n: number): Float64Array {
  const L = NUM_LABELS;
  const em = new Float64Array(n * L);
  if (L === 7) {
    // The seven sums in locals: the same additions in the same order as the loop below (so the
    // same scores), without a store and a load of `em` per addition; the rows' loads (random
    // rows of a table of tens of MB, the model's main cost) no longer wait behind them.
    const { ids, offsets } = f;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
        const r = ids[k] * 7;
        s0 += weights[r];
        s1 += weights[r + 1];
        s2 += weights[r + 2];
        s3 += weights[r + 3];
        s4 += weights[r + 4];
        s5 += weights[r + 5];
        s6 += weights[r + 6];
      }
      const o = i * 7;
      em[o] = s0;
      em[o + 1] = s1;
      em[o + 2] = s2;
      em[o + 3] = s3;
      em[o + 4] = s4;
      em[o + 5] = s5;
      em[o + 6] = s6;
    }
    return em;
  }
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const r = f.ids[k] * L;
      for (let y = 0; y < L; y++) em[o + y] += weights[r + y];
    }
  }
  return em;
}
