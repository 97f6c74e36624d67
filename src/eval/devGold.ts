/**
 * Hand-made development gold for the news-dev excerpts (`test/gold/news-dev/NNN.json`) and a
 * scorer that compares `analyze()` output with it. The gold files hold only offsets and short
 * span texts; the article texts are read from the news-dev directory at run time.
 *
 * Matching rules (also in `test/gold/README.md`):
 *
 * - **Quotes.** A predicted quote matches a gold quote when their content spans overlap by at
 *   least 50% of the longer span's length (character overlap) AND the speaker matches: the
 *   predicted `speaker.name` or `speaker.mention.text` shares a normalised token with the gold
 *   `speaker` or any of its `speakerAliases`. Tokens are lower-cased, diacritics and possessive
 *   `'s` stripped, split on anything that is not a letter or digit; one-character tokens,
 *   stopwords, titles and reporting verbs ("the", "minister", "president", "said", …) are
 *   ignored. Each gold quote and each predicted quote is matched at most once (greedy, best
 *   overlap first). `quotes` counts these matches (attribution P/R/F1); `quoteContent` applies
 *   the overlap rule only and ignores the speaker.
 * - **Times.** A gold time is `found` when some predicted time overlaps its span, and `correct`
 *   when an overlapping predicted time has exactly the same `value`.
 * - **Figures.** A gold figure is `found` when some predicted figure overlaps its span;
 *   `valueCorrect` when an overlapping prediction has an equal `value` (relative tolerance 1e-9);
 *   `correct` when value and `approx` are both equal. `accuracy` = correct / total,
 *   `valueAccuracy` = valueCorrect / total.
 * - **Figure sources** (gold files whose figures carry `source`, e.g. `stories-dev/`). A gold
 *   figure is `sourceCorrect` when an overlapping predicted figure credits the same source: both
 *   null (the outlet's own figure), or the predicted `source.name` or `source.span.text` shares a
 *   normalised speaker token with the gold `source` (the quote rule). `sourceAccuracy` =
 *   sourceCorrect / sourceTotal (gold figures with a `source` field); `sourceFoundAccuracy` =
 *   sourceCorrect / the found ones among them.
 *
 * Scores are micro-averaged over all files (counts summed, then ratios). Ratio conventions:
 * precision is 0 when nothing was predicted but gold exists, recall is 0 when gold exists and
 * nothing matched, and both are 1 when there is neither gold nor prediction; an accuracy over
 * zero gold items is 1.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, Approx, ArticleInput, Figure, QuoteType, TimeType } from "../types.js";

// ─── Gold data model ───────────────────────────────────────────────────────────────────────────

/** A quote's content span in the gold: offsets plus its first few words (never the whole text). */
export interface GoldContent {
  start: number;
  end: number;
  /** The first ~6 words of the content; `text.slice(start, end)` starts with it. */
  head: string;
}

export interface GoldQuote {
  /** The credited entity, as its fullest name in the article. */
  speaker: string;
  /** Other names that count as the same speaker (short names, acronyms, co-speakers). */
  speakerAliases: string[];
  /** The reporting cue as written ("said", "according to"), or null for continuations. */
  cue: string | null;
  type: QuoteType;
  content: GoldContent;
}

export interface GoldTime {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  /** TIMEX3-style value. */
  value: string;
}

export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  value: number;
  approx: Approx;
  /** What is counted (free text, informational; not scored). */
  unit: string | null;
  /**
   * Who the figure is credited to: the speaker of the attributed statement it sits in, or the
   * entity of its own attribution ("according to the ministry"); null = the outlet itself.
   * Absent in gold sets that do not annotate sources (news-dev).
   */
  source?: string | null;
}

export interface DevGold {
  /** Article file name in the set's `articles/`, e.g. "004.json" or "crocus-2024-001.json". */
  file: string;
  published: string | null;
  quotes: GoldQuote[];
  times: GoldTime[];
  figures: GoldFigure[];
}

/** A news-dev article as stored in `articles/NNN.json`. */
export interface DevArticle {
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  retrieved_query?: string;
}

export interface DevGoldPair {
  gold: DevGold;
  analysis: Analysis;
}

// ─── Scores ────────────────────────────────────────────────────────────────────────────────────

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface DateScore {
  /** correct / total. */
  accuracy: number;
  correct: number;
  total: number;
  /** Gold times overlapped by any predicted time. */
  found: number;
  /** Predicted times (all, including ones in files or places the gold does not cover). */
  predicted: number;
}

