import { html, type SafeHtml } from "../html.js";
import { layout } from "./layout.js";

interface Op {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Record<string, unknown> }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
  security?: unknown[];
}

function typeOf(s: Record<string, unknown> | undefined): string {
  if (!s) return "";
  if (Array.isArray(s.enum)) return s.enum.join(" | ");
  const t = s.type;
  const base = Array.isArray(t) ? t.join(" | ") : typeof t === "string" ? t : "";
  const bits = [base];
  if (s.minimum !== undefined || s.maximum !== undefined) bits.push(`${s.minimum ?? ""}–${s.maximum ?? ""}`);
  if (s.default !== undefined) bits.push(`default ${String(s.default)}`);
  return bits.filter(Boolean).join(", ");
}

/** The browsable API docs, rendered on the server from the OpenAPI document (no scripts from elsewhere). */
export function docsPage(doc: { info: { title: string; version: string; description?: string }; paths?: Record<string, Record<string, Op>> }): SafeHtml {
  const ops: { method: string; path: string; op: Op }[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) for (const [method, op] of Object.entries(methods)) ops.push({ method: method.toUpperCase(), path, op });
  const body = html`
<h1>${doc.info.title} <span class="muted">${doc.info.version}</span></h1>
<p>${doc.info.description ?? ""}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Lists answer JSON, CSV (<code>?format=csv</code> or <code>Accept: text/csv</code>) or JSONL (<code>?format=jsonl</code>). Errors are <code>{"error":{"code","message","field"}}</code>. Writes need <code>Authorization: Bearer &lt;token&gt;</code> when the server has a token.</p>
<nav class="toc" aria-label="Routes"><ul>${ops.map((o) => html`<li><a href="#${o.method}-${o.path}">${o.method} ${o.path}</a></li>`)}</ul></nav>
${ops.map(
  (o) => html`<section class="op" id="${o.method}-${o.path}">
<h2><code>${o.method} ${o.path}</code></h2>
<p><strong>${o.op.summary ?? ""}</strong>${o.op.security?.length ? html` <span class="tag">token</span>` : ""}</p>
${o.op.description ? html`<p>${o.op.description}</p>` : ""}
${o.op.parameters?.length ? html`<table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Meaning</th></tr></thead><tbody>${o.op.parameters.map(
  (p) => html`<tr><td><code>${p.name}</code>${p.required ? " (required)" : ""}</td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${p.description ?? (p.schema?.description as string | undefined) ?? ""}</td></tr>`,
)}</tbody></table>` : ""}
${o.op.requestBody ? html`<p>Body: ${Object.keys(o.op.requestBody.content ?? {}).join(", ")}</p>` : ""}
<p>Responses: ${Object.entries(o.op.responses ?? {}).map(([code, r], i) => html`${i ? "; " : ""}<code>${code}</code> ${r.description ?? ""}`)}</p>
${o.method === "GET" && !o.path.includes("{") ? html`<p><a href="${o.path}">Try ${o.path}</a></p>` : ""}
</section>`,
)}`;
  return layout({ title: "API", nav: "docs" }, body);
}
