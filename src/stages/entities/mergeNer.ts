/**
 * Merges the trained NER model's entity spans (`src/model/ner/`, CoNLL types PER ORG LOC MISC)
 * into the entities found by lexicons and patterns. The lexicon pass runs first; its specific
 * decisions stand, and the model decides where the lexicon only guessed from the shape of words:
 *
 * 1. **Shape-only guesses** are entities whose method is in {@link WEAK_METHODS}
 *    (`pattern:single-propn`, the low-confidence `MISC` fallback for a lone capitalised word;
 *    `pattern:multiword-name`, a run of capitalised words taken for a person; `pattern:acronym`).
 *    For each of their guessed name mentions (and short-name aliases of them): a model span with
 *    the same boundaries confirms it and votes for its type; model spans inside it with other
 *    boundaries replace it ("Australian Tom Moody" → "Australian", "Tom Moody"); no model span
 *    at all removes it (headline words, table rows: "Result", "CRICKET") — except an acronym in
 *    running text; a model span crossing its boundaries leaves it alone.
 * 2. **New mentions.** A model span that overlaps no remaining mention (of any kind) and no
 *    role-only chunk becomes a `name` mention (`method: "model:ner"`): of the entity already
 *    known under that name (or surname, for people), else of a new entity. Types map to dossier's:
 *    `LOC` → `GPE` when the places lexicon knows the name as a country or city (`LOC` else),
 *    `MISC` → `NORP` when it is a known demonym, `ORG`/`LOC` names the lexicon knows take its
 *    canonical name and type.
 * 3. **Retyping.** A confirmed shape guess takes the type the model gave most of its mentions;
 *    a lone word the model calls `PER` joins the person whose surname it is, when there is one.
 *
 * Measured on CoNLL-2003 eng.testa (analyze() on the rebuilt text, docs/EVALUATION.md): these
 * rules lift the engine's entity F1 from 60.6 (rules only) to 87.4; keeping every shape guess
 * the model rejects, or never retyping multi-word guesses, cost 3 to 5 points each.
 *
 * Lexicon-specific decisions (gazetteer names, titles and roles, offices, known organisations,
 * organisation and place head words, aliases, typo matches) are never changed. Every mention
 * keeps the span invariant: its text is `text.slice(start, end)`.
 *
 * ```ts
 * const spans = modelNerSpans(doc.text, sentences, tokens, getDefaultNerModel());
 * mergeNer(doc.text, table, spans, gaz, []);
 * ```
 */
import type { Entity, EntityType, Mention, Sentence, Token } from "../../types.js";
import type { EntityTable } from "./EntityTable.js";
import type { Gazetteer } from "./gazetteer.js";
import { HONORIFICS } from "../../lexicons/en/titles.js";
import { hasDefaultNerModel, getDefaultNerModel } from "../../model/ner/defaultModel.js";
import { IntervalIndex } from "../../util/IntervalIndex.js";
import { lowerKey } from "../../util/lowerKey.js";

/** One entity span predicted by the model, in character offsets. */
export interface NerSpan {
  start: number;
  end: number;
  /** CoNLL type: PER, ORG, LOC or MISC. */
  type: string;
}

/** Anything that tags documents the way `NerModel.predictDocument` does (IOB2 tags per token). */
export interface DocumentTagger {
  predictDocument(sentences: readonly (readonly string[])[]): string[][];
}

/** Gives the model's spans for a segmented document. */
export type NerSpanFinder = (text: string, sentences: readonly Sentence[], tokens: readonly Token[]) => NerSpan[];

/** Methods of guesses made from shape alone, which the model may retype. */
export const WEAK_METHODS: ReadonlySet<string> = new Set(["pattern:single-propn", "pattern:multiword-name", "pattern:acronym"]);

/** Mention methods of such guesses (and of their short-name aliases) that the model may overrule. */
const GUESSED_MENTIONS: ReadonlySet<string> = new Set([...WEAK_METHODS, "alias:short-name"]);

const MODEL_METHOD = "model:ner";
const MODEL_CONFIDENCE = 0.7;
const PRONOUNS = new Set(["i", "he", "she", "it", "we", "they", "you", "him", "her", "his", "its", "their", "them", "us"]);

const lower = lowerKey;

/** A token as the model saw it in training (Penn Treebank style quotes). */
function modelToken(t: string): string {
  if (t === "\u201C" || t === "\u201D" || t === "\u201E") return '"';
  return t.includes("\u2018") || t.includes("\u2019") ? t.replace(/[\u2018\u2019]/g, "'") : t;
}

/**
 * Groups a sentence's tokens into the tokens the model was trained on: CoNLL keeps hyphenated
 * words whole ("Thomas-Greenfield", "al-Burhan"), the segmenter splits them at the hyphen.
 * Returns, per model token, the index of its first and one past its last segmenter token.
 */
