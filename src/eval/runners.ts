/**
 * Evaluation runners: dossier (and, with `peers`, other libraries and baselines) on TempEval-3
 * time expressions and PolNeAR quote attribution. Each returns one report with a stable, flat
 * metric map per system (all values in 0..1).
 *
 * Timex metrics (scorer: `tempeval/scoreTimex.ts`): `precision`, `recall`, `f1` are the
 * **relaxed** span scores (= `relaxedF1`); `strictF1`, `strictPrecision`, `strictRecall`,
 * `relaxedF1`, `typeAccuracy`, `typeF1`, `valueAccuracy`, `valueF1` (the TE3 ranking metric).
 *
 * Quote metrics (scorer: `polnear/scoreAttribution.ts`): `precision`, `recall`, `f1` are the
 * **attribution-level** scores (= `attributionF1`); `sourceF1`, `cueF1`, `contentF1` (exact
 * extent), `sourcePartialF1`, `cuePartialF1`, `contentPartialF1` (token overlap).
 *
 * Systems:
 * - `dossier`: `analyze({ text, published })` with the DCT date (TempEval) or the publication date
 *   (PolNeAR); `times` map to (span, type, value); `quotes` map to (speaker mention → source, cue,
 *   content), where quotes chained by `continues` become one attribution whose content has one
 *   fragment per piece (PolNeAR annotates an interrupted quotation as one discontinuous content),
 *   and a content piece is widened by a directly adjacent double quote mark on either side
 *   (PolNeAR's content includes the marks; dossier's excludes them).
 * - `chrono-node` (timex): `chrono.parse(text, DCT)`; type TIME when the hour is certain, else
 *   DATE; value `YYYY-MM-DDTHH:MM` / `YYYY-MM-DD` (day or weekday certain) / `YYYY-MM` (month
 *   certain) / `YYYY` (year certain) from the parsed components. Trailing `,;:` and spaces and
 *   a leading preposition (`on Friday` → `Friday`, as TIMEX3 extents exclude it) are trimmed.
 * - `compromise` (timex): `nlp(text).match('#Date+')` (compromise-dates is not installed), span
 *   from the first to the last term's offset, type DATE, no value.
 * - `compromise` (quotes): `nlp(text).quotations()`, content only (with its quote marks).
 * - `quote-marks baseline` (quotes): every span between a pair of double quote marks in one
 *   paragraph (marks included) is a content; its source is the nearest run of capitalised words
 *   outside the quote within the same sentence(s); no cue.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as chrono from "chrono-node";
import { createEngine } from "../engine.js";
import { ENGINE_VERSION } from "../version.js";
import type { Analysis, Quote } from "../types.js";
import { readTempEval, type TempEvalSplit } from "./tempeval/readTimeml.js";
import { scoreTimex, type TimexSpan } from "./tempeval/scoreTimex.js";
import { readPolnear, type PolnearSplit } from "./polnear/readPolnear.js";
import { scoreAttribution, type AttributionTriple, type Fragment } from "./polnear/scoreAttribution.js";

export type Split = "train" | "dev" | "test";

export interface SystemResult {
  name: string;
  version: string;
  metrics: Record<string, number>;
  /** Gold and predicted item counts behind the metrics. */
  counts: Record<string, number>;
  /** Wall-clock time spent predicting, in seconds. */
  seconds: number;
}

export interface EvalReport {
  task: "timex" | "quotes";
  split: Split;
  documents: number;
  systems: SystemResult[];
}

export interface EvalOptions {
  /** Also run the peer systems (chrono-node, compromise, quote-marks baseline). Default false. */
  peers?: boolean;
  /** Evaluate only the first N documents of the split. Default: all. */
  limit?: number;
}

// ─── Helpers ───────────────────────────────────────────────────────────────────────────────────

/** `dir` itself when it holds the dataset, else `dir/<name>` (so both `…/data` and `…/data/tempeval3` work). */
function datasetDir(dir: string, name: string, marker: string): string {
  if (fs.existsSync(path.join(dir, marker))) return dir;
  const sub = path.join(dir, name);
  if (fs.existsSync(path.join(sub, marker))) return sub;
  throw new Error(`${name} data not found in ${dir} (looked for ${marker})`);
}

