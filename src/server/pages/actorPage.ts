import type { EntityRow, QuoteRow, TimelineRow } from "../../store/Store.js";
import { html, type SafeHtml } from "../html.js";
import { evidenceHref } from "./articlePage.js";
import { count, dateText, layout } from "./layout.js";

export interface ActorData {
  name: string;
  entities: EntityRow[];
  saidBy: QuoteRow[];
  saidAbout: QuoteRow[];
  timeline: TimelineRow[];
}

function quoteRow(q: QuoteRow, withSpeaker: boolean): SafeHtml {
  return html`<li><p class="meta">${dateText(q.published)} · ${q.outlet ?? "unknown outlet"}${withSpeaker ? html` · ${q.speaker ? html`<a href="/actors/${encodeURIComponent(q.speaker)}">${q.speaker}</a>` : "unattributed"}` : ""} · <span class="tag tag-${q.type}">${q.type}</span></p><blockquote><a href="/articles/${q.articleId}#q-${q.quoteId}">${q.content.text}</a></blockquote></li>`;
}

/** The Person / organisation page: what the actor said and what was said about them, across outlets and time. */
export function actorPage(d: ActorData): SafeHtml {
  const kinds = [...new Set(d.entities.map((e) => e.type))];
  const outlets = new Set([...d.saidBy, ...d.saidAbout, ...d.timeline].map((r) => r.outlet ?? "unknown outlet"));
  const body = html`
<h1>${d.name}</h1>
<p class="meta">${kinds.length ? kinds.join(", ") : "not found as an entity"} · ${count(d.entities.reduce((n, e) => n + e.articles, 0), "article")} · ${count(d.saidBy.length, "quote")} by, ${count(d.saidAbout.length, "quote")} about · ${count(outlets.size, "outlet")} · <a href="/search?q=${encodeURIComponent(d.name)}">search articles</a> · <a href="/api/quotes?speaker=${encodeURIComponent(d.name)}&amp;format=csv">quotes as CSV</a></p>
${d.entities.length > 1 ? html`<p class="muted">Names matched: ${d.entities.map((e, i) => html`${i ? ", " : ""}<a href="/actors/${encodeURIComponent(e.name)}">${e.name}</a> (${e.type}, ${count(e.articles, "article")})`)}</p>` : ""}
<div class="cols2">
<section><h2>Said by ${d.name}</h2>${d.saidBy.length === 0 ? html`<p class="muted">No quotations.</p>` : html`<ol class="quotes">${d.saidBy.map((q) => quoteRow(q, false))}</ol>`}</section>
<section><h2>Said about ${d.name}</h2>${d.saidAbout.length === 0 ? html`<p class="muted">No quotations naming them.</p>` : html`<ol class="quotes">${d.saidAbout.map((q) => quoteRow(q, true))}</ol>`}</section>
</div>
<section><h2>Timeline</h2>${d.timeline.length === 0 ? html`<p class="muted">Nothing dated.</p>` : html`<table class="timeline"><thead><tr><th scope="col">About</th><th scope="col">Outlet</th><th scope="col">Kind</th><th scope="col">What</th></tr></thead><tbody>${d.timeline.map(
  (t) => html`<tr><td>${t.date}</td><td>${t.outlet ?? "?"}</td><td>${t.kind}</td><td><a href="${evidenceHref(t.articleId, t)}">${t.text.length > 200 ? t.text.slice(0, 199) + "…" : t.text}</a></td></tr>`,
)}</tbody></table>`}</section>`;
  return layout({ title: d.name }, body);
}
