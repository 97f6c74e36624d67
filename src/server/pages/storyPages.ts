import { storyCountsLine } from "../../story/report/storyCounts.js";
import type { Evidence, FigureTimeline, Side, StoryReport } from "../../story/StoryReport.js";
import { markedPieces } from "../../story/report/mark.js";
import { html, type SafeHtml } from "../html.js";
import { differenceCount, type StoryEntry, type StoryView } from "../storyIndex.js";
import { evidenceHref } from "./articlePage.js";
import { count, dateText, layout } from "./layout.js";
import { pager } from "./pager.js";

/** The Stories page: newest first, with outlets, dates and counts of differences. */
export function storiesPage(rows: { entry: StoryEntry; differences: number | null }[], page: number, total: number, perPage: number): SafeHtml {
  const body = html`
<h1>Stories</h1>
<p class="muted">${count(total, "story", "stories")}: groups of articles about the same events, newest first. Open one to see where the outlets differ.</p>
${total === 0 ? html`<p>No stories yet. <a href="/add">Add articles</a> or run <code>dossier demo --serve</code>.</p>` : ""}
<ol class="stories">
${rows.map(
  ({ entry: s, differences }) => html`<li class="story-row">
<h2><a href="/stories/${s.id}">${s.title}</a></h2>
<p class="meta">${s.first ? (s.first === s.last ? s.first : `${s.first} – ${s.last}`) : "no date"} · ${count(s.size, "article")} · ${count(s.outlets.length, "outlet")}${differences !== null ? html` · <strong>${count(differences, "difference")}</strong>` : ""}</p>
<p class="outlets">${s.outlets.join(", ")}</p>
</li>`,
)}
</ol>
${pager("/", {}, page, (page + 1) * perPage < total)}`;
  return layout({ title: "Stories", nav: "stories" }, body);
}

type Link = (ev: Evidence) => string | null;

function sentence(ev: Evidence, link: Link): SafeHtml {
  const href = link(ev);
  const pieces = markedPieces(ev).map((p) => (p.marked ? html`<mark>${p.text}</mark>` : html`${p.text}`));
  return html`<blockquote class="sent">${pieces}</blockquote><p class="src">${ev.outlet ?? "unknown outlet"}${ev.published ? ` · ${dateText(ev.published)}` : ""}${href ? html` · <a class="evidence" href="${href}">see it in the article</a>` : ""}</p>`;
}

function side(s: Side, link: Link, name: string): SafeHtml {
  const others = s.evidence.slice(1).map((e) => e.outlet ?? "unknown outlet");
  return html`<div class="side"><p class="label"><span class="vh">${name}: </span>${s.label}</p>${s.evidence[0] ? sentence(s.evidence[0], link) : ""}${others.length ? html`<p class="muted">also: ${[...new Set(others)].join(", ")}</p>` : ""}<p class="muted">${count(s.sources, "independent source")}</p></div>`;
}

function pair(head: SafeHtml | string, a: Side, b: Side, link: Link, extra: SafeHtml | string = ""): SafeHtml {
  return html`<li class="item"><h3>${head}</h3>${extra}<div class="pair">${side(a, link, "One version")}${side(b, link, "Other version")}</div></li>`;
}

function section(id: string, title: string, n: number, items: SafeHtml | SafeHtml[]): SafeHtml {
  return html`<section id="${id}" class="report-section"><h2>${title} <span class="count">${n}</span></h2>${n === 0 ? html`<p class="muted">None.</p>` : html`<ul class="items">${items}</ul>`}</section>`;
}

const KNOWN = new Set(["schema", "sources", "copies", "outlets", "independentSources", "agreements", "numericConflicts", "qualifierDifferences", "quoteVariants", "attributionShifts", "dateConflicts", "figureTimelines", "placeConflicts", "causeConflicts", "presence", "framing"]);

/** A figure timeline: each value the quantity took, in time order, with the pairs that disagree. */
function timelineItem(t: FigureTimeline, link: Link): SafeHtml {
  return html`<li class="item"><h3>${t.quantity}${t.unit && t.unit !== t.quantity ? html` <span class="muted">(${t.unit})</span>` : ""}</h3>
<table class="timeline"><thead><tr><th scope="col">#</th><th scope="col">Current on</th><th scope="col">Value</th><th scope="col">Outlets</th></tr></thead><tbody>${t.entries.map((e, i) => {
    const href = e.evidence[0] ? link(e.evidence[0]) : null;
    return html`<tr><td>${i + 1}</td><td>${e.date ?? "undated"}</td><td>${href ? html`<a href="${href}">${e.label}</a>` : e.label}</td><td>${e.outlets.join(", ")}</td></tr>`;
  })}</tbody></table>
${t.disagreements.length ? html`<ul>${t.disagreements.map((d) => html`<li><strong>#${d.a + 1} vs #${d.b + 1}</strong>: ${d.reason}</li>`)}</ul>` : html`<p class="muted">The values are consistent over time.</p>`}</li>`;
}

