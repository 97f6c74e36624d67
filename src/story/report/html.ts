/**
 * The story report as one self-contained static HTML file: inline CSS, no scripts, no external
 * requests; every text HTML-escaped; the two sentences of each item side by side with the claim
 * (or the changed words) highlighted.
 */
import { storyCountsLine } from "./storyCounts.js";
import type { Evidence, Side, StoryReport } from "../StoryReport.js";
import { markedPieces } from "./mark.js";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
.item{margin:1rem 0;border:1px solid #e3e3e3;border-radius:6px;padding:.6rem .8rem}
.head{font-weight:600;margin-bottom:.4rem}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side .label{font-weight:600}.side .outlets{color:#666;font-size:.85rem}
.sent{background:#fafafa;border-left:3px solid #bbb;padding:.3rem .5rem;margin-top:.3rem}
mark{background:#ffe27a;padding:0 .1em}
.meta{color:#666;font-size:.85rem}
del{background:#ffd6d6;text-decoration:line-through}ins{background:#d6f5d6;text-decoration:none}
table{border-collapse:collapse}td,th{border:1px solid #e3e3e3;padding:.25rem .5rem;text-align:left;vertical-align:top}
`;

function sentence(ev: Evidence): string {
  const body = markedPieces(ev)
    .map((p) => (p.marked ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join("");
  const where = `${ev.docId} [${ev.span.start}, ${ev.span.end})`;
  return `<div class="sent" title="${escapeHtml(where)}">${body}</div>`;
}

function side(s: Side): string {
  const outlets = s.evidence.map((e) => escapeHtml(e.outlet ?? "?")).join(", ");
  return `<div class="side"><div class="label">${escapeHtml(s.label)}</div><div class="outlets">${outlets} · ${s.sources} source${s.sources === 1 ? "" : "s"}</div>${sentence(s.evidence[0])}</div>`;
}

function pair(head: string, a: Side, b: Side, extra = ""): string {
  return `<div class="item"><div class="head">${head}</div>${extra}<div class="pair">${side(a)}${side(b)}</div></div>`;
}

/** Renders the report as a complete HTML document. */
export function renderStoryHtml(r: StoryReport, title = "Story comparison"): string {
  const h: string[] = [];
  const section = (name: string, n: number) => h.push(`<h2>${escapeHtml(name)} (${n})</h2>${n === 0 ? "<p class=\"meta\">none</p>" : ""}`);
  h.push(`<h1>${escapeHtml(title)}</h1>`);
  h.push(`<p class="meta">${escapeHtml(storyCountsLine(r))} (wire reprints and copies of one text count once).</p>`);
  h.push("<table><tr><th>outlet</th><th>published</th><th>title</th><th>group</th></tr>");
  for (const s of [...r.sources, ...(r.copies ?? [])]) h.push(`<tr><td>${escapeHtml(s.outlet ?? "?")}</td><td>${escapeHtml(s.published ?? "")}</td><td>${escapeHtml(s.title ?? "")}</td><td>${s.group}</td></tr>`);
  h.push("</table>");
  section("Figure timelines", r.figureTimelines.length);
  for (const t of r.figureTimelines) {
    h.push(`<div class="item"><div class="head">${escapeHtml(t.quantity)}${t.scope ? ` (${escapeHtml(t.scope)})` : ""}</div><table><tr><th>#</th><th>value</th><th>date</th><th>outlets</th><th>sentence</th></tr>`);
    t.entries.forEach((e, i) => {
      const clash = t.disagreements.filter((d) => d.a === i || d.b === i).map((d) => (d.a === i ? d.b : d.a) + 1);
      const flag = clash.length ? `<div class="meta"><mark>disagrees with ${clash.join(", ")}</mark></div>` : "";
      h.push(`<tr><td>${i + 1}</td><td>${escapeHtml(e.label)}${flag}</td><td>${escapeHtml(e.date ?? "undated")}</td><td>${e.outlets.map(escapeHtml).join(", ")}</td><td>${sentence(e.evidence[0])}</td></tr>`);
    });
    h.push("</table></div>");
  }
  section("Place conflicts", r.placeConflicts.length);
  for (const p of r.placeConflicts) h.push(`<div class="item"><div class="head">${escapeHtml(p.topic)}</div><div class="pair">${p.sides.map(side).join("")}</div></div>`);
  section("Cause conflicts", (r.causeConflicts ?? []).length);
  for (const c of r.causeConflicts ?? []) h.push(`<div class="item"><div class="head">${escapeHtml(c.topic)}</div><div class="pair">${c.sides.map(side).join("")}</div></div>`);
  section("Numeric conflicts", r.numericConflicts.length);
  for (const c of r.numericConflicts) h.push(pair(escapeHtml(c.quantity), c.a, c.b));
  section("Qualifier differences (compatible values)", r.qualifierDifferences.length);
  for (const c of r.qualifierDifferences) h.push(pair(escapeHtml(c.quantity), c.a, c.b));
  section("Quote variants", r.quoteVariants.length);
  for (const v of r.quoteVariants) {
    const diff = v.diff
      .map((d) => (d.op === "same" ? escapeHtml(d.a) : d.op === "changed" ? `<del>${escapeHtml(d.a)}</del> <ins>${escapeHtml(d.b)}</ins>` : d.op === "added" ? `<ins>${escapeHtml(d.b)}</ins>` : `<del>${escapeHtml(d.a)}</del>`))
      .join(" ");
    h.push(pair(`${escapeHtml(v.speaker)} <span class="meta">similarity ${v.similarity}</span>`, v.a, v.b, `<p>${diff}</p>`));
  }
  section("Attribution shifts", r.attributionShifts.length);
  for (const s of r.attributionShifts) h.push(pair(`${escapeHtml(s.shift)}: ${escapeHtml(s.a.speaker ?? "(no one)")} → ${escapeHtml(s.b.speaker ?? "(no one)")}`, s.a, s.b));
  section("Date conflicts", r.dateConflicts.length);
  for (const d of r.dateConflicts) h.push(pair(`${escapeHtml(d.event)}: ${escapeHtml(d.a.value)} ≠ ${escapeHtml(d.b.value)}`, d.a, d.b));
  section("Agreements", r.agreements.length);
  h.push("<ul>");
  for (const a of r.agreements) h.push(`<li>${escapeHtml(a.label)} — ${a.sources} sources: <span class="meta">${escapeHtml([...new Set(a.evidence.map((e) => e.outlet ?? "?"))].join(", "))}</span></li>`);
  h.push("</ul>");
  section("Facts only some outlets carry", r.presence.facts.length);
  h.push("<ul>");
  for (const f of r.presence.facts) {
    // What two of the outlets leaving it out say in its place.
    const instead = (f.counterparts ?? []).slice(0, 2).map((c) => `<br><span class="meta">instead, ${escapeHtml(c.outlet ?? "?")}:</span> ${escapeHtml(c.sentence.text)}`).join("");
    h.push(`<li>${escapeHtml(f.label)} — ${f.sources} source${f.sources === 1 ? "" : "s"}; <span class="meta">not in: ${escapeHtml(f.missingFrom.join(", "))}</span>${instead}</li>`);
  }
  h.push("</ul>");
  section("Left out by each outlet", r.presence.omissions.length);
  for (const o of r.presence.omissions) h.push(`<div class="item"><div class="head">${escapeHtml(o.outlet)}</div><ul>${o.omitted.map((x) => `<li>${escapeHtml(x.label)}</li>`).join("")}</ul></div>`);
  section("Labels for the same actor", r.framing.labels.length);
  for (const l of r.framing.labels) {
    h.push(`<div class="item"><div class="head">${escapeHtml(l.actor)}</div><table>`);
    for (const o of l.byOutlet) h.push(`<tr><td>${escapeHtml(o.outlet)}</td><td>${o.labels.map((x) => sentence(x.evidence)).join("")}</td></tr>`);
    h.push("</table></div>");
  }
  section("Loaded terms", r.framing.loadedTerms.length);
  for (const t of r.framing.loadedTerms) {
    h.push(`<div class="item"><div class="head">${escapeHtml(t.outlet)}: “${escapeHtml(t.term)}”${t.inQuote ? " (in a quotation)" : ""} <span class="meta">neutral: ${escapeHtml(t.neutral.join(", "))}</span></div>${sentence(t.evidence)}</div>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
${h.join("\n")}
</body></html>
`;
}