function modelTokenGroups(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const groups: [number, number][] = [];
  let i = from;
  while (i < to) {
    let j = i + 1;
    while (j + 1 < to && tokens[j].text === "-" && tokens[j].start === tokens[j - 1].end && tokens[j + 1].start === tokens[j].end && /^[\p{L}\d]/u.test(tokens[j + 1].text)) j += 2;
    groups.push([i, j]);
    i = j;
  }
  return groups;
}

/**
 * The model tags a long text in windows of whole paragraphs of at least this many tokens (the
 * last may be shorter), each as a document of its own: its document features and second stage
 * see one window, and only one window's features and scores are alive at a time (a 10 MB text
 * tagged at once held several hundred MB of them). An article is far shorter than one window (a
 * 10,000-word article has about 12,000 tokens), so it is tagged as one document.
 */
export const NER_WINDOW = 100_000;

/** Runs a tagger over a document's sentences and returns its entity spans in character offsets. */
export function modelNerSpans(text: string, sentences: readonly Sentence[], tokens: readonly Token[], tagger: DocumentTagger, window = NER_WINDOW): NerSpan[] {
  const out: NerSpan[] = [];
  for (let from = 0; from < sentences.length; ) {
    let to = from + 1;
    let n = sentences[from].tokenEnd - sentences[from].tokenStart;
    while (to < sentences.length && (n < window || sentences[to].paragraph === sentences[to - 1].paragraph)) {
      n += sentences[to].tokenEnd - sentences[to].tokenStart;
      to++;
    }
    tagWindow(text, from === 0 && to === sentences.length ? sentences : sentences.slice(from, to), tokens, tagger, out);
    from = to;
  }
  return out;
}

/** Tags `sentences` as one document and appends its entity spans to `out`. */
function tagWindow(text: string, sentences: readonly Sentence[], tokens: readonly Token[], tagger: DocumentTagger, out: NerSpan[]): void {
  const groups = sentences.map((s) => modelTokenGroups(tokens, s.tokenStart, s.tokenEnd));
  const words = groups.map((gs) => gs.map(([a, b]) => modelToken(b === a + 1 ? tokens[a].text : text.slice(tokens[a].start, tokens[b - 1].end))));
  const tags = tagger.predictDocument(words);
  groups.forEach((gs, k) => {
    const st = tags[k];
    let open: { from: number; type: string } | null = null;
    for (let i = 0; i <= st.length; i++) {
      const t = i < st.length ? st[i] : "O";
      const type = t === "O" ? "" : t.slice(2);
      const begins = t !== "O" && (t[0] === "B" || !open || open.type !== type);
      if (open && (t === "O" || begins)) {
        out.push({ start: tokens[gs[open.from][0]].start, end: tokens[gs[i - 1][1] - 1].end, type: open.type });
        open = null;
      }
      if (begins) open = { from: i, type };
    }
  });
}

let defaultFinder: NerSpanFinder | null | undefined;

/** The bundled model as a span finder (model loaded on first use), or null when the model file is absent. */
export function defaultNerSpanFinder(): NerSpanFinder | null {
  if (defaultFinder === undefined) {
    defaultFinder = hasDefaultNerModel() ? (text, sentences, tokens) => modelNerSpans(text, sentences, tokens, getDefaultNerModel()) : null;
  }
  return defaultFinder;
}

/** dossier type and canonical name for a model span (see the module comment). */
export function mapNerType(type: string, name: string, gaz: Gazetteer): { type: EntityType; name: string } {
  const k = lower(name);
  const known = gaz.names.get(k);
  if (type === "LOC") {
    if (known && (known.type === "GPE" || known.type === "LOC")) return { type: known.type, name: known.name };
    return { type: "LOC", name };
  }
  if (type === "ORG") return known?.type === "ORG" ? { type: "ORG", name: known.name } : { type: "ORG", name };
  if (type === "MISC") {
    const dem = gaz.demonyms.get(k);
    if (dem) return { type: "NORP", name: dem.name };
    return { type: "MISC", name };
  }
  return { type: "PER", name };
}

/** Could this span be a name at all (not a role word, honorific, pronoun or lower-case phrase)? */
function plausibleName(text: string, gaz: Gazetteer): boolean {
  if (!/\p{Lu}/u.test(text)) return false;
  const k = lower(text).replace(/\.$/, "");
  return !gaz.roles.has(k) && !HONORIFICS.includes(k) && !PRONOUNS.has(k);
}

function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii)$/i.test(w));
  return words.length >= 2 ? words[words.length - 1] : null;
}

/** Is the span inside a line with no lower-case letter (an ALL-CAPS headline or table row)? */
function inCapsLine(text: string, sp: { start: number; end: number }): boolean {
  const from = text.lastIndexOf("\n", sp.start - 1) + 1;
  let to = text.indexOf("\n", sp.end);
  if (to < 0) to = text.length;
  return !/\p{Ll}/u.test(text.slice(from, to));
}

