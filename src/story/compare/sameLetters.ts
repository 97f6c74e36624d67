/** Wordings that are the same words written differently. */

/**
 * Whether two wordings differ only by hyphens, spacing or an article: the same words, not a
 * different wording (a reprint that dropped a hyphen is no variant).
 */
export function sameLetters(a: readonly string[], b: readonly string[]): boolean {
  const letters = (t: readonly string[]) => t.filter((w) => !/^(?:the|a|an)$/i.test(w)).join("").replace(/[-\u2010\u2011\s]/g, "").toLowerCase();
  return letters(a) === letters(b);
}
