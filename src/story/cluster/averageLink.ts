/**
 * Group-average agglomerative clustering over a sparse similarity graph (the method of the TDT
 * story-detection systems): repeatedly merge the two clusters whose average pairwise similarity
 * (missing edges count 0) is highest, until it falls below a threshold. Unlike single-pass
 * clustering the result does not depend on the order the items arrive in: ties are broken by the
 * smallest member index, and merges are done in a fixed order.
 */

export interface Edge {
  a: number;
  b: number;
  w: number;
}

export interface AverageLinkOptions {
  /** Stop when the best average similarity is below this. */
  threshold: number;
  /**
   * A factor in 0..1 applied to the average similarity of two clusters given their member
   * lists (e.g. a penalty for clusters far apart in time). Default 1.
   */
  gate?: (a: readonly number[], b: readonly number[]) => number;
}

interface Entry {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Max-heap on score, then the smaller (a, b) first: a total order, so ties resolve the same way every run. */
function before(x: Entry, y: Entry): boolean {
  if (x.score !== y.score) return x.score > y.score;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Clusters `n` items given the similarity edges between them. Returns the clusters as ascending
 * member lists, ordered by their smallest member.
 */
export function averageLink(n: number, edges: readonly Edge[], opts: AverageLinkOptions): number[][] {
  const gate = opts.gate ?? (() => 1);
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const version = new Array<number>(n).fill(0);
  // Sum of edge weights between two live clusters, keyed by cluster id (= smallest member).
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { a, b, w } of edges) {
    if (a === b || w <= 0) continue;
    sums[a].set(b, (sums[a].get(b) ?? 0) + w);
    sums[b].set(a, (sums[b].get(a) ?? 0) + w);
  }
  const heap = new Heap();
  const link = (a: number, b: number): Entry => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const ma = members[x]!;
    const mb = members[y]!;
    const score = (sums[x].get(y)! / (ma.length * mb.length)) * gate(ma, mb);
    return { score, a: x, b: y, va: version[x], vb: version[y] };
  };
  for (let a = 0; a < n; a++) {
    for (const b of [...sums[a].keys()].sort((p, q) => p - q)) if (a < b) heap.push(link(a, b));
  }
  while (heap.size > 0) {
    const e = heap.pop()!;
    if (members[e.a] === null || members[e.b] === null || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    if (e.score < opts.threshold) break;
    // Merge b into a (a is the smaller id, so a cluster's id stays its smallest member).
    const { a, b } = e;
    members[a] = [...members[a]!, ...members[b]!].sort((p, q) => p - q);
    members[b] = null;
    version[a]++;
    const sa = sums[a];
    sa.delete(b);
    for (const [c, w] of [...sums[b].entries()].sort((p, q) => p[0] - q[0])) {
      if (c === a) continue;
      sa.set(c, (sa.get(c) ?? 0) + w);
      const sc = sums[c];
      sc.set(a, (sc.get(a) ?? 0) + w);
      sc.delete(b);
    }
    sums[b].clear();
    for (const c of [...sa.keys()].sort((p, q) => p - q)) heap.push(link(a, c));
  }
  return members.filter((m): m is number[] => m !== null);
}
