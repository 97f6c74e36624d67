/**
 * A web-style query with at least one prefix word (`bri*`) as a `to_tsquery` expression, since
 * `websearch_to_tsquery` has no prefixes: words of a term are a phrase (`'a' <-> 'b'`), a prefix
 * word gets `:*`, terms are ANDed, `OR` separates alternatives, `-term` excludes. Returns null
 * when the query has no prefix word (use `websearch_to_tsquery`) or no positive term.
 */
export function prefixTsQuery(query: string): string | null {
  const groups: string[][] = [[]];
  const excluded: string[] = [];
  let anyPrefix = false;
  const re = /(-?)("[^"]*"?|[^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[2] === "OR") {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    const words = m[2].match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const prefix = !m[2].startsWith('"') && /[\p{L}\p{N}]\*+$/u.test(m[2]);
    anyPrefix ||= prefix;
    const term = words.map((w, i) => `'${w}'${prefix && i === words.length - 1 ? ":*" : ""}`).join(" <-> ");
    const expr = words.length > 1 ? `(${term})` : term;
    if (m[1] === "-") excluded.push(`!${expr}`);
    else groups[groups.length - 1].push(expr);
  }
  const alternatives = groups.filter((g) => g.length).map((g) => (g.length > 1 ? `(${g.join(" & ")})` : g[0]));
  if (!anyPrefix || !alternatives.length) return null;
  return [alternatives.length > 1 ? `(${alternatives.join(" | ")})` : alternatives[0], ...excluded].join(" & ");
}
