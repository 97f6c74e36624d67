/**
 * Runs `re` (which must end with `$`) on the `max` characters of `lower` that end at `at`, and
 * returns the match with its absolute start, or null. Finders use it to read optional modifiers
 * before a core word ("early" before "August", "three" before "hours") instead of putting an
 * optional group at the front of a global regex, which makes the regex engine try every
 * position of the text.
 */
export function matchBefore(lower: string, at: number, re: RegExp, max = 48): { start: number; m: RegExpExecArray } | null {
  const from = Math.max(0, at - max);
  const m = re.exec(lower.slice(from, at));
  return m ? { start: from + m.index, m } : null;
}
