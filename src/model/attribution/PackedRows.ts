/**
 * A hashed weight table (`2^bits` rows of `L` weights, row-major) kept with only the columns
 * (labels) some row uses. The bundled attribution model's stages each leave two of their seven
 * labels without a weight (the first stage tags cues, so its inside-source and inside-content
 * columns are zero; the argument stage never scores a cue label): five columns a row, 20 bytes
 * instead of 28, so 21 MB a table instead of 29, and scoring adds five numbers a feature, not seven.
 *
 * (Keeping only the non-zero rows behind a bitmap with rank counts took the tables to 20 MB
 * together, but each feature then read the bitmap and the rank and counted bits before its row: on
 * the bench corpus the pipeline was no faster, the rows a text touches being few enough to stay
 * in the processor's cache.)
 *
 * Scores are the same as the full table's, bit for bit: the same weights are added in the same
 * order, and the columns left out hold only zeros.
 *
 * ```ts
 * const t = PackedRows.fromTable(weights, 7);
 * t.scores({ ids, offsets }, n); // == emissionScores(weights, { ids, offsets }, n)
 * ```
 */
export class PackedRows {
  /** Number of buckets (rows of the full table). */
  readonly buckets: number;
  /** Weights per row of the full table. */
  readonly width: number;
  /** The columns with a non-zero weight in some row, ascending: what a row keeps. */
  readonly columns: Uint8Array;
  /** Every bucket's row, `buckets × columns.length`. */
  private readonly rows: Float32Array;

  private constructor(buckets: number, width: number, columns: Uint8Array, rows: Float32Array) {
    this.buckets = buckets;
    this.width = width;
    this.columns = columns;
    this.rows = rows;
  }

  /** Packs a full table of `buckets × width` weights. */
  static fromTable(weights: ArrayLike<number>, width: number): PackedRows {
    const buckets = Math.floor(weights.length / width);
    const columns = activeColumns(width, buckets, (r, y) => weights[r * width + y]);
    const A = columns.length;
    const rows = new Float32Array(buckets * A);
    for (let r = 0; r < buckets; r++) for (let j = 0; j < A; j++) rows[r * A + j] = weights[r * width + columns[j]];
    return new PackedRows(buckets, width, columns, rows);
  }

  /**
   * From the rows a model file stores (`rowIndex` ascending: the buckets with a non-zero weight,
   * `rowWeights` their weights, row-major).
   */
  static fromRows(buckets: number, width: number, rowIndex: ArrayLike<number>, rowWeights: ArrayLike<number>): PackedRows {
    let last = -1;
    for (let k = 0; k < rowIndex.length; k++) {
      if (rowIndex[k] <= last || rowIndex[k] >= buckets) throw new Error("packed rows: row indices must ascend within the table");
      last = rowIndex[k];
    }
    const columns = activeColumns(width, rowIndex.length, (k, y) => rowWeights[k * width + y]);
    const A = columns.length;
    const rows = new Float32Array(buckets * A);
    for (let k = 0; k < rowIndex.length; k++) {
      const r = rowIndex[k];
      for (let j = 0; j < A; j++) rows[r * A + j] = rowWeights[k * width + columns[j]];
    }
    return new PackedRows(buckets, width, columns, rows);
  }

  /** The full table (`buckets × width`, zeros included). */
  expand(): Float32Array {
    const W = this.width;
    const C = this.columns;
    const A = C.length;
    const out = new Float32Array(this.buckets * W);
    for (let r = 0; r < this.buckets; r++) for (let j = 0; j < A; j++) out[r * W + C[j]] = this.rows[r * A + j];
    return out;
  }

  /** Per-token sums of the feature rows `ids[offsets[i]..offsets[i+1])` (`n × width`). */
  scores(f: { ids: Int32Array; offsets: Int32Array }, n: number): Float64Array {
    const W = this.width;
    const em = new Float64Array(n * W);
    const { ids, offsets } = f;
    const { rows, columns } = this;
    const A = columns.length;
    if (A === 5) {
      // (five sums in locals, as `emissionScores` keeps its seven: the same additions in the same
      // order; the zero columns stay 0)
      const c0 = columns[0], c1 = columns[1], c2 = columns[2], c3 = columns[3], c4 = columns[4];
      for (let i = 0; i < n; i++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
          const r = ids[k] * 5;
          s0 += rows[r];
          s1 += rows[r + 1];
          s2 += rows[r + 2];
          s3 += rows[r + 3];
          s4 += rows[r + 4];
        }
        const o = i * W;
        em[o + c0] = s0;
        em[o + c1] = s1;
        em[o + c2] = s2;
        em[o + c3] = s3;
        em[o + c4] = s4;
      }
      return em;
    }
    for (let i = 0; i < n; i++) {
      const o = i * W;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = ids[k] * A;
        for (let j = 0; j < A; j++) em[o + columns[j]] += rows[r + j];
      }
    }
    return em;
  }
}

/** The columns of a `count × width` table with a non-zero value in some row. */
function activeColumns(width: number, count: number, at: (row: number, column: number) => number): Uint8Array {
  const on: number[] = [];
  for (let y = 0; y < width; y++) {
    for (let r = 0; r < count; r++) {
      if (at(r, y) !== 0) {
        on.push(y);
        break;
      }
    }
  }
  return Uint8Array.from(on);
}
