/**
 * First-order Viterbi decoding over label scores with hard BIO constraints
 * ({@link allowedTransition}). `emissions` is `n × L` (token-major), `transitions` is
 * `(L + 1) × L`: row `L` holds the start scores.
 */
import { allowedTransition } from "./labels.js";

/** Best label sequence. Ties go to the lower label index (deterministic). */
export function viterbi(emissions: Float64Array, n: number, labels: number, transitions: ArrayLike<number>): Uint8Array {
  const d = new ViterbiDecoder(n, labels, transitions);
  d.push(emissions, n);
  return d.finish();
}

/**
 * {@link viterbi} fed a block of tokens at a time: only the previous token's scores and the
 * back-pointers (one byte per token and label) are kept, so a long text's emission scores need
 * not exist all at once. The same additions in the same order: the same labels as one call.
 */
export class ViterbiDecoder {
  private readonly back: Int8Array;
  private prev: Float64Array;
  private cur: Float64Array;
  private i = 0;

  /** Per label `y`, the labels that may precede it, ascending (`allowedTransition`). */
  private readonly from: Uint8Array[];

  constructor(
    private readonly n: number,
    private readonly labels: number,
    private readonly transitions: ArrayLike<number>,
  ) {
    this.back = new Int8Array(n * labels);
    this.prev = new Float64Array(labels);
    this.cur = new Float64Array(labels);
    this.from = allowedFrom(labels);
  }

  /** The emission scores of the next `count` tokens (`count × L`, token-major). */
  push(emissions: Float64Array, count: number): void {
    const L = this.labels;
    const T = this.transitions;
    if (this.i + count > this.n) throw new Error("viterbi: more tokens than announced");
    for (let j = 0; j < count; j++, this.i++) {
      const i = this.i;
      const cur = this.cur;
      if (i === 0) {
        for (let y = 0; y < L; y++) cur[y] = allowedTransition(-1, y) ? emissions[y] + T[L * L + y] : -Infinity;
      } else {
        const prev = this.prev;
        for (let y = 0; y < L; y++) {
          let best = -Infinity;
          let arg = 0;
          // (only the labels that may precede y, in ascending order: the same ties as a scan of all)
          const xs = this.from[y];
          for (let k = 0; k < xs.length; k++) {
            const x = xs[k];
            const v = prev[x] + T[x * L + y];
            if (v > best) {
              best = v;
              arg = x;
            }
          }
          cur[y] = best + emissions[j * L + y];
          this.back[i * L + y] = arg;
        }
      }
      this.cur = this.prev;
      this.prev = cur;
    }
  }

  /** The best label sequence (after all `n` tokens were pushed). */
  finish(): Uint8Array {
    const { n, labels: L } = this;
    if (this.i !== n) throw new Error(`viterbi: ${this.i} of ${n} tokens pushed`);
    const out = new Uint8Array(n);
    if (n === 0) return out;
    let y = 0;
    let best = -Infinity;
    for (let k = 0; k < L; k++) {
      if (this.prev[k] > best) {
        best = this.prev[k];
        y = k;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = this.back[i * L + y];
    }
    return out;
  }
}

const ALLOWED_FROM = new Map<number, Uint8Array[]>();

/** Per label, the labels that may precede it (ascending), for `labels` labels. */
function allowedFrom(labels: number): Uint8Array[] {
  let out = ALLOWED_FROM.get(labels);
  if (!out) {
    out = [];
    for (let y = 0; y < labels; y++) {
      const xs: number[] = [];
      for (let x = 0; x < labels; x++) if (allowedTransition(x, y)) xs.push(x);
      out.push(Uint8Array.from(xs));
    }
    ALLOWED_FROM.set(labels, out);
  }
  return out;
}
