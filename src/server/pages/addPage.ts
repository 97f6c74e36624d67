import { html, type SafeHtml } from "../html.js";
import type { IngestOutcome } from "../routes/write.js";
import { layout } from "./layout.js";

export interface AddForm {
  text?: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  urls?: string;
}

/** The Add articles page: paste a text (with its metadata) or URLs; a token field when the server has one. */
export function addPage(opts: { needsToken: boolean; writable: boolean; form?: AddForm; error?: string | null; result?: IngestOutcome | null }): SafeHtml {
  const f = opts.form ?? {};
  const r = opts.result;
  const body = html`
<h1>Add articles</h1>
${!opts.writable ? html`<p class="error" role="alert">This server accepts no new articles: it listens beyond this computer and was started without <code>--token</code>.</p>` : ""}
${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ""}
${r
  ? html`<div class="result" role="status"><p><strong>${r.ingested} stored</strong>, ${r.duplicates} already there, ${r.failed} failed.</p><ul>${r.articles.map(
      (a) => html`<li>${a.status === "failed" ? html`failed: ${a.reason ?? ""}` : a.id !== null ? html`${a.status}: <a href="/articles/${a.id}">article ${a.id}</a>` : a.status}</li>`,
    )}</ul><p class="muted">New articles join a story within a few seconds.</p></div>`
  : ""}
<form class="add-form" action="/add" method="post">
${opts.needsToken ? html`<div class="row"><label for="token">Token</label><input id="token" name="token" type="password" autocomplete="current-password" required><p class="hint">The token the server was started with (<code>--token</code>).</p></div>` : ""}
<fieldset><legend>Paste an article</legend>
<div class="row"><label for="text">Text</label><textarea id="text" name="text" rows="12">${f.text ?? ""}</textarea></div>
<div class="row"><label for="title">Title</label><input id="title" name="title" value="${f.title ?? ""}" maxlength="1000"></div>
<div class="row"><label for="a-outlet">Outlet</label><input id="a-outlet" name="outlet" value="${f.outlet ?? ""}" maxlength="200"></div>
<div class="row"><label for="published">Published</label><input id="published" name="published" type="date" value="${f.published ?? ""}"></div>
<div class="row"><label for="url">URL</label><input id="url" name="url" type="url" value="${f.url ?? ""}" maxlength="2000"></div>
</fieldset>
<fieldset><legend>…or fetch web pages</legend>
<div class="row"><label for="urls">URLs, one per line</label><textarea id="urls" name="urls" rows="4">${f.urls ?? ""}</textarea><p class="hint">Fetched with the same guards as <code>dossier ingest</code>: no private or local addresses, bounded size and redirects.</p></div>
</fieldset>
<button type="submit"${opts.writable ? "" : html` disabled`}>Analyse and store</button>
</form>`;
  return layout({ title: "Add articles", nav: "add" }, body);
}
