import type { Analysis, Entity, Figure, Quote, Span, TimeExpression } from "../types.js";
import { oneLine } from "./CliIO.js";

export interface SummaryOptions {
  /** The input as the user named it. */
  input: string;
  color: boolean;
  /** Add each fact's method and confidence. */
  explain: boolean;
  /** Sentence spans of the document (sorted); facts are shown with the sentence they sit in. */
  sentences: readonly { start: number; end: number }[];
}

type Paint = (s: string) => string;
interface Palette { bold: Paint; dim: Paint; head: Paint; hi: Paint; name: Paint; value: Paint }

function palette(on: boolean): Palette {
  const wrap = (open: number, close: number): Paint => (on ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), head: wrap(36, 39), hi: wrap(4, 24), name: wrap(33, 39), value: wrap(32, 39) };
}

const SENTENCE_MAX = 160;

/** A readable terminal summary of one analysis: header, entities, quotes, times, figures. */
export function formatSummary(a: Analysis, o: SummaryOptions): string {
  const c = palette(o.color);
  const d = a.document;
  const text = d.text;
  const out: string[] = [];
  const why = (x: { method: string; confidence: number }) => (o.explain ? "  " + c.dim(`[${oneLine(x.method, 60)} ${x.confidence.toFixed(2)}]`) : "");
  const where = (span: Span | { start: number; end: number } | null) => (span ? "      " + c.dim("› ") + sentenceExcerpt(text, o.sentences, span, c) : null);

  out.push(c.bold(oneLine(d.title ?? "(untitled)", 200)));
  out.push(c.dim([d.outlet ?? "unknown outlet", d.published ?? "no date", d.url, o.input].filter(Boolean).map((s) => oneLine(s as string, 120)).join(" · ")));
  const counts = [
    count(a.stats.paragraphs, "paragraph"), count(a.stats.sentences, "sentence"), count(a.entities.length, "entity", "entities"),
    count(a.quotes.length, "quote"), count(a.times.length, "time"), count(a.figures.length, "figure"),
  ];
  if (d.furniture?.length) counts.push(count(d.furniture.length, "furniture block") + " skipped");
  if (a.diagnostics.length) counts.push(count(a.diagnostics.length, "diagnostic"));
  out.push(counts.join(" · "));
  if (o.explain && d.metadataCandidates?.length) {
    out.push(c.dim("metadata candidates:"));
    for (const m of d.metadataCandidates) out.push(c.dim(`  ${m.field}: ${oneLine(m.value, 100)}  (${oneLine(m.source, 40)})`));
  }

  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  section(out, c, "Entities", a.entities.length);
  for (const e of [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length || firstStart(x) - firstStart(y))) {
    out.push(`  ${c.name(oneLine(e.name, 60))}  ${e.type}  ×${e.mentions.length}${mentionSample(e)}${extras(e, names)}${why(e)}`);
  }

  section(out, c, "Quotes", a.quotes.length);
  for (const q of [...a.quotes].sort((x, y) => x.content.start - y.content.start)) {
    out.push(`  ${quoteLine(q, c)}  ${c.dim(`(${q.type}${q.continues ? `, continues ${q.continues}` : ""})`)}${why(q)}`);
    const line = where(q.cue && q.cue.start < q.content.start ? q.cue : q.content);
    if (line) out.push(line);
  }

  section(out, c, "Times", a.times.length);
  for (const t of [...a.times].sort((x, y) => x.start - y.start)) {
    out.push(`  ${timeLine(t, c)}${o.explain ? "  " + c.dim(`anchor: ${t.anchor}`) : ""}${why(t)}`);
    out.push(where(t)!);
  }

  section(out, c, "Figures", a.figures.length);
  for (const f of [...a.figures].sort((x, y) => x.start - y.start)) {
    out.push(`  ${figureLine(f, c)}${why(f)}`);
    out.push(where(f)!);
  }

  if (a.diagnostics.length) {
    section(out, c, "Diagnostics", a.diagnostics.length);
    for (const g of a.diagnostics) {
      out.push(`  ${oneLine(g.message, 200)}  ${c.dim(`(${oneLine(`${g.stage}/${g.rule}`, 60)})`)}`);
      const line = g.span ? where(g.span) : null;
      if (line) out.push(line);
    }
  }
  return out.join("\n") + "\n";
}