export interface FigureScore {
  /** Value and approx both right, over total. */
  accuracy: number;
  /** Value right, over total. */
  valueAccuracy: number;
  correct: number;
  valueCorrect: number;
  total: number;
  found: number;
  predicted: number;
  /** Gold figures carrying a `source` field, those credited right, and those also found. */
  sourceTotal: number;
  sourceCorrect: number;
  sourceFound: number;
  /** sourceCorrect / sourceTotal. */
  sourceAccuracy: number;
  /** sourceCorrect / sourceFound: how often a found figure is credited right. */
  sourceFoundAccuracy: number;
}

export interface FileScore {
  file: string;
  quotes: PRF;
  quoteContent: PRF;
  dates: DateScore;
  figures: FigureScore;
}

export interface DevGoldScore {
  quotes: PRF;
  quoteContent: PRF;
  dates: DateScore;
  figures: FigureScore;
  perFile: FileScore[];
}

// ─── Loading and checking ──────────────────────────────────────────────────────────────────────

const QUOTE_TYPES: readonly string[] = ["direct", "indirect", "mixed"];
const TIME_TYPES: readonly string[] = ["DATE", "TIME", "DURATION", "SET"];
const APPROX: readonly string[] = ["exact", "at least", "more than", "about", "nearly", "less than", "at most"];

function toPath(dir: string | URL): string {
  return dir instanceof URL ? fileURLToPath(dir) : dir;
}

/** Gold file names: `NNN.json` (news-dev) or `<story-slug>-NNN.json` (stories-dev). */
const GOLD_FILE = /^(?:[a-z][a-z0-9-]*-)?\d{3}\.json$/;

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const isSpan = (x: unknown): boolean => {
  const s = x as { start?: unknown; end?: unknown };
  return !!s && isInt(s.start) && isInt(s.end) && (s.start as number) <= (s.end as number);
};

/** Checks the shape of one parsed gold file; returns a list of problems (empty when valid). */
export function validateDevGold(g: unknown): string[] {
  const p: string[] = [];
  const o = g as Partial<DevGold>;
  if (!o || typeof o !== "object") return ["not an object"];
  if (typeof o.file !== "string" || !GOLD_FILE.test(o.file)) p.push("file must be NNN.json or <story>-NNN.json");
  if (o.published !== null && typeof o.published !== "string") p.push("published must be a string or null");
  if (!Array.isArray(o.quotes) || !Array.isArray(o.times) || !Array.isArray(o.figures)) return [...p, "quotes, times, figures must be arrays"];
  o.quotes.forEach((q, i) => {
    if (typeof q.speaker !== "string" || !q.speaker) p.push(`quotes[${i}].speaker`);
    if (!Array.isArray(q.speakerAliases) || q.speakerAliases.some((a) => typeof a !== "string")) p.push(`quotes[${i}].speakerAliases`);
    if (q.cue !== null && typeof q.cue !== "string") p.push(`quotes[${i}].cue`);
    if (!QUOTE_TYPES.includes(q.type)) p.push(`quotes[${i}].type`);
    if (!isSpan(q.content) || typeof q.content.head !== "string") p.push(`quotes[${i}].content`);
  });
  o.times.forEach((t, i) => {
    if (!isSpan(t) || typeof t.text !== "string") p.push(`times[${i}] span`);
    if (!TIME_TYPES.includes(t.type)) p.push(`times[${i}].type`);
    if (typeof t.value !== "string" || !t.value) p.push(`times[${i}].value`);
  });
  o.figures.forEach((f, i) => {
    if (!isSpan(f) || typeof f.text !== "string") p.push(`figures[${i}] span`);
    if (typeof f.value !== "number" || !Number.isFinite(f.value)) p.push(`figures[${i}].value`);
    if (!APPROX.includes(f.approx)) p.push(`figures[${i}].approx`);
    if (f.unit !== null && typeof f.unit !== "string") p.push(`figures[${i}].unit`);
    if ("source" in f && f.source !== null && (typeof f.source !== "string" || !f.source)) p.push(`figures[${i}].source`);
  });
  return p;
}

/** Loads every `NNN.json` / `<story>-NNN.json` gold file in `dir` (sorted by name); throws on a malformed file. */
export function loadDevGold(dir: string | URL): DevGold[] {
  const d = toPath(dir);
  return fs
    .readdirSync(d)
    .filter((f) => GOLD_FILE.test(f))
    .sort()
    .map((f) => {
      const g: unknown = JSON.parse(fs.readFileSync(path.join(d, f), "utf8"));
      const problems = validateDevGold(g);
      if (problems.length) throw new Error(`${f}: invalid gold: ${problems.join("; ")}`);
      if ((g as DevGold).file !== f) throw new Error(`${f}: "file" says ${(g as DevGold).file}`);
      return g as DevGold;
    });
}

