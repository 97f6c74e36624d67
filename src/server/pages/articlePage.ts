import type { Analysis, Quote } from "../../types.js";
import type { ArticleRow } from "../../store/Store.js";
import { html, safeHref, type SafeHtml } from "../html.js";
import { highlightText, type Annotation } from "./highlightText.js";
import { count, dateText, layout } from "./layout.js";

export interface ArticlePageData {
  id: number;
  analysis: Analysis;
  story: number | null;
  /** A span to mark as evidence (`?hl=start-end`), when it fits the text. */
  evidence: { start: number; end: number } | null;
}

/** The link to an article with a span marked as evidence. */
export function evidenceHref(articleId: number, span: { start: number; end: number }): string {
  return `/articles/${articleId}?hl=${span.start}-${span.end}#hl`;
}

/** `?hl=12-40` → the span, or null when malformed or outside the text. */
export function parseEvidence(hl: string | undefined, textLength: number): { start: number; end: number } | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(hl ?? "");
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end && end <= textLength ? { start, end } : null;
}

const FIGURE_APPROX: Record<string, string> = { exact: "", "at least": "at least ", "more than": "more than ", about: "about ", nearly: "nearly " };

function figureTitle(f: Analysis["figures"][number]): string {
  const src = f.source ? ` — according to ${f.source.name}` : " — stated by the outlet";
  return `${FIGURE_APPROX[f.approx] ?? ""}${f.value.toLocaleString("en-US")}${f.unit ? " " + f.unit : ""}${src}`;
}

/** Every highlight of an analysis: quotes by type, cues, speakers, entity mentions, dates, figures. */
export function articleAnnotations(a: Analysis): Annotation[] {
  const out: Annotation[] = [];
  for (const e of a.entities) {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, cls: `ent ent-${e.type}`, group: `e-${e.id}`, title: `${e.name} (${e.type})` });
  }
  for (const q of a.quotes) {
    out.push({ start: q.content.start, end: q.content.end, cls: `q q-${q.type}`, id: `q-${q.id}`, title: `${q.type} quote${q.speaker ? ` — ${q.speaker.name}` : ", speaker unknown"}` });
    if (q.cue) out.push({ start: q.cue.start, end: q.cue.end, cls: "cue", group: `q-${q.id}` });
    if (q.speaker?.mention) out.push({ start: q.speaker.mention.start, end: q.speaker.mention.end, cls: "spk", group: `q-${q.id}` });
  }
  a.times.forEach((t, i) => out.push({ start: t.start, end: t.end, cls: "time", id: `t-${i}`, title: `${t.type} ${t.value}${t.anchor !== "none" ? ` (resolved against ${t.anchor})` : ""}` }));
  a.figures.forEach((f, i) => out.push({ start: f.start, end: f.end, cls: "fig", id: `f-${i}`, title: figureTitle(f) }));
  return out;
}

function quoteItem(q: Quote): SafeHtml {
  return html`<li><a class="fact" href="#q-${q.id}" data-target="q-${q.id}"><span class="tag tag-${q.type}">${q.type}</span> ${q.content.text.length > 220 ? q.content.text.slice(0, 219) + "…" : q.content.text}</a>${q.cue ? html` <span class="muted">(${q.cue.text})</span>` : ""}</li>`;
}

