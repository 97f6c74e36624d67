/**
 * A lexicon object without a prototype: looking up any word — "constructor", "toString",
 * "__proto__" — finds only the lexicon's own entries, never `Object.prototype`'s members.
 */
export function lookupTable<V>(entries: Record<string, V>): Record<string, V> {
  const table = Object.create(null) as Record<string, V>;
  for (const [k, v] of Object.entries(entries)) table[k] = v;
  return table;
}