/** Reads `articles/<file>` from a set's directory (the one holding `articles/`: news-dev, stories-dev). */
export function loadDevArticle(newsDevDir: string | URL, file: string): DevArticle {
  return JSON.parse(fs.readFileSync(path.join(toPath(newsDevDir), "articles", file), "utf8")) as DevArticle;
}

/** The `analyze()` input for a news-dev article. */
export function devArticleInput(a: DevArticle): ArticleInput {
  return { text: a.text, title: a.title, outlet: a.outlet, published: a.published, url: a.url };
}

/**
 * Checks a gold file against its article: every span inside the text, `text` equal to the
 * slice (times, figures), content starting with `head` (quotes), `published` equal. Returns
 * a list of problems (empty when all spans are consistent).
 */
export function checkDevGold(gold: DevGold, article: DevArticle): string[] {
  const p: string[] = [];
  const t = article.text;
  const inText = (s: { start: number; end: number }) => s.start <= s.end && s.end <= t.length;
  if (gold.published !== article.published) p.push(`published ${gold.published} != article ${article.published}`);
  gold.quotes.forEach((q, i) => {
    if (!inText(q.content)) return void p.push(`quotes[${i}] out of range`);
    const c = t.slice(q.content.start, q.content.end);
    if (!q.content.head || !c.startsWith(q.content.head)) p.push(`quotes[${i}] content does not start with head ${JSON.stringify(q.content.head)}`);
    if (c !== c.trim()) p.push(`quotes[${i}] content has outer whitespace`);
  });
  for (const [layer, xs] of [["times", gold.times], ["figures", gold.figures]] as const) {
    xs.forEach((x, i) => {
      if (!inText(x)) return void p.push(`${layer}[${i}] out of range`);
      if (t.slice(x.start, x.end) !== x.text) p.push(`${layer}[${i}] ${JSON.stringify(t.slice(x.start, x.end))} != ${JSON.stringify(x.text)}`);
    });
  }
  if (gold.published === null && gold.times.length) p.push("times annotated although published is null");
  return p;
}

// ─── Matching ──────────────────────────────────────────────────────────────────────────────────

/** Words ignored when comparing speaker names: function words, titles, reporting verbs. */
export const SPEAKER_STOPWORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "with", "from",
  "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "who",
  "said", "says", "say", "saying", "told", "tells", "added", "adds", "according",
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "gen", "general", "lt", "lieutenant", "col", "colonel",
  "president", "vice", "prime", "minister", "ministers", "premier", "foreign", "defence", "defense", "deputy",
  "secretary", "ambassador", "envoy", "chief", "head", "leader", "spokesman", "spokeswoman", "spokesperson",
  "senior", "top", "former", "caretaker", "king", "queen", "elect",
]);

/** Normalised speaker tokens of a name (see the module comment for the rules). */
export function speakerTokens(name: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!name) return out;
  const s = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/s'(?=\s|$)/g, "s");
  for (const w of s.split(/[^\p{L}\p{N}]+/u)) if (w.length > 1 && !SPEAKER_STOPWORDS.has(w)) out.add(w);
  return out;
}

/** True when the predicted speaker shares a normalised token with the gold speaker or an alias. */
export function speakerMatches(gold: GoldQuote, pred: Analysis["quotes"][number]): boolean {
  if (!pred.speaker) return false;
  const g = new Set<string>();
  for (const n of [gold.speaker, ...gold.speakerAliases]) for (const w of speakerTokens(n)) g.add(w);
  for (const n of [pred.speaker.name, pred.speaker.mention?.text]) for (const w of speakerTokens(n)) if (g.has(w)) return true;
  return false;
}

/** Character overlap of two half-open spans divided by the longer span's length (0 for empty spans). */
export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  if (longer <= 0) return 0;
  const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return ov > 0 ? ov / longer : 0;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** True when a predicted figure credits the gold source (both null, or a shared speaker token). */
