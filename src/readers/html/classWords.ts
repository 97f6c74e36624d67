/**
 * The words of an element's class and id (and itemprop/rel), lower-cased: split at spaces,
 * `-`, `_` and camelCase humps, plus each pair of neighbouring words joined ("read-more" →
 * "readmore", "articleBody" → "articlebody").
 */
export function classWords(el: Element): string[] {
  const raw = [el.getAttribute("class"), el.getAttribute("id"), el.getAttribute("itemprop"), el.getAttribute("rel")].filter(Boolean).join(" ");
  if (!raw) return [];
  const words = raw
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out = words.slice();
  for (let i = 0; i + 1 < words.length; i++) out.push(words[i] + words[i + 1]);
  return out;
}

/** Does any word of `words` appear in `set`? */
export function hasWord(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}
