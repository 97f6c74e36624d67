/**
 * Statement facts: things some outlets say in a sentence of their own that is neither a figure
 * nor a quotation nor a date ("Engineers had warned in 2029 that its spillway was too small";
 * "Interior Minister Maren Voss ordered an inquiry"). Sentences of independent outlets that
 * share at least three of the story's distinctive words (content words and numbers that at most
 * 60 % of the articles use: the event's own words, "dam", "Holm", are in every article and tell
 * nothing) are one statement; a statement at least three independent sources make is a fact, and
 * an article with no sentence holding two of its core words leaves it out. Only the few facts
 * carried most widely are kept (`MAX_STATEMENTS`): omissions must not flood a report.
 */
import type { Evidence } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { sentenceWords, spanOf } from "../claims/text.js";
import { STOP_WORDS as STORY_STOP_WORDS } from "../../lexicons/en/stopWords.js";

/** Function words and newswire furniture ("said", weekdays): no statement is told by them. */
const STOP_WORDS = new Set(STORY_STOP_WORDS);

/** Shared distinctive words that make two sentences one statement. */
const MIN_SHARED = 3;
/** Share of the articles above which a word is the story's own, not a statement's. */
const STORY_WORD_SHARE = 0.6;
/** Independent sources a statement needs to be a fact. */
const MIN_SOURCES = 3;
/** Statement facts kept per story, most widely carried first. */
export const MAX_STATEMENTS = 3;

export interface StatementFact {
  key: string;
  label: string;
  carriers: Set<StoryDoc>;
  evidence: Evidence[];
  /** Core words: those most of the statement's sentences share. */
  core: string[];
}

interface Sent {
  doc: StoryDoc;
  start: number;
  end: number;
  words: Set<string>;
}

function tokens(norms: readonly string[]): Set<string> {
  // Numbers of 100 and more (a year, "2,400") tell a statement; small ones (a clock's "10", "40") do not.
  return new Set(norms.filter((w) => (/^\p{L}/u.test(w) && w.length > 2 && !STOP_WORDS.has(w)) || /^(?:\d{3,}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(w)));
}

/** Whether a word stands capitalised inside a sentence (not as its first word): a name. */
function namedIn(s: Sent, w: string): boolean {
  const text = s.doc.analysis.document.text.slice(s.start, s.end);
  const re = new RegExp(`(?<=[\\p{L}\\p{N},;:’'"”)]\\s+)${w.replace(/[^\p{L}\p{N}]/gu, ".")}\\b`, "iu");
  const m = re.exec(text);
  return !!m && /^\p{Lu}/u.test(m[0]);
}

/** Whether an article has a sentence holding two of a statement's core words. */
export function holdsStatement(d: StoryDoc, core: readonly string[]): boolean {
  return sentenceWords(d.analysis.document.text).some((s) => core.filter((w) => s.set.has(w)).length >= 2);
}

/** Whether a sentence of an article holds a figure or a direct quotation (those facts say what it carries). */
function claimed(d: StoryDoc, start: number, end: number): boolean {
  const c = d.claims;
  // Reported speech ("the authority warned in 2029 that the spillway was too small") is a statement too.
  return [...c.figures, ...c.quotes.filter((q) => q.direct)].some((x) => x.evidence.span.start < end && start < x.evidence.span.end);
}

/** The statement facts of a story, most widely carried first, at most `MAX_STATEMENTS`. */
export function statementFacts(docs: readonly StoryDoc[]): StatementFact[] {
  const df = new Map<string, number>();
  const perDoc = docs.map((d) => sentenceWords(d.analysis.document.text));
  perDoc.forEach((ss) => new Set(ss.flatMap((s) => [...tokens(s.norms)])).forEach((w) => df.set(w, (df.get(w) ?? 0) + 1)));
  const limit = Math.min(docs.length - 1, Math.max(MIN_SOURCES, Math.floor(STORY_WORD_SHARE * docs.length)));
  const sents: Sent[] = [];
  docs.forEach((d, i) => {
    for (const s of perDoc[i]) {
      if (claimed(d, s.sentence.start, s.sentence.end)) continue;
      const words = new Set([...tokens(s.norms)].filter((w) => (df.get(w) ?? 0) <= limit));
      if (words.size >= MIN_SHARED) sents.push({ doc: d, start: s.sentence.start, end: s.sentence.end, words });
    }
  });
  const parent = sents.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (let i = 0; i < sents.length; i++) {
    for (let j = i + 1; j < sents.length; j++) {
      if (sents[i].doc.group === sents[j].doc.group) continue;
      let shared = 0;
      for (const w of sents[i].words) if (sents[j].words.has(w) && ++shared >= MIN_SHARED) break;
      if (shared >= MIN_SHARED) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, Sent[]>();
  sents.forEach((s, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), s]));
  const out: StatementFact[] = [];
  for (const all of clusters.values()) {
    if (new Set(all.map((s) => s.doc.group)).size < MIN_SOURCES) continue;
    const n = new Map<string, number>();
    for (const s of all) for (const w of s.words) n.set(w, (n.get(w) ?? 0) + 1);
    // The core: the words at least half the sentences share (up to five). A chain of sentences each
    // sharing three words with the next is no one statement: every sentence must hold most of the core.
    const core = [...n].filter(([, k]) => k >= Math.max(2, Math.ceil(all.length / 2))).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w).slice(0, 5);
    if (core.length < MIN_SHARED) continue;
    const list = all.filter((s) => core.filter((w) => s.words.has(w)).length >= Math.ceil(0.6 * core.length));
    if (new Set(list.map((s) => s.doc.group)).size < MIN_SOURCES) continue;
    // A statement a reader can check names someone or something, or gives a number ("felt in
    // Lebanon and Cyprus", "warned in 2029", "Minister Maren Voss ordered an inquiry"); a scene
    // ("crews pulled away concrete and twisted metal") is no fact to miss.
    if (!core.some((w) => /^\d/.test(w) || list.some((s) => namedIn(s, w)))) continue;
    const evidence = list.map((s): Evidence => {
      const text = s.doc.analysis.document.text;
      const span = spanOf(text, s.start, s.end);
      return { docId: s.doc.analysis.document.id, outlet: s.doc.outlet, published: s.doc.analysis.document.published, span, sentence: span };
    });
    out.push({ key: `statement: ${core.slice(0, 4).join(" ")}`, label: `statement: ${core.slice(0, 4).join(", ")}`, carriers: new Set(list.map((s) => s.doc)), evidence, core });
  }
  return out.sort((a, b) => new Set([...b.carriers].map((d) => d.group)).size - new Set([...a.carriers].map((d) => d.group)).size || (a.key < b.key ? -1 : 1)).slice(0, MAX_STATEMENTS);
}
