/**
 * A hashed weight table (`2^bits` rows of `L` weights, row-major) kept as its non-zero rows only,
 * found through a bitmap with rank counts. The attribution model's two tables are 29 MB each, three
 * rows in four zero (features never seen in training), and scoring reads random rows of them: a
 * cache miss to memory per feature, most of the model's time. Packed, both stages' rows take about
 * 20 MB (they fit in the processor's last-level cache beside the rest of the pipeline) and a
 * feature whose row is zero costs one look at a 128 KB bitmap.
 *
 * Scores are the same as the full table's, bit for bit: the same non-zero rows are added in the
 * same order (adding a zero row changes no sum).
 *
 * ```ts
 * const t = PackedRows.fromTable(weights, 7);
 * t.scores({ ids, offsets }, n); // == emissionScores(weights, { ids, offsets }, n)
 * ```
 */
export class PackedRows {
  /** Number of buckets (rows of the full table). */
  readonly buckets: number;
  /** Weights per row. */
  readonly width: number;
  /** Non-zero rows. */
  readonly count: number;
  /** One bit per bucket: whether its row is non-zero. */
  private readonly bits: Uint32Array;
  /** Non-zero rows before each 32-bucket word of `bits`. */
  private readonly rank: Uint32Array;
  /**
   * The columns (labels) with a non-zero weight in some row, ascending: a row keeps only these
   * (the first stage tags cues, so its inside-source and inside-content columns are all zero; the
   * argument stage's cue columns are).
   */
  readonly columns: Uint8Array;
  /** The non-zero rows in bucket order, `count × columns.length`. */
  private readonly rows: Float32Array;

  private constructor(buckets: number, width: number, bits: Uint32Array, columns: Uint8Array, rows: Float32Array) {
    this.buckets = buckets;
    this.width = width;
    this.bits = bits;
    this.columns = columns;
    this.rows = rows;
    this.rank = new Uint32Array(bits.length);
    let c = 0;
    for (let k = 0; k < bits.length; k++) {
      this.rank[k] = c;
      c += popcount(bits[k]);
    }
    this.count = c;
    if (c * columns.length !== rows.length) throw new Error("packed rows: row count differs from the bitmap");
  }

  /** Packs a full table of `buckets × width` weights. */
  static fromTable(weights: ArrayLike<number>, width: number): PackedRows {
    const buckets = Math.floor(weights.length / width);
    const bits = new Uint32Array(Math.ceil(buckets / 32));
    let count = 0;
    for (let r = 0; r < buckets; r++) {
      for (let y = 0; y < width; y++) {
        if (weights[r * width + y] !== 0) {
          bits[r >>> 5] |= 1 << (r & 31);
          count++;
          break;
        }
      }
    }
    const columns = activeColumns(width, buckets, (r, y) => weights[r * width + y]);
    const A = columns.length;
    const rows = new Float32Array(count * A);
    for (let r = 0, k = 0; r < buckets; r++) {
      if (bits[r >>> 5] & (1 << (r & 31))) {
        for (let j = 0; j < A; j++) rows[k * A + j] = weights[r * width + columns[j]];
        k++;
      }
    }
    return new PackedRows(buckets, width, bits, columns, rows);
  }

  /**
   * From the rows a model file stores (`rowIndex` ascending, `rowWeights` their weights,
   * row-major); rows that are all zero are dropped.
   */
  static fromRows(buckets: number, width: number, rowIndex: ArrayLike<number>, rowWeights: ArrayLike<number>): PackedRows {
    const bits = new Uint32Array(Math.ceil(buckets / 32));
    const keep: number[] = [];
    let last = -1;
    for (let k = 0; k < rowIndex.length; k++) {
      const r = rowIndex[k];
      if (r <= last || r >= buckets) throw new Error("packed rows: row indices must ascend within the table");
      last = r;
      let nz = false;
      for (let y = 0; y < width && !nz; y++) nz = rowWeights[k * width + y] !== 0;
      if (!nz) continue;
      bits[r >>> 5] |= 1 << (r & 31);
      keep.push(k);
    }
    const columns = activeColumns(width, rowIndex.length, (k, y) => rowWeights[k * width + y]);
    const A = columns.length;
    const rows = new Float32Array(keep.length * A);
    keep.forEach((k, i) => {
      for (let j = 0; j < A; j++) rows[i * A + j] = rowWeights[k * width + columns[j]];
    });
    return new PackedRows(buckets, width, bits, columns, rows);
  }

  /** The full table (`buckets × width`, zeros included). */
  expand(): Float32Array {
    const W = this.width;
    const C = this.columns;
    const A = C.length;
    const out = new Float32Array(this.buckets * W);
    for (let r = 0, k = 0; r < this.buckets; r++) {
      if (this.bits[r >>> 5] & (1 << (r & 31))) {
        for (let j = 0; j < A; j++) out[r * W + C[j]] = this.rows[k * A + j];
        k++;
      }
    }
    return out;
  }

  /** Per-token sums of the feature rows `ids[offsets[i]..offsets[i+1])` (`n × width`). */
  scores(f: { ids: Int32Array; offsets: Int32Array }, n: number): Float64Array {
    const W = this.width;
    const em = new Float64Array(n * W);
    const { ids, offsets } = f;
    const { bits, rank, rows, columns } = this;
    const A = columns.length;
    if (A === 5) {
      // (five sums in locals, as `emissionScores` keeps its seven: the same additions in the same
      // order; the zero columns stay 0)
      const c0 = columns[0], c1 = columns[1], c2 = columns[2], c3 = columns[3], c4 = columns[4];
      for (let i = 0; i < n; i++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) {
          const b = ids[k];
          const word = bits[b >>> 5];
          const bit = 1 << (b & 31);
          if ((word & bit) === 0) continue;
          const r = (rank[b >>> 5] + popcount(word & (bit - 1))) * 5;
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
        const b = ids[k];
        const word = bits[b >>> 5];
        const bit = 1 << (b & 31);
        if ((word & bit) === 0) continue;
        const r = (rank[b >>> 5] + popcount(word & (bit - 1))) * A;
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

/** Set bits of a 32-bit word. */
function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