export function figureSourceMatches(gold: string | null, pred: Figure["source"]): boolean {
  if (gold === null || pred === null) return gold === null && pred === null;
  const g = speakerTokens(gold);
  if (g.size === 0) return [pred.name, pred.span?.text].some((n) => n?.trim().toLowerCase() === gold.trim().toLowerCase());
  for (const n of [pred.name, pred.span?.text]) for (const w of speakerTokens(n)) if (g.has(w)) return true;
  return false;
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Greedy one-to-one matching (best overlap first); returns the number of matched pairs. */
function matchQuotes(gold: GoldQuote[], pred: Analysis["quotes"], withSpeaker: boolean): number {
  const cands: { g: number; p: number; r: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const r = overlapRatio(g.content, p.content);
      if (r >= 0.5 && (!withSpeaker || speakerMatches(g, p))) cands.push({ g: gi, p: pi, r });
    }),
  );
  cands.sort((x, y) => y.r - x.r || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
  }
  return usedG.size;
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

function sourceScore(sourceCorrect: number, sourceTotal: number, sourceFound: number) {
  return { sourceTotal, sourceCorrect, sourceFound, sourceAccuracy: ratio(sourceCorrect, sourceTotal), sourceFoundAccuracy: ratio(sourceCorrect, sourceFound) };
}

function scoreFile(gold: DevGold, a: Analysis): FileScore {
  const tpQ = matchQuotes(gold.quotes, a.quotes, true);
  const tpC = matchQuotes(gold.quotes, a.quotes, false);
  let tCorrect = 0, tFound = 0;
  for (const g of gold.times) {
    const ov = a.times.filter((p) => overlaps(g, p));
    if (ov.length) tFound++;
    if (ov.some((p) => p.value === g.value)) tCorrect++;
  }
  let fCorrect = 0, fValue = 0, fFound = 0, sTotal = 0, sCorrect = 0, sFound = 0;
  for (const g of gold.figures) {
    const ov = a.figures.filter((p) => overlaps(g, p));
    if (ov.length) fFound++;
    if (ov.some((p) => sameNumber(p.value, g.value))) fValue++;
    if (ov.some((p) => sameNumber(p.value, g.value) && p.approx === g.approx)) fCorrect++;
    if (g.source === undefined) continue;
    sTotal++;
    if (ov.length) sFound++;
    const src = g.source;
    if (ov.some((p) => figureSourceMatches(src, p.source))) sCorrect++;
  }
  return {
    file: gold.file,
    quotes: prf(tpQ, a.quotes.length - tpQ, gold.quotes.length - tpQ),
    quoteContent: prf(tpC, a.quotes.length - tpC, gold.quotes.length - tpC),
    dates: { accuracy: ratio(tCorrect, gold.times.length), correct: tCorrect, total: gold.times.length, found: tFound, predicted: a.times.length },
    figures: {
      accuracy: ratio(fCorrect, gold.figures.length),
      valueAccuracy: ratio(fValue, gold.figures.length),
      correct: fCorrect,
      valueCorrect: fValue,
      total: gold.figures.length,
      found: fFound,
      predicted: a.figures.length,
      ...sourceScore(sCorrect, sTotal, sFound),
    },
  };
}

/**
 * Scores analyses against dev gold (rules in the module comment). Each pair's analysis must
 * have been produced from the gold's article text (offsets are compared directly).
 */
export function scoreDevGold(pairs: DevGoldPair[]): DevGoldScore {
  const perFile = pairs.map(({ gold, analysis }) => scoreFile(gold, analysis));
  const sum = (f: (s: FileScore) => number) => perFile.reduce((n, s) => n + f(s), 0);
  const tCorrect = sum((s) => s.dates.correct), tTotal = sum((s) => s.dates.total);
  const fCorrect = sum((s) => s.figures.correct), fValue = sum((s) => s.figures.valueCorrect), fTotal = sum((s) => s.figures.total);
  return {
    quotes: prf(sum((s) => s.quotes.tp), sum((s) => s.quotes.fp), sum((s) => s.quotes.fn)),
    quoteContent: prf(sum((s) => s.quoteContent.tp), sum((s) => s.quoteContent.fp), sum((s) => s.quoteContent.fn)),
    dates: { accuracy: ratio(tCorrect, tTotal), correct: tCorrect, total: tTotal, found: sum((s) => s.dates.found), predicted: sum((s) => s.dates.predicted) },
    figures: {
      accuracy: ratio(fCorrect, fTotal),
      valueAccuracy: ratio(fValue, fTotal),
      correct: fCorrect,
      valueCorrect: fValue,
      total: fTotal,
      found: sum((s) => s.figures.found),
      predicted: sum((s) => s.figures.predicted),
      ...sourceScore(sum((s) => s.figures.sourceCorrect), sum((s) => s.figures.sourceTotal), sum((s) => s.figures.sourceFound)),
    },
    perFile,
  };
}
