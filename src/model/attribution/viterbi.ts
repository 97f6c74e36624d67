/**
 * First-order Viterbi decoding over label scores with hard BIO constraints
 * ({@link allowedTransition}). `emissions` is `n × L` (token-major), `transitions` is
 * `(L + 1) × L`: row `L` holds the start scores.
 */
import { allowedTransition } from "./labels.js";

/** Best label sequence. Ties go to the lower label index (deterministic). */
export function viterbi(emissions: Float64Array, n: number, labels: number, transitions: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const L = labels;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = allowedTransition(-1, y) ? emissions[y] + transitions[L * L + y] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < L; x++) {
        if (!allowedTransition(x, y)) continue;
        const v = score[(i - 1) * L + x] + transitions[x * L + y];
        if (v > best) {
          best = v;
          arg = x;
        }
      }
      score[i * L + y] = best + emissions[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  let best = -Infinity;
  for (let k = 0; k < L; k++) {
    if (score[(n - 1) * L + k] > best) {
      best = score[(n - 1) * L + k];
      y = k;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y];
  }
  return out;
}
