/** Lower-cased, diacritics removed, whitespace collapsed: the key names are matched on. */
export function normName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** A LIKE pattern matching `s` anywhere (with `\` as the escape character). */
export function containsPattern(s: string): string {
  return `%${normName(s).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * SQL condition: the normalised name column `column` equals `name` or contains it as whole
 * words ("Blinken" matches "antony blinken", "Israel" does not match "israeli army").
 * Written in SQL both dialects accept; `bind` adds a parameter and returns its placeholder.
 */
export function nameMatchSql(column: string, name: string, bind: (v: unknown) => string): string {
  const n = normName(name);
  const esc = n.replace(/[\\%_]/g, (c) => `\\${c}`);
  return `(${column} = ${bind(n)} OR ${column} LIKE ${bind(`${esc} %`)} ESCAPE '\\' OR ${column} LIKE ${bind(`% ${esc}`)} ESCAPE '\\' OR ${column} LIKE ${bind(`% ${esc} %`)} ESCAPE '\\')`;
}

/**
 * SQL condition: the entity-name column `column` is one of the known names (table
 * `entity_names`, one row per distinct normalised name) that match `name` as in `nameMatchSql`.
 * The small names table is scanned instead of every entity row, and `column` can use its index.
 */
export function entityNameInSql(column: string, name: string, bind: (v: unknown) => string): string {
  return `${column} IN (SELECT n.norm FROM entity_names n WHERE ${nameMatchSql("n.norm", name, bind)})`;
}
