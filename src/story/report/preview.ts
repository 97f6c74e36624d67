/**
 * A one-line preview of a quotation or sentence: whitespace collapsed, and when longer than
 * `max`, cut at the last word boundary before it with "…" (never inside a word).
 */
export function preview(s: string, max = 90): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
