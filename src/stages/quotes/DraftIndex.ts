import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * An index over an append-only list of accepted quotes (`settleCandidates`' list, read by the
 * refiners while it grows): the quotes sorted by content start (acceptance order among equal
 * starts), each one's acceptance position, the longest content, and the quotes of each sentence.
 * Built incrementally per list, so the lookups below cost a binary search and the few quotes
 * near the offset instead of a scan of every quote (quadratic on a long text).
 */
interface DraftIndex {
  /** How many quotes of the list are indexed. */
  n: number;
  byStart: QuoteDraft[];
  order: Map<QuoteDraft, number>;
  maxLength: number;
  bySentence: Map<number, QuoteDraft[]>;
}

const indexes = new WeakMap<readonly QuoteDraft[], DraftIndex>();

/** The index of `drafts`, brought up to date with the quotes appended since the last call. */
export function draftIndex(drafts: readonly QuoteDraft[]): DraftIndex {
  let x = indexes.get(drafts);
  if (!x || x.n > drafts.length) {
    x = { n: 0, byStart: [], order: new Map(), maxLength: 0, bySentence: new Map() };
    indexes.set(drafts, x);
  }
  for (; x.n < drafts.length; x.n++) {
    const d = drafts[x.n];
    if (!x.order.has(d)) x.order.set(d, x.n);
    x.byStart.splice(firstStartAfter(x.byStart, d.content.start), 0, d);
    x.maxLength = Math.max(x.maxLength, d.content.end - d.content.start);
    let list = x.bySentence.get(d.sentence);
    if (!list) x.bySentence.set(d.sentence, (list = []));
    list.push(d);
  }
  return x;
}

/** Index of the first quote in `byStart` whose content starts after `offset`. */
export function firstStartAfter(byStart: readonly QuoteDraft[], offset: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].content.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first accepted quote (in acceptance order) whose content contains `[start, end - slack)`
 * and that passes `ok`: its start is at most `start` and its end at least `end - slack`.
 */
export function firstDraftAround(drafts: readonly QuoteDraft[], start: number, end: number, slack: number, ok: (d: QuoteDraft) => boolean = () => true): QuoteDraft | undefined {
  const x = draftIndex(drafts);
  // a quote ending at or after `end - slack` starts at or after `end - slack - maxLength`
  let best: QuoteDraft | undefined;
  let bestOrder = Infinity;
  for (let i = firstStartAfter(x.byStart, end - slack - x.maxLength - 1); i < x.byStart.length && x.byStart[i].content.start <= start; i++) {
    const d = x.byStart[i];
    if (d.content.end < end - slack || !ok(d)) continue;
    const o = x.order.get(d)!;
    if (o < bestOrder) {
      best = d;
      bestOrder = o;
    }
  }
  return best;
}
