/**
 * Lookup key of a word or phrase: lower case, with the typographic apostrophe `’` as `'`
 * ("Gaza’s" → "gaza's"). The lexicons' keys are written this way.
 */
export function lowerKey(s: string): string {
  const l = s.toLowerCase();
  return l.indexOf("\u2019") < 0 ? l : l.replace(/\u2019/g, "'");
}
