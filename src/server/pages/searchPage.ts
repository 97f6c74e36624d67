import type { SearchHit } from "../../store/Store.js";
import { html, type SafeHtml } from "../html.js";
import { evidenceHref } from "./articlePage.js";
import { dateText, layout } from "./layout.js";
import { pager } from "./pager.js";

export interface SearchForm {
  q: string;
  outlet?: string;
  since?: string;
  until?: string;
  entity?: string;
}

/** The snippet with every word of the query marked (case-insensitive, whole words), and the store's own match. */
export function markSnippet(hit: SearchHit, query: string): SafeHtml {
  const words = new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\d/.test(w)));
  const s = hit.snippet;
  const marks: [number, number][] = [];
  if (hit.match && hit.match.start >= hit.start && hit.match.end <= hit.end) marks.push([hit.match.start - hit.start, hit.match.end - hit.start]);
  for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.has(m[0].toLowerCase())) marks.push([m.index, m.index + m[0].length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const out: SafeHtml[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at) continue;
    out.push(html`${s.slice(at, a)}<mark>${s.slice(a, b)}</mark>`);
    at = b;
  }
  out.push(html`${s.slice(at)}`);
  return html`${out}`;
}

/** The Search page: the form with filters, hits with marked snippets, pagination. */
export function searchPage(form: SearchForm, hits: SearchHit[] | null, page: number, hasNext: boolean, outlets: string[], error: string | null): SafeHtml {
  const params = { q: form.q, outlet: form.outlet, since: form.since, until: form.until, entity: form.entity };
  const body = html`
<h1>Search</h1>
<form class="search-form" action="/search" method="get" role="search">
<div class="row"><label for="q">Words</label><input id="q" name="q" type="search" value="${form.q}" required maxlength="500" placeholder="e.g. ceasefire hostages"></div>
<div class="filters">
<div class="row"><label for="outlet">Outlet</label><select id="outlet" name="outlet"><option value="">any outlet</option>${outlets.map((o) => html`<option${o === form.outlet ? html` selected` : ""}>${o}</option>`)}</select></div>
<div class="row"><label for="since">From</label><input id="since" name="since" type="date" value="${form.since ?? ""}"></div>
<div class="row"><label for="until">To</label><input id="until" name="until" type="date" value="${form.until ?? ""}"></div>
<div class="row"><label for="entity">Naming</label><input id="entity" name="entity" value="${form.entity ?? ""}" placeholder="a person or organisation"></div>
</div>
<button type="submit">Search</button>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ""}
${hits === null ? "" : hits.length === 0 ? html`<p role="status">No articles match.</p>` : html`<p role="status" class="muted">Results ${page * 20 + 1}–${page * 20 + hits.length}${hasNext ? "" : " (last page)"}</p>
<ol class="hits" start="${page * 20 + 1}">${hits.map(
  (h) => html`<li class="hit"><h2><a href="${evidenceHref(h.articleId, h)}">${h.title ?? `Article ${h.articleId}`}</a></h2><p class="meta">${h.outlet ?? "unknown outlet"} · ${dateText(h.published)}</p><p class="snippet">${markSnippet(h, form.q)}</p></li>`,
)}</ol>`}
${hits && hits.length ? pager("/search", params, page, hasNext) : ""}`;
  return layout({ title: form.q ? `Search: ${form.q}` : "Search", nav: "search", q: form.q }, body);
}
