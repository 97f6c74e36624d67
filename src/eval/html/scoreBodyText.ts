/** Word counts of a text: lower-cased runs of letters and digits. */
export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

export interface BodyTextCounts {
  /** Words in both (counted with multiplicity), in the extraction, in the expected body. */
  overlap: number;
  extracted: number;
  expected: number;
}

/**
 * Body-text overlap as the extraction benchmarks of trafilatura and others count it: the
 * multiset of words extracted against the multiset of words of the expected body.
 * Precision = overlap / extracted, recall = overlap / expected.
 */
export function scoreBodyText(extracted: string, expected: string): BodyTextCounts {
  const got = wordBag(extracted);
  const want = wordBag(expected);
  let overlap = 0;
  let nGot = 0;
  let nWant = 0;
  for (const n of got.values()) nGot += n;
  for (const [w, n] of want) {
    nWant += n;
    overlap += Math.min(n, got.get(w) ?? 0);
  }
  return { overlap, extracted: nGot, expected: nWant };
}
