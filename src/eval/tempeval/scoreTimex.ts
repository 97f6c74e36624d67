/**
 * TempEval-3 Task A metrics for time expressions (UzZaman et al. 2013, §4), on character offsets.
 *
 * - **Strict** span match: a predicted timex has exactly the gold start and end.
 * - **Relaxed** span match: the two overlap by at least one character. Matching is one-to-one
 *   within a document: exact matches are paired first, then the remaining overlapping pairs by
 *   largest overlap (ties: earlier gold, then earlier prediction).
 * - P = matched / predicted, R = matched / gold, F1 = 2PR / (P + R), each for strict and relaxed,
 *   micro-averaged over all documents (counts summed, then ratios).
 * - **Type / value accuracy**: over the relaxed-matched pairs, the share whose `type` / `value`
 *   string equals the gold one exactly. **Type F1 = type accuracy × relaxed F1**, **value F1 =
 *   value accuracy × relaxed F1** (TE3 ranked systems on value F1).
 *
 * Differences from the official TE3 toolkit: it compares tokens (after `tokenize.pl`), this
 * scorer compares characters, so an overlap inside one token ("2009" against "2009-2010" when
 * the toolkit keeps it as one token) can differ; and the toolkit counts relaxed precision and
 * recall separately (a prediction overlapping any gold / a gold overlapping any prediction),
 * while this scorer pairs one-to-one, so two predictions inside one gold timex count once.
 *
 * Ratio conventions: a ratio with a zero denominator is 1 when there is neither gold nor
 * prediction at all, else 0 (precision with no predictions, recall with no gold, an accuracy
 * with no matched pairs).
 *
 * ```ts
 * const s = scoreTimex([{ gold: [{ start: 0, end: 6, type: "DATE", value: "2013-03-22" }],
 *                         predicted: [{ start: 0, end: 6, type: "DATE", value: "2013-03-22" }] }]);
 * s.valueF1; // 1
 * ```
 */

/** A timex to score: span, plus type and value when the system gives them. */
export interface TimexSpan {
  start: number;
  end: number;
  type?: string | null;
  value?: string | null;
}

export interface TimexDocumentPair {
  gold: TimexSpan[];
  predicted: TimexSpan[];
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface TimexScore {
  strict: PRF;
  relaxed: PRF;
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
  counts: {
    gold: number;
    predicted: number;
    strict: number;
    relaxed: number;
    typeCorrect: number;
    valueCorrect: number;
  };
}

/** Ratio with the module's zero conventions (`empty` = no gold and no prediction anywhere). */
function ratio(num: number, den: number, empty: boolean): number {
  if (den > 0) return num / den;
  return empty ? 1 : 0;
}

/** P/R/F1 from counts, with the zero conventions above. */
export function prf(matched: number, predicted: number, gold: number): PRF {
  const empty = predicted === 0 && gold === 0;
  const p = ratio(matched, predicted, empty);
  const r = ratio(matched, gold, empty);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function overlap(a: TimexSpan, b: TimexSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one relaxed alignment of one document: `[goldIndex, predictedIndex]` pairs. Exact
 * matches first, then the largest remaining overlaps.
 */
export function alignTimexes(gold: TimexSpan[], predicted: TimexSpan[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; exact: boolean; ov: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const ov = overlap(gold[g], predicted[p]);
      if (ov > 0) candidates.push({ g, p, ov, exact: gold[g].start === predicted[p].start && gold[g].end === predicted[p].end });
    }
  }
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.ov - a.ov || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Scores predictions against gold over a set of documents (micro-averaged). */
export function scoreTimex(docs: TimexDocumentPair[]): TimexScore {
  const c = { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
  for (const { gold, predicted } of docs) {
    c.gold += gold.length;
    c.predicted += predicted.length;
    for (const [gi, pi] of alignTimexes(gold, predicted)) {
      const g = gold[gi];
      const p = predicted[pi];
      c.relaxed++;
      if (g.start === p.start && g.end === p.end) c.strict++;
      if (p.type != null && p.type === g.type) c.typeCorrect++;
      if (p.value != null && p.value === g.value) c.valueCorrect++;
    }
  }
  const strict = prf(c.strict, c.predicted, c.gold);
  const relaxed = prf(c.relaxed, c.predicted, c.gold);
  const empty = c.gold === 0 && c.predicted === 0;
  const typeAccuracy = ratio(c.typeCorrect, c.relaxed, empty);
  const valueAccuracy = ratio(c.valueCorrect, c.relaxed, empty);
  return {
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: typeAccuracy * relaxed.f1,
    valueF1: valueAccuracy * relaxed.f1,
    counts: c,
  };
}
