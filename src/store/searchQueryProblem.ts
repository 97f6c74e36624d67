/** Longest search text accepted, in characters. */
export const MAX_QUERY_CHARS = 1_000;
/** Most words (terms, phrases' words and excluded words together) a search may hold. */
export const MAX_QUERY_TERMS = 32;

/**
 * Why a search text is refused, as one line, or null when it is fine: longer than
 * {@link MAX_QUERY_CHARS} characters or more than {@link MAX_QUERY_TERMS} words. (A search is
 * meant to find articles by a few words; a pasted article as a query made SQLite work for seconds.)
 */
export function searchQueryProblem(text: string): string | null {
  if (text.length > MAX_QUERY_CHARS) return `the search text is too long (${text.length.toLocaleString("en-US")} characters; at most ${MAX_QUERY_CHARS.toLocaleString("en-US")})`;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words > MAX_QUERY_TERMS) return `the search text has too many words (${words}; at most ${MAX_QUERY_TERMS})`;
  return null;
}
