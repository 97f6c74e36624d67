/**
 * Scores a clustering against gold clusters, both given as item → cluster label maps over the
 * same items (an item missing from one side is a singleton there).
 *
 * - Pairwise: over all unordered pairs of items, a predicted pair is one placed in the same
 *   predicted cluster; precision = correct predicted pairs / predicted pairs, recall = correct /
 *   gold pairs. With no predicted (gold) pairs, precision (recall) is 1.
 * - B-cubed (Bagga & Baldwin 1998): per item, precision = |pred(i) ∩ gold(i)| / |pred(i)|,
 *   recall = |pred(i) ∩ gold(i)| / |gold(i)|, averaged over items.
 */
export interface ClusterScores {
  pairwise: PRF & { predictedPairs: number; goldPairs: number; correctPairs: number };
  bcubed: PRF;
  items: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function groups<K, L>(labels: Map<K, L>, items: K[]): Map<K, K[]> {
  const byLabel = new Map<L, K[]>();
  for (const i of items) {
    const l = labels.get(i);
    if (l === undefined) continue;
    const g = byLabel.get(l);
    if (g) g.push(i);
    else byLabel.set(l, [i]);
  }
  const of = new Map<K, K[]>();
  for (const i of items) {
    const l = labels.get(i);
    of.set(i, l === undefined ? [i] : byLabel.get(l)!);
  }
  return of;
}

/** Pairwise and B-cubed precision, recall and F1 of `predicted` against `gold`. */
export function scoreClusters<K, P, G>(predicted: Map<K, P>, gold: Map<K, G>): ClusterScores {
  const items = [...new Set([...predicted.keys(), ...gold.keys()])];
  const pOf = groups(predicted, items);
  const gOf = groups(gold, items);
  let predictedPairs = 0;
  let goldPairs = 0;
  let correctPairs = 0;
  let bp = 0;
  let br = 0;
  for (const i of items) {
    const p = pOf.get(i)!;
    const g = gOf.get(i)!;
    const gs = new Set(g);
    let both = 0;
    for (const j of p) if (gs.has(j)) both++;
    // Each unordered pair is seen from both ends: halve at the end.
    predictedPairs += p.length - 1;
    goldPairs += g.length - 1;
    correctPairs += both - 1;
    bp += both / p.length;
    br += both / g.length;
  }
  predictedPairs /= 2;
  goldPairs /= 2;
  correctPairs /= 2;
  const pp = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const pr = goldPairs === 0 ? 1 : correctPairs / goldPairs;
  const n = items.length || 1;
  const bP = items.length ? bp / n : 1;
  const bR = items.length ? br / n : 1;
  return {
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr), predictedPairs, goldPairs, correctPairs },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    items: items.length,
  };
}