/**
 * Merges model spans into the entity table (see the module comment). `blocked` are character
 * ranges the model must not claim (role-only chunks that later become title mentions).
 */
export function mergeNer(text: string, table: EntityTable, spans: readonly NerSpan[], gaz: Gazetteer, blocked: readonly { start: number; end: number }[] = []): void {
  const sorted = spans.filter((sp) => plausibleName(text.slice(sp.start, sp.end), gaz)).sort((a, b) => a.start - b.start);

  // 1. Name mentions of shape-only guesses: the model confirms (same span: a vote for its type),
  //    re-splits (other boundaries: the mention gives way to the model's spans) or rejects them.
  const votes = new Map<Entity, Map<string, number>>();
  const spanIndex = new IntervalIndex(sorted);
  for (const e of table.entities) {
    if (!WEAK_METHODS.has(e.method)) continue;
    const keep: Mention[] = [];
    for (const m of e.mentions) {
      if (m.kind !== "name" || !GUESSED_MENTIONS.has(m.method)) {
        keep.push(m);
        continue;
      }
      const over = spanIndex.overlapping(m);
      if (over.some((sp) => sp.start < m.start || sp.end > m.end)) {
        keep.push(m); // the model crosses the guess's boundaries: keep the lexicon's reading
      } else if (over.length === 1 && over[0].start === m.start && over[0].end === m.end) {
        const v = votes.get(e) ?? new Map<string, number>();
        v.set(over[0].type, (v.get(over[0].type) ?? 0) + 1);
        votes.set(e, v);
        keep.push(m);
      } else if (over.length === 0 && e.method === "pattern:acronym" && !inCapsLine(text, m)) {
        keep.push(m); // an acronym in running text the model does not know: keep the guess
      }
    }
    e.mentions.splice(0, e.mentions.length, ...keep);
  }

  // 2. Model spans where no mention is: new name mentions.
  // Taken: the mentions and blocked ranges (indexed) and the spans added here, which come in start
  // order, so one of them overlaps `sp` exactly when the furthest end among them passes sp.start.
  const taken = new IntervalIndex<{ start: number; end: number }>([...table.allMentions().map((x) => x.mention), ...blocked]);
  let addedEnd = -Infinity;
  for (const sp of sorted) {
    if (addedEnd > sp.start || taken.any(sp)) continue;
    const name = text.slice(sp.start, sp.end);
    const mapped = mapNerType(sp.type, name, gaz);
    const k = lower(name);
    const single = !/\s/.test(name);
    let e: Entity | undefined;
    if (mapped.type === "PER") {
      e = table.get(`per:${k}`) ?? (single ? table.get(`per1:${k}`) : undefined) ?? table.get(k);
    } else {
      e = table.get(lower(mapped.name)) ?? table.get(k) ?? (single ? table.get(`per1:${k}`) : undefined);
    }
    if (e && WEAK_METHODS.has(e.method) && e.mentions.length === 0) e = undefined; // a rejected guess
    if (!e) {
      if (mapped.type === "PER") {
        e = table.upsert(`per:${k}`, mapped.name, "PER", MODEL_METHOD, MODEL_CONFIDENCE);
        const sur = surnameOf(mapped.name);
        if (sur) table.alias(`per1:${lower(sur)}`, e);
      } else {
        e = table.upsert(lower(mapped.name), mapped.name, mapped.type, MODEL_METHOD, MODEL_CONFIDENCE);
      }
      if (WEAK_METHODS.has(e.method) && e.mentions.length === 0) {
        // The key belonged to a rejected shape guess: take it over with the model's type.
        e.type = mapped.type;
        e.name = mapped.name;
        e.method = MODEL_METHOD;
        e.confidence = MODEL_CONFIDENCE;
      }
    }
    if (table.mention(e, sp.start, sp.end, "name", MODEL_METHOD, MODEL_CONFIDENCE)) addedEnd = Math.max(addedEnd, sp.end);
  }

  // 3. Retype confirmed shape guesses to the type the model gave most of their mentions.
  for (const [e, v] of votes) {
    if (e.mentions.length === 0 || !WEAK_METHODS.has(e.method)) continue;
    const [best] = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const mapped = mapNerType(best, e.name, gaz);
    if (mapped.type === e.type) continue;
    if (mapped.type === "PER" && !/\s/.test(e.name)) {
      const person = table.get(`per1:${lower(e.name)}`);
      if (person && person !== e && person.type === "PER") {
        for (const m of e.mentions.splice(0)) table.mention(person, m.start, m.end, m.kind, MODEL_METHOD, MODEL_CONFIDENCE);
        continue;
      }
    }
    e.type = mapped.type;
    e.method = MODEL_METHOD;
    e.confidence = MODEL_CONFIDENCE;
    if (mapped.type === "PER") {
      table.alias(`per:${lower(e.name)}`, e);
      const sur = surnameOf(e.name);
      table.alias(`per1:${lower(sur ?? e.name)}`, e);
    }
  }
}