function isEvidence(v: unknown): v is Evidence {
  const o = v as Evidence;
  return typeof o === "object" && o !== null && typeof o.docId === "string" && typeof o.sentence?.text === "string" && typeof o.sentence.start === "number";
}

/** Evidence objects anywhere inside a value (depth-limited). */
function findEvidence(v: unknown, out: Evidence[] = [], depth = 0): Evidence[] {
  if (depth > 6 || out.length >= 6) return out;
  if (isEvidence(v)) out.push(v);
  else if (Array.isArray(v)) for (const x of v) findEvidence(x, out, depth + 1);
  else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) findEvidence(x, out, depth + 1);
  return out;
}

/** A readable one-line summary of an unknown report item: its label-like fields. */
function summary(v: unknown): string {
  if (typeof v !== "object" || v === null) return String(v);
  const o = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of ["label", "key", "quantity", "event", "speaker", "actor", "outlet", "title", "unit", "value"]) {
    const x = o[k];
    if (typeof x === "string" || typeof x === "number") parts.push(k === "label" || k === "key" ? String(x) : `${k}: ${x}`);
  }
  return parts.length ? parts.join(" · ") : Object.keys(o).slice(0, 6).join(", ");
}

/** Sections the page does not know yet (new report fields) shown generically: a summary per item and its evidence sentences. */
function extraSections(r: StoryReport, link: Link): SafeHtml[] {
  const out: SafeHtml[] = [];
  for (const [k, v] of Object.entries(r as unknown as Record<string, unknown>)) {
    if (KNOWN.has(k)) continue;
    const items = Array.isArray(v) ? v : typeof v === "object" && v !== null ? Object.values(v).flatMap((x) => (Array.isArray(x) ? x : [x])) : null;
    if (!items) continue;
    const title = k.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
    out.push(section(`x-${k}`, title, items.length, items.slice(0, 100).map((it) => html`<li class="item"><h3>${summary(it)}</h3><div class="pair">${findEvidence(it).map((e) => html`<div class="side">${sentence(e, link)}</div>`)}</div></li>`)));
  }
  return out;
}

