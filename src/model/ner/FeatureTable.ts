/**
 * Open-addressing hash table from a 64-bit feature key `(lo, hi)` to a dense feature index
 * `0, 1, 2, …` (insertion order). Linear probing; each slot keeps `lo`, `hi` and the index side
 * by side in one typed array (one cache line per probe), so lookups allocate nothing.
 */
export class FeatureTable {
  /** Slots of three int32: lo, hi, index + 1 (0 = empty). */
  private slots: Int32Array;
  private mask: number;
  /** Number of keys stored; the next new key gets this index. */
  size = 0;

  constructor(initialCapacity = 1 << 16) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  /** Index of the key, or -1. */
  get(lo: number, hi: number): number {
    const slots = this.slots;
    const mask = this.mask;
    lo |= 0;
    hi |= 0;
    let p = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      const q = p * 3;
      const v = slots[q + 2];
      if (v === 0) return -1;
      if (slots[q] === lo && slots[q + 1] === hi) return v - 1;
      p = (p + 1) & mask;
    }
  }

  /** Index of the key, inserting it (with the next index) when absent. */
  add(lo: number, hi: number): number {
    const mask = this.mask;
    lo |= 0;
    hi |= 0;
    let p = (lo ^ (hi >>> 7)) & mask;
    for (;;) {
      const q = p * 3;
      const v = this.slots[q + 2];
      if (v === 0) break;
      if (this.slots[q] === lo && this.slots[q + 1] === hi) return v - 1;
      p = (p + 1) & mask;
    }
    const id = this.size++;
    const q = p * 3;
    this.slots[q] = lo;
    this.slots[q + 1] = hi;
    this.slots[q + 2] = id + 1;
    if (this.size * 2 > this.mask) this.grow();
    return id;
  }

  /** All keys, by index: `lo[i]`, `hi[i]` is the key of feature `i`. */
  keys(): { lo: Uint32Array; hi: Uint32Array } {
    const lo = new Uint32Array(this.size);
    const hi = new Uint32Array(this.size);
    for (let p = 0; p <= this.mask; p++) {
      const v = this.slots[p * 3 + 2];
      if (v !== 0) {
        lo[v - 1] = this.slots[p * 3];
        hi[v - 1] = this.slots[p * 3 + 1];
      }
    }
    return { lo, hi };
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    for (let q = 0; q < old.length; q += 3) {
      const v = old[q + 2];
      if (v === 0) continue;
      const lo = old[q];
      const hi = old[q + 1];
      let p = (lo ^ (hi >>> 7)) & this.mask;
      while (this.slots[p * 3 + 2] !== 0) p = (p + 1) & this.mask;
      this.slots[p * 3] = lo;
      this.slots[p * 3 + 1] = hi;
      this.slots[p * 3 + 2] = v;
    }
  }
}