function count(n: number, one: string, many = one + "s"): string {
  return `${n} ${n === 1 ? one : many}`;
}

function section(out: string[], c: Palette, title: string, n: number): void {
  out.push("");
  out.push(c.head(c.bold(title)) + (n === 0 ? c.dim("  none found") : ""));
}

function firstStart(e: Entity): number {
  return e.mentions.reduce((m, x) => Math.min(m, x.start), Infinity);
}

function mentionSample(e: Entity): string {
  const seen = new Set<string>([e.name]);
  const texts: string[] = [];
  for (const m of [...e.mentions].sort((x, y) => x.start - y.start)) {
    const t = oneLine(m.text, 40);
    if (!seen.has(t)) {
      seen.add(t);
      texts.push(`“${t}”`);
    }
  }
  if (!texts.length) return "";
  return "  " + texts.slice(0, 4).join(", ") + (texts.length > 4 ? `, +${texts.length - 4} more` : "");
}

function extras(e: Entity, names: ReadonlyMap<string, string>): string {
  const head = e.head ? names.get(e.head) : undefined;
  const bits = [e.role ? `role: ${oneLine(e.role, 40)}` : "", head ? `headed by ${oneLine(head, 40)}` : ""].filter(Boolean);
  return bits.length ? `  (${bits.join(", ")})` : "";
}

function quoteLine(q: Quote, c: Palette): string {
  const who = q.speaker ? c.name(oneLine(q.speaker.name, 60)) : c.dim("(unattributed)");
  const cue = q.cue ? ` ← ${oneLine(q.cue.text, 40)}` : "";
  return `${who}${cue}: ${c.value(oneLine(q.content.text, 200))}`;
}

function timeLine(t: TimeExpression, c: Palette): string {
  return `${oneLine(t.text, 60)} → ${c.value(oneLine(t.value, 40))}  ${c.dim(t.type)}`;
}

function figureLine(f: Figure, c: Palette): string {
  const value = Number.isInteger(f.value) ? f.value.toLocaleString("en-US") : String(f.value);
  const parts = [c.value(value + (f.unit ? " " + oneLine(f.unit, 60) : "")), f.approx];
  if (f.ordinal) parts.push("ordinal");
  if (f.source) parts.push(`source: ${oneLine(f.source.name, 60)}`);
  return `${oneLine(f.text, 60)} → ${parts.join(" · ")}`;
}

/** The sentence holding `span` (from the sentence layer, else by punctuation), shortened around the span. */
function sentenceExcerpt(text: string, sentences: readonly { start: number; end: number }[], span: { start: number; end: number }, c: Palette): string {
  const s = findSentence(sentences, span.start) ?? guessSentence(text, span.start);
  const spanStart = Math.max(span.start, s.start);
  const spanEnd = Math.max(spanStart, Math.min(span.end, s.end));
  let from = s.start;
  let to = s.end;
  if (to - from > SENTENCE_MAX) {
    from = Math.max(s.start, spanStart - 50);
    to = Math.max(Math.min(s.end, from + SENTENCE_MAX), Math.min(spanEnd, from + SENTENCE_MAX));
  }
  const cut = Math.min(spanEnd, to);
  const before = flat(text.slice(from, spanStart)).trimStart();
  const inner = flat(text.slice(spanStart, cut));
  const after = flat(text.slice(cut, to)).trimEnd();
  return c.dim((from > s.start ? "…" : "") + before) + c.hi(inner) + c.dim(after + (to < s.end ? "…" : ""));
}

/** Whitespace runs → one space, unsafe characters replaced; no trimming (pieces are joined). */
function flat(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}

function findSentence(sentences: readonly { start: number; end: number }[], pos: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && pos < sentences[best].end ? sentences[best] : null;
}

/** A fallback sentence: from the last `. `/`! `/`? `/line break before `pos` to the next one after it. */
function guessSentence(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && text[start - 1] !== "\n" && !(/[.!?]/.test(text[start - 2] ?? "") && /\s/.test(text[start - 1]))) start--;
  let end = pos;
  while (end < text.length && text[end] !== "\n" && !(/[.!?]/.test(text[end]) && /\s|$/.test(text[end + 1] ?? ""))) end++;
  if (end < text.length && text[end] !== "\n") end++;
  return { start, end };
}