/** The Article page: the text with highlights and a side panel of who said what. */
export function articlePage(d: ArticlePageData): SafeHtml {
  const a = d.analysis;
  const doc = a.document;
  const anns = articleAnnotations(a);
  if (d.evidence) anns.push({ start: d.evidence.start, end: d.evidence.end, cls: "hl", id: "hl", title: "the evidence you followed" });
  // Who said what: quotes grouped by speaker, in text order.
  const bySpeaker = new Map<string, { name: string; entity: string | null; quotes: Quote[] }>();
  for (const q of a.quotes) {
    const key = q.speaker ? (q.speaker.entity ?? q.speaker.name) : "";
    const g = bySpeaker.get(key) ?? { name: q.speaker?.name ?? "Unattributed", entity: q.speaker?.entity ?? null, quotes: [] };
    g.quotes.push(q);
    bySpeaker.set(key, g);
  }
  const speakers = [...bySpeaker.values()].sort((x, y) => y.quotes.length - x.quotes.length || x.name.localeCompare(y.name));
  const people = a.entities.filter((e) => e.type === "PER" || e.type === "ORG").sort((x, y) => y.mentions.length - x.mentions.length).slice(0, 30);
  const url = safeHref(doc.url);
  const body = html`
<article class="article-page">
<header class="doc-head">
<h1>${doc.title ?? "Untitled article"}</h1>
<p class="meta"><span class="outlet">${doc.outlet ?? "unknown outlet"}</span> · <time>${dateText(doc.published)}</time>${d.story !== null ? html` · <a href="/stories/${d.story}">story ${d.story}</a>` : ""}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : doc.url ? html` · <span class="muted">${doc.url}</span>` : ""} · <a href="/api/articles/${d.id}">JSON</a></p>
</header>
<div class="cols">
<section class="doc" aria-label="Article text">
<fieldset class="legend">
<legend>Highlights</legend>
<label><input type="checkbox" id="show-q" checked> <span class="q q-direct">quotes</span></label>
<label><input type="checkbox" id="show-ent" checked> <span class="ent ent-PER">people</span>, <span class="ent ent-ORG">organisations</span>, <span class="ent ent-GPE">places</span></label>
<label><input type="checkbox" id="show-time" checked> <span class="time">dates</span></label>
<label><input type="checkbox" id="show-fig" checked> <span class="fig">figures</span></label>
<p class="hint">Quotes: <span class="q q-direct">direct</span> (solid underline), <span class="q q-indirect">indirect</span> (dashed), <span class="q q-mixed">mixed</span> (dotted). Hover a date or figure for its value.</p>
</fieldset>
${d.evidence ? html`<p class="evidence-note"><a href="#hl">Jump to the evidence sentence</a></p>` : ""}
<div class="text" id="text">${highlightText(doc.text, anns)}</div>
</section>
<aside class="panel" aria-label="Who said what">
<h2>Who said what</h2>
${speakers.length === 0 ? html`<p class="muted">No quotations found.</p>` : ""}
${speakers.map(
  (s) => html`<section class="speaker"><h3>${s.entity || s.name !== "Unattributed" ? html`<a href="/actors/${encodeURIComponent(s.name)}">${s.name}</a>` : s.name} <span class="muted">${count(s.quotes.length, "quote")}</span></h3><ul>${s.quotes.map(quoteItem)}</ul></section>`,
)}
<h2>People and organisations</h2>
<ul class="chips">${people.map((e) => html`<li><a href="/actors/${encodeURIComponent(e.name)}" data-group="e-${e.id}">${e.name}</a> <span class="muted">${e.type} ×${e.mentions.length}</span></li>`)}</ul>
<h2>Dates</h2>
${a.times.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${a.times.map((t, i) => html`<li><a class="fact" href="#t-${i}" data-target="t-${i}">${t.text}</a> → <code>${t.value}</code></li>`)}</ul>`}
<h2>Figures</h2>
${a.figures.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${a.figures.map((f, i) => html`<li><a class="fact" href="#f-${i}" data-target="f-${i}">${f.text}</a> <span class="muted">${figureTitle(f)}</span></li>`)}</ul>`}
</aside>
</div>
</article>`;
  return layout({ title: doc.title ?? `Article ${d.id}` }, body);
}

/** A short row describing an article, for lists. */
export function articleLine(r: Pick<ArticleRow, "id" | "title" | "outlet" | "published">): SafeHtml {
  return html`<a href="/articles/${r.id}">${r.title ?? `Article ${r.id}`}</a> <span class="muted">${r.outlet ?? "unknown outlet"} · ${dateText(r.published)}</span>`;
}
