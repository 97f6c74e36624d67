/** Per-token label scores: the sum of each token's feature rows (`ids[offsets[i]..offsets[i+1])`). */
import { NUM_LABELS } from "./labels.js";

export function emissionScores(weights: ArrayLike<number>, f: { ids: Int32Array; offsets: Int32Array }, n: number): Float64Array {
  const L = NUM_LABELS;
  const em = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
      const r = f.ids[k] * L;
      for (let y = 0; y < L; y++) em[o + y] += weights[r + y];
    }
  }
  return em;
}