/** The installed version of a package, read from its package.json; "unknown" when not found. */
function packageVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      const pj = path.join(dir, "package.json");
      if (fs.existsSync(pj)) {
        const json = JSON.parse(fs.readFileSync(pj, "utf8")) as { name?: string; version?: string };
        if (json.name === name && json.version) return json.version;
      }
      const up = path.dirname(dir);
      if (up === dir) return "unknown";
      dir = up;
    }
  } catch {
    return "unknown";
  }
}

/** The part of compromise used here (typed locally: compromise is a devDependency). */
interface CompromiseView {
  match(pattern: string): CompromiseView;
  quotations(): CompromiseView;
  out(format: "offset"): unknown;
}
export type Nlp = ((text: string) => CompromiseView) & { version?: string };

/** Loads compromise on demand (only the peer runs need it). */
async function loadCompromise(): Promise<Nlp> {
  return (await import("compromise")).default as unknown as Nlp;
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, (performance.now() - t0) / 1000];
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of a DCT value (`1998-02-13T13:10:00` → `1998-02-13`), or null. */
export function dctDate(dct: string | null): string | null {
  const m = dct ? /^(\d{4}-\d{2}-\d{2})/.exec(dct) : null;
  return m ? m[1] : null;
}

// ─── Timex systems ─────────────────────────────────────────────────────────────────────────────

/** dossier's `times` layer as scorer input. */
export function dossierTimexes(a: Analysis): TimexSpan[] {
  return a.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
}

/** A TIMEX3 type and value from chrono's parsed components (see the module comment). */
export function chronoTimexValue(c: chrono.ParsedComponents): { type: "DATE" | "TIME"; value: string } {
  const y = c.get("year");
  const mo = c.get("month");
  const d = c.get("day");
  const date = `${String(y).padStart(4, "0")}-${pad2(mo ?? 1)}-${pad2(d ?? 1)}`;
  if (c.isCertain("hour")) return { type: "TIME", value: `${date}T${pad2(c.get("hour") ?? 0)}:${pad2(c.get("minute") ?? 0)}` };
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: date };
  if (c.isCertain("month")) return { type: "DATE", value: date.slice(0, 7) };
  if (c.isCertain("year")) return { type: "DATE", value: date.slice(0, 4) };
  return { type: "DATE", value: date };
}

/** A preposition chrono takes into its match ("on Friday") but a TIMEX3 extent leaves out. */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|from|for|during)\s+/i;

/** chrono-node over a text with the DCT as reference date (local noon, or the DCT's time). */
export function chronoTimexes(text: string, dct: string | null): TimexSpan[] {
  const m = dct ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dct) : null;
  const ref = m ? new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0) : new Date();
  const out: TimexSpan[] = [];
  for (const r of chrono.parse(text, ref)) {
    let start = r.index;
    let end = r.index + r.text.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    const prep = LEADING_PREPOSITION.exec(text.slice(start, end));
    if (prep && start + prep[0].length < end) start += prep[0].length;
    if (end > start) out.push({ start, end, ...chronoTimexValue(r.start) });
  }
  return out;
}

interface CompromiseTerm {
  offset: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
  offset: { start: number; length: number };
}

/** compromise `#Date+` matches: DATE, no value. */
export function compromiseTimexes(nlp: Nlp, text: string): TimexSpan[] {
  const matches = nlp(text).match("#Date+").out("offset") as CompromiseMatch[];
  const out: TimexSpan[] = [];
  for (const m of matches) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    if (start >= 0 && end <= text.length && end > start) out.push({ start, end, type: "DATE", value: null });
  }
  return out;
}

/**
 * TempEval-3 Task A: dossier (and peers) on one split. `dataDir` is the `tempeval3` folder or
 * its parent.
 */
