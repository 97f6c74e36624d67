import { html, queryString, type SafeHtml } from "../html.js";

/** Previous/next links for a page-numbered list (`page` is 0-based; the URL shows 1-based `page`). */
export function pager(path: string, params: Record<string, string | undefined>, page: number, hasNext: boolean): SafeHtml {
  if (page === 0 && !hasNext) return html``;
  const href = (p: number) => path + queryString({ ...params, page: p === 0 ? undefined : p + 1 });
  return html`<nav class="pager" aria-label="Pages">${page > 0 ? html`<a rel="prev" href="${href(page - 1)}">← Previous</a>` : ""} <span>Page ${page + 1}</span> ${hasNext ? html`<a rel="next" href="${href(page + 1)}">Next →</a>` : ""}</nav>`;
}
