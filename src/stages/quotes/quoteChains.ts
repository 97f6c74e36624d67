/**
 * Quotes grouped into continuation chains: a quote whose `continues` names another belongs to
 * that quote's chain (followed to its root; a cycle stops the walk). Chains come in the order
 * their first quote appears in `quotes`; each chain is sorted by content start.
 *
 * ```ts
 * quoteChains(analysis.quotes).map((c) => c.map((q) => q.id)); // [["q1", "q2"], ["q3"]]
 * ```
 */
import type { Quote } from "../../types.js";

export function quoteChains(quotes: readonly Quote[]): Quote[][] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const rootOf = (q: Quote): string => {
    const seen = new Set<string>();
    let r = q;
    while (r.continues && byId.has(r.continues) && !seen.has(r.id)) {
      seen.add(r.id);
      r = byId.get(r.continues)!;
    }
    return r.id;
  };
  const chains = new Map<string, Quote[]>();
  for (const q of quotes) {
    const root = rootOf(q);
    const chain = chains.get(root);
    if (chain) chain.push(q);
    else chains.set(root, [q]);
  }
  const out = [...chains.values()];
  for (const chain of out) chain.sort((x, y) => x.content.start - y.content.start);
  return out;
}
