/**
 * A lexicon object without a prototype: looking up any word — "constructor", "toString",
 * "__proto__" — finds only the lexicon's own entries, never `Object.prototype`'s members.
 */
export function lookupTable<V>(entries: Record<string, V>): Record<string, V> {
  const table = Object.create(null) as Record<string, V>;
  for (const [k, v] of Object.entries(entries)) table[k] = v;
  return table;
}

/** A word list as a prototype-free lookup (`TABLE[word] === true` for its words only). */
export function wordTable(words: readonly string[]): Record<string, true> {
  const table = Object.create(null) as Record<string, true>;
  for (const w of words) table[w] = true;
  return table;
}
