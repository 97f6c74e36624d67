import type { ArticleFilter } from "./Store.js";

/** Adds a bound parameter and returns its placeholder (`?` for SQLite, `$n` for PostgreSQL). */
export type Bind = (value: unknown) => string;

/**
 * SQL conditions (to be joined with AND) for an article filter on the articles table `alias`.
 * Dates compare as strings on the filter's own precision, so `until: "2024-08-19"` includes
 * an article published at `2024-08-19T18:00:00Z`. Written in SQL both dialects accept.
 */
export function articleFilterSql(f: ArticleFilter, alias: string, bind: Bind): string[] {
  const where: string[] = [];
  if (f.outlet) where.push(`lower(${alias}.outlet) = lower(${bind(f.outlet)})`);
  if (f.since) where.push(`${alias}.published >= ${bind(f.since)}`);
  if (f.until) where.push(`substr(${alias}.published, 1, ${bind(f.until.length)}) <= ${bind(f.until)}`);
  if (f.engineVersionNot) where.push(`${alias}.engine_version <> ${bind(f.engineVersionNot)}`);
  return where;
}

/** A limit large enough to mean "all rows" in both dialects. */
export const NO_LIMIT = 2147483647;

/** `LIMIT … OFFSET …` with bound values (limit defaults to `fallback`). */
export function limitSql(f: { limit?: number; offset?: number }, fallback: number, bind: Bind): string {
  const limit = Math.max(0, Math.floor(f.limit ?? fallback));
  const offset = Math.max(0, Math.floor(f.offset ?? 0));
  return ` LIMIT ${bind(limit)} OFFSET ${bind(offset)}`;
}

/** `?` placeholders collecting values into `params`. */
export function sqliteBinder(params: unknown[]): Bind {
  return (v) => {
    params.push(v);
    return "?";
  };
}

/** `$n` placeholders collecting values into `params`. */
export function pgBinder(params: unknown[]): Bind {
  return (v) => {
    params.push(v);
    return `$${params.length}`;
  };
}