/** The story page: the comparison, every item linking to the sentence in its article. */
export function storyPage(v: StoryView): SafeHtml {
  const r = v.report;
  const link: Link = (ev) => {
    const id = v.byDocId.get(ev.docId);
    return id === undefined ? null : evidenceHref(id, ev.sentence);
  };
  const articleOf = new Map(v.articles.map((a) => [a.docId, a]));
  const diffText = (d: StoryReport["quoteVariants"][number]["diff"]) =>
    html`<p class="diff">${d.map((p, i) => html`${i ? " " : ""}${p.op === "same" ? p.a : p.op === "changed" ? html`<del>${p.a}</del> <ins>${p.b}</ins>` : p.op === "added" ? html`<ins>${p.b}</ins>` : html`<del>${p.a}</del>`}`)}</p>`;
  const timelines = (r.figureTimelines ?? []).filter((t) => t.entries.length >= 2);
  const places = r.placeConflicts ?? [];
  const causes = r.causeConflicts ?? [];
  const toc: [string, string, number][] = [
    ["timelines", "Figure timelines", timelines.length],
    ["numeric", "Numeric conflicts", r.numericConflicts.length],
    ["dates", "Date conflicts", r.dateConflicts.length],
    ["places", "Place conflicts", places.length],
    ["causes", "Cause conflicts", causes.length],
    ["variants", "Quote variants", r.quoteVariants.length],
    ["shifts", "Attribution shifts", r.attributionShifts.length],
    ["qualifiers", "Qualifier differences", r.qualifierDifferences.length],
    ["labels", "Labels per outlet", r.framing.labels.length],
    ["omissions", "Omissions", r.presence.omissions.length],
    ["agreements", "Agreements", r.agreements.length],
  ];
  const body = html`
<h1>${v.entry.title}</h1>
<p class="meta">Story ${v.entry.id} · ${v.entry.first ? (v.entry.first === v.entry.last ? v.entry.first : `${v.entry.first} – ${v.entry.last}`) : "no date"} · ${storyCountsLine(r)} · <strong>${count(differenceCount(r), "difference")}</strong> · <a href="/api/stories/${v.entry.id}">JSON</a></p>
<nav class="toc" aria-label="Sections"><ul>${toc.map(([id, t, n]) => html`<li><a href="#${id}">${t} (${n})</a></li>`)}</ul></nav>
<details class="sources"><summary>${count(r.sources.length, "article")} in this story</summary>
<table><thead><tr><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Wire group</th></tr></thead><tbody>
${r.sources.map((s) => {
  const a = articleOf.get(s.docId);
  return html`<tr><td>${s.outlet ?? "?"}</td><td>${dateText(s.published)}</td><td>${a ? html`<a href="/articles/${a.id}">${s.title ?? "Untitled"}</a>` : s.title ?? ""}</td><td>${s.group}</td></tr>`;
})}
</tbody></table></details>
${section("timelines", "Figure timelines", timelines.length, timelines.map((t) => timelineItem(t, link)))}
${section("numeric", "Numeric conflicts", r.numericConflicts.length, r.numericConflicts.map((c) => pair(c.quantity, c.a, c.b, link)))}
${section("dates", "Date conflicts", r.dateConflicts.length, r.dateConflicts.map((c) => pair(`${c.event}: ${c.a.value} ≠ ${c.b.value}`, c.a, c.b, link)))}
${section("places", "Place conflicts", places.length, places.map((p) => html`<li class="item"><h3>${p.topic}</h3><div class="pair">${p.sides.map((x, i) => side(x, link, `Version ${i + 1}`))}</div></li>`))}
${section("causes", "Cause conflicts", causes.length, causes.map((c) => html`<li class="item"><h3>${c.topic}</h3><div class="pair">${c.sides.map((x, i) => side(x, link, `Version ${i + 1}`))}</div></li>`))}
${section("variants", "Quote variants", r.quoteVariants.length, r.quoteVariants.map((q) => pair(html`${q.speaker} <span class="muted">similarity ${q.similarity}</span>`, q.a, q.b, link, diffText(q.diff))))}
${section("shifts", "Attribution shifts", r.attributionShifts.length, r.attributionShifts.map((s) => pair(`${s.shift}: ${s.a.speaker ?? "(no one)"} → ${s.b.speaker ?? "(no one)"}`, s.a, s.b, link)))}
${section("qualifiers", "Qualifier differences (compatible values)", r.qualifierDifferences.length, r.qualifierDifferences.map((c) => pair(c.quantity, c.a, c.b, link)))}
${section(
  "labels",
  "Labels per outlet",
  r.framing.labels.length,
  r.framing.labels.map(
    (l) => html`<li class="item"><h3>${l.actor}</h3><table><tbody>${l.byOutlet.map(
      (o) => html`<tr><th scope="row">${o.outlet}</th><td>${o.labels.map((x, i) => {
        const href = link(x.evidence);
        return html`${i ? ", " : ""}${href ? html`<a href="${href}">${x.text}</a>` : x.text}`;
      })}</td></tr>`,
    )}</tbody></table></li>`,
  ),
)}
${r.framing.loadedTerms.length ? section("loaded", "Loaded terms", r.framing.loadedTerms.length, r.framing.loadedTerms.map((t) => html`<li class="item"><h3>${t.outlet}: “${t.term}”${t.inQuote ? " (inside a quotation)" : ""}</h3><p class="muted">neutral: ${t.neutral.join(", ")}</p>${sentence(t.evidence, link)}</li>`)) : ""}
${section("omissions", "Omissions: facts others carry", r.presence.omissions.length, r.presence.omissions.map((o) => html`<li class="item"><h3>${o.outlet}</h3><ul>${o.omitted.map((x) => html`<li>${x.label} <span class="muted">(carried by ${x.carriedBy.join(", ")})</span></li>`)}</ul></li>`))}
${section("agreements", "Agreements", r.agreements.length, r.agreements.map((a) => {
  const href = a.evidence[0] ? link(a.evidence[0]) : null;
  return html`<li>${href ? html`<a href="${href}">${a.label}</a>` : a.label} <span class="muted">${count(a.sources, "source")}: ${[...new Set(a.evidence.map((e) => e.outlet ?? "?"))].join(", ")}</span></li>`;
}))}
${extraSections(r, link)}`;
  return layout({ title: v.entry.title, nav: "stories" }, body);
}

