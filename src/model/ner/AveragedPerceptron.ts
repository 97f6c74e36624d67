/**
 * Multi-class averaged perceptron over hashed features (Collins 2002; Freund & Schapire 1999).
 * Each feature key `(lo, hi)` owns a row of one weight per label; rows are created on the first
 * update that touches the feature, so features that never matter cost nothing. Averaging uses the
 * usual lazy trick: on an update at step `c` we add `delta` to `w` and `c·delta` to `u`; the
 * averaged weights are `w − u / c`.
 */
import { FeatureTable } from "./FeatureTable.js";

export class AveragedPerceptron {
  /** Feature key → row. */
  readonly table = new FeatureTable(1 << 18);
  /** Current weights, `rows × labels`. */
  w: Float64Array;
  private u: Float64Array;
  /** Step counter (one step per token). */
  c = 1;

  constructor(readonly labels: number) {
    this.w = new Float64Array(labels * (1 << 16));
    this.u = new Float64Array(labels * (1 << 16));
  }

  /** Row of a feature, or -1 when it was never updated. */
  row(lo: number, hi: number): number {
    return this.table.get(lo, hi);
  }

  /** Adds `delta` to the weight of (feature, label). */
  update(lo: number, hi: number, label: number, delta: number): void {
    const r = this.table.add(lo, hi);
    const need = (r + 1) * this.labels;
    if (need > this.w.length) {
      let len = this.w.length;
      while (len < need) len *= 2;
      const w = new Float64Array(len);
      w.set(this.w);
      const u = new Float64Array(len);
      u.set(this.u);
      this.w = w;
      this.u = u;
    }
    const p = r * this.labels + label;
    this.w[p] += delta;
    this.u[p] += this.c * delta;
  }

  /** Advances the step counter (call once per training token). */
  tick(): void {
    this.c++;
  }

  /** Averaged weights, `rows × labels`, as Float32. */
  averaged(): Float32Array {
    const n = this.table.size * this.labels;
    const out = new Float32Array(n);
    const c = this.c;
    for (let i = 0; i < n; i++) out[i] = this.w[i] - this.u[i] / c;
    return out;
  }
}
