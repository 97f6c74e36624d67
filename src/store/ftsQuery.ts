/** An FTS5 MATCH expression and how many of its phrases a hit may contain. */
export interface FtsMatch {
  expression: string;
  /**
   * The phrases before the first excluded one: every phrase a hit must or may contain comes
   * first in the expression, the excluded ones (`NOT "x"`) last, so FTS5's phrase numbers
   * 0 … positivePhrases − 1 are the ones worth scoring (see native/dossier_rank.c).
   */
  positivePhrases: number;
}

/**
 * Turns a web-style query (`word "a phrase" -excluded OR other`, as accepted by PostgreSQL's
 * `websearch_to_tsquery`) into an SQLite FTS5 MATCH expression in which every user term is a
 * quoted string, so punctuation such as `cease-fire` or `U.S.` can never be a syntax error. A
 * word ending in `*` is a prefix (`bri*` finds bridge, Britain, brief): `"bri" *`.
 * Returns null when the query has no positive term.
 */
export function ftsQuery(query: string): string | null {
  return ftsMatch(query)?.expression ?? null;
}

/** `ftsQuery` with the number of positive phrases of the expression (null when there are none). */
export function ftsMatch(query: string): FtsMatch | null {
  const groups: string[][] = [[]];
  const excluded: string[] = [];
  const re = /(-?)("[^"]*"?|[^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const raw = m[2].replace(/^"|"$/g, "");
    if (m[2] === "OR") {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(raw)) continue;
    const prefix = !m[2].startsWith('"') && /[\p{L}\p{N}]\*+$/u.test(raw);
    const quoted = prefix ? `"${raw.replace(/\*+$/, "").replace(/"/g, '""')}" *` : `"${raw.replace(/"/g, '""')}"`;
    if (m[1] === "-") excluded.push(quoted);
    else groups[groups.length - 1].push(quoted);
  }
  const positive = groups.filter((g) => g.length);
  const alternatives = positive.map((g) => (g.length > 1 ? `(${g.join(" AND ")})` : g[0]));
  if (!alternatives.length) return null;
  let expr = alternatives.length > 1 ? `(${alternatives.join(" OR ")})` : alternatives[0];
  for (const x of excluded) expr = `${expr} NOT ${x}`;
  return { expression: expr, positivePhrases: positive.reduce((n, g) => n + g.length, 0) };
}