export async function evalTimex(dataDir: string, split: Split, options: EvalOptions = {}): Promise<EvalReport> {
  const dir = datasetDir(dataDir, "tempeval3", "te3-platinum");
  const docs = readTempEval(dir, split as TempEvalSplit, { limit: options.limit });
  const gold = docs.map((d) => d.timexes);
  const systems: SystemResult[] = [];

  const run = (name: string, version: string, predict: (i: number) => TimexSpan[]) => {
    const [predicted, seconds] = timed(() => docs.map((_, i) => predict(i)));
    const s = scoreTimex(docs.map((_, i) => ({ gold: gold[i], predicted: predicted[i] })));
    systems.push({
      name,
      version,
      seconds,
      metrics: {
        precision: s.relaxed.p,
        recall: s.relaxed.r,
        f1: s.relaxed.f1,
        strictPrecision: s.strict.p,
        strictRecall: s.strict.r,
        strictF1: s.strict.f1,
        relaxedF1: s.relaxed.f1,
        typeAccuracy: s.typeAccuracy,
        typeF1: s.typeF1,
        valueAccuracy: s.valueAccuracy,
        valueF1: s.valueF1,
      },
      counts: { ...s.counts },
    });
  };

  const engine = createEngine();
  run("dossier", ENGINE_VERSION, (i) => dossierTimexes(engine.analyze({ text: docs[i].text, published: dctDate(docs[i].dct) })));
  if (options.peers) {
    run("chrono-node", packageVersion("chrono-node"), (i) => chronoTimexes(docs[i].text, docs[i].dct));
    const nlp = await loadCompromise();
    run("compromise", nlp.version ?? packageVersion("compromise"), (i) => compromiseTimexes(nlp, docs[i].text));
  }
  return { task: "timex", split, documents: docs.length, systems };
}

// ─── Quote systems ─────────────────────────────────────────────────────────────────────────────

const DOUBLE_QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB]/;

/**
 * A content span widened by a double quote mark directly before its start and one directly
 * after its end: dossier's quote content excludes the marks, PolNeAR's includes them.
 */
export function withQuoteMarks(text: string, span: { start: number; end: number }): Fragment {
  let { start, end } = span;
  if (start > 0 && DOUBLE_QUOTE.test(text[start - 1])) start--;
  if (end < text.length && DOUBLE_QUOTE.test(text[end])) end++;
  return { start, end };
}

/**
 * dossier's quotes as attributions; `continues` chains become one multi-fragment content, and
 * each content piece takes in its adjacent quote marks ({@link withQuoteMarks}).
 */
export function dossierAttributions(a: Analysis): AttributionTriple[] {
  const byId = new Map(a.quotes.map((q) => [q.id, q]));
  const rootOf = (q: Quote): string => {
    const seen = new Set<string>();
    let r = q;
    while (r.continues && byId.has(r.continues) && !seen.has(r.id)) {
      seen.add(r.id);
      r = byId.get(r.continues)!;
    }
    return r.id;
  };
  const groups = new Map<string, Quote[]>();
  for (const q of a.quotes) {
    const root = rootOf(q);
    groups.set(root, [...(groups.get(root) ?? []), q]);
  }
  return [...groups.values()].map((qs) => {
    qs.sort((x, y) => x.content.start - y.content.start);
    const fragments: Fragment[] = qs.map((q) => withQuoteMarks(a.document.text, q.content));
    const withSpeaker = qs.find((q) => q.speaker?.mention);
    const withCue = qs.find((q) => q.cue);
    return {
      source: withSpeaker?.speaker?.mention ?? null,
      cue: withCue?.cue ?? null,
      content: { start: fragments[0].start, end: fragments[fragments.length - 1].end, fragments },
    };
  });
}

/** compromise `quotations()`: content only, quote marks included. */
export function compromiseAttributions(nlp: Nlp, text: string): AttributionTriple[] {
  const matches = nlp(text).quotations().out("offset") as CompromiseMatch[];
  const out: AttributionTriple[] = [];
  for (const m of matches) {
    let start = m.offset.start;
    let end = m.offset.start + m.offset.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= 0 && end <= text.length && end > start) out.push({ content: { start, end } });
  }
  return out;
}

const OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
const CLOSE = new Set(["\u201D", "\u00BB"]);
/** Capitalised words that start sentences or clauses but are not names. */
const NOT_NAME = new Set(
  "The A An And But Or So Yet In On At For Of To From By With As If When While After Before Because Although This That These Those It Its He She They We I You His Her Their Our My Your There Here What Who Why How Where Some Many Most All Both Each Mr Mrs Ms Dr".split(" "),
);
const NAME_RUN = /[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*/gu;
const SENTENCE_END = /[.!?]["”’)]?\s/g;

/** Nearest run of capitalised words to `[qs, qe)` within `[from, to)`, outside the quote. */
function nearestName(text: string, from: number, to: number, qs: number, qe: number): { start: number; end: number } | null {
  let best: { start: number; end: number; dist: number } | null = null;
  for (const [lo, hi] of [
    [from, qs],
    [qe, to],
  ]) {
    const part = text.slice(lo, hi);
    for (const m of part.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      let start = lo + m.index!;
      while (words.length > 0 && NOT_NAME.has(words[0].replace(/[.’']+$/, ""))) {
        const w = words.shift()!;
        start = text.indexOf(words[0] ?? "", start + w.length);
      }
      if (words.length === 0) continue;
      let end = lo + m.index! + m[0].length;
      while (end > start && /[.’'-]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      const dist = end <= qs ? qs - end : start - qe;
      if (!best || dist < best.dist) best = { start, end, dist };
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

/**
 * The quote-marks baseline: every double-quoted span within a paragraph (curly pairs, straight
 * quotes paired in order) as content, the nearest capitalised name in its sentence(s) as source.
 */
export function quoteMarksBaseline(text: string): AttributionTriple[] {
  const out: AttributionTriple[] = [];
  let paraStart = 0;
  for (const para of text.split("\n")) {
    let open: number | null = null;
    for (let i = 0; i < para.length; i++) {
      const ch = para[i];
      const isOpen = OPEN.has(ch) || (ch === '"' && open === null);
      const isClose = CLOSE.has(ch) || (ch === '"' && open !== null);
      if (isClose && open !== null) {
        const qs = paraStart + open;
        const qe = paraStart + i + 1;
        open = null;
        if (qe - qs <= 2) continue;
        // The sentence(s) around the quote: back to the previous sentence end, on to the next.
        let from = paraStart;
        for (const m of text.slice(paraStart, qs).matchAll(SENTENCE_END)) from = paraStart + m.index! + m[0].length;
        const after = text.slice(qe, paraStart + para.length);
        const next = /[.!?]["”’)]?(\s|$)/.exec(after);
        const to = next ? qe + next.index + 1 : paraStart + para.length;
        out.push({ content: { start: qs, end: qe }, source: nearestName(text, from, to, qs, qe), cue: null });
      } else if (isOpen) {
        open = i;
      }
    }
    paraStart += para.length + 1;
  }
  return out;
}

/**
 * PolNeAR attribution: dossier (and peers) on one split. `dataDir` is the `polnear` folder or
 * its parent.
 */
export async function evalQuotes(dataDir: string, split: Split, options: EvalOptions = {}): Promise<EvalReport> {
  const dir = datasetDir(dataDir, "polnear", path.join("data", "metadata.tsv"));
  const docs = readPolnear(dir, split as PolnearSplit, { limit: options.limit });
  const gold: AttributionTriple[][] = docs.map((d) =>
    d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content })),
  );
  const systems: SystemResult[] = [];

  const run = (name: string, version: string, predict: (i: number) => AttributionTriple[]) => {
    const [predicted, seconds] = timed(() => docs.map((_, i) => predict(i)));
    const s = scoreAttribution(docs.map((d, i) => ({ text: d.text, gold: gold[i], predicted: predicted[i] })));
    systems.push({
      name,
      version,
      seconds,
      metrics: {
        precision: s.attribution.p,
        recall: s.attribution.r,
        f1: s.attribution.f1,
        attributionF1: s.attribution.f1,
        sourceF1: s.source.exact.f1,
        cueF1: s.cue.exact.f1,
        contentF1: s.content.exact.f1,
        sourcePartialF1: s.source.partial.f1,
        cuePartialF1: s.cue.partial.f1,
        contentPartialF1: s.content.partial.f1,
      },
      counts: {
        gold: s.attribution.gold,
        predicted: s.attribution.predicted,
        matched: s.attribution.matched,
        goldSources: s.source.gold,
        predictedSources: s.source.predicted,
        goldCues: s.cue.gold,
        predictedCues: s.cue.predicted,
        goldContents: s.content.gold,
        predictedContents: s.content.predicted,
      },
    });
  };

  const engine = createEngine();
  run("dossier", ENGINE_VERSION, (i) => dossierAttributions(engine.analyze({ text: docs[i].text, published: docs[i].published })));
  if (options.peers) {
    const nlp = await loadCompromise();
    run("compromise", nlp.version ?? packageVersion("compromise"), (i) => compromiseAttributions(nlp, docs[i].text));
    run("quote-marks baseline", "1", (i) => quoteMarksBaseline(docs[i].text));
  }
  return { task: "quotes", split, documents: docs.length, systems };
}
