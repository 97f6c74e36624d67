import type { NewsDocument, Paragraph, Sentence, Stage, Token } from "../types.js";
import { normKey } from "./normalize.js";
import { winkInstance } from "./winkInstance.js";

/** The shared wink-nlp instance (its model loads once, on first use). */
export function wink(): ReturnType<typeof winkInstance>["nlp"] {
  return winkInstance().nlp;
}

/** Paragraphs: runs of text separated by line breaks. A headline on its own line is one. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * A run of characters without wink's separators (spaces and line breaks) longer than this is
 * cut into pieces of `PIECE` characters before wink-nlp sees it. wink's tokeniser tries regular
 * expressions (e-mail, URL) whose cost grows with the square of a run's length: 20,000 hyphens
 * took 8.8 s (issue 17). No word, URL or e-mail address in an article is this long, so ordinary
 * text is tokenised as before.
 */
export const LONG_RUN = 1024;
const PIECE = 256;

/** wink's separators (its `splitter`): spaces, no-break and narrow spaces, line breaks, tabs. */
function isWinkSeparator(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f || c === 10 || c === 13 || c === 9;
}

/**
 * The text wink-nlp reads: `text` with a space inserted every `PIECE` characters inside runs
 * longer than `LONG_RUN` (never inside a surrogate pair), and the positions, in the returned
 * text, of the inserted spaces (ascending). No long run: `text` itself and no positions.
 */
export function cutLongRuns(text: string): { winkText: string; inserted: number[] } {
  const parts: string[] = [];
  const inserted: number[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (isWinkSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !isWinkSeparator(text.charCodeAt(j))) j++;
    if (j - i > LONG_RUN) {
      for (let cut = i + PIECE; cut < j; cut += PIECE) {
        if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut++;
        if (cut >= j) break;
        parts.push(text.slice(copied, cut));
        copied = cut;
        inserted.push(cut + inserted.length);
        parts.push(" ");
      }
    }
    i = j;
  }
  if (!inserted.length) return { winkText: text, inserted };
  parts.push(text.slice(copied));
  return { winkText: parts.join(""), inserted };
}

/**
 * wink-nlp reads a long text in windows of about this many characters, each ending at a line
 * break, so that only one window's wink document is alive at a time (a 10 MB text's document
 * alone took several hundred MB). A window starts a paragraph, which starts a sentence anyway,
 * and wink reads the windows in order, so tokens, parts of speech and sentences are those of
 * one reading (checked on a 1 MB text); an article is shorter than one window.
 */
export const WINK_WINDOW = 100_000;

/**
 * Tokens and sentences from wink-nlp, with UTF-16 offsets recovered from wink's lossless
 * tokenisation (preceding spaces + token value reproduce the text). Sentences never cross a
 * paragraph boundary.
 */
export function segment(text: string, window = WINK_WINDOW): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[] } {
  const paragraphs = splitParagraphs(text);
  // each text is read as if it were the first: wink's word cache is put back to its model's
  // lexicon (it keeps what earlier texts added, and that changes how later ones are tokenised);
  // the windows of one text share it, as one reading would
  const w = winkInstance();
  w.reset();
  const n = w.nlp;
  const its = n.its;
  const { winkText, inserted } = cutLongRuns(text);
  const tokens: Token[] = [];
  // Sentence boundaries from wink (token index ranges) and from paragraphs.
  const cuts = new Set<number>();
  // offsets are found in winkText; `shift` spaces inserted before `off` map them back to text
  let shift = 0;
  // one norm string per distinct token text (a 10 MB text has 1.9 million tokens, 100,000 distinct)
  const norms = new Map<string, string>();
  for (let from = 0; from < winkText.length; ) {
    let to = from + window >= winkText.length ? winkText.length : winkText.indexOf("\n", from + window);
    if (to < 0) to = winkText.length;
    const wdoc = n.readDoc(from === 0 && to === winkText.length ? winkText : winkText.slice(from, to));
    const values = wdoc.tokens().out(its.value) as string[];
    const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    let off = from;
    const wt2t: number[] = new Array(values.length).fill(-1);
    for (let i = 0; i < values.length; i++) {
      off += spaces[i].length;
      const v = values[i];
      let start = off;
      if (winkText.startsWith(v, off)) {
        off += v.length;
      } else {
        // Defensive: wink altered a token; find it ahead, else skip it.
        const at = winkText.indexOf(v, off);
        if (at < 0 || at - off > 8) continue;
        start = at;
        off = at + v.length;
      }
      if (pos[i] === "SPACE" || /^\s+$/.test(v)) continue;
      while (shift < inserted.length && inserted[shift] < start) shift++;
      wt2t[i] = tokens.length;
      let norm = norms.get(v);
      if (norm === undefined) norms.set(v, (norm = normKey(v)));
      tokens.push({ index: tokens.length, start: start - shift, end: off - shift, text: v, sentence: -1, pos: pos[i], norm });
    }
    const sentSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    for (const [s] of sentSpans) {
      let j = s;
      while (j < wt2t.length && wt2t[j] < 0) j++;
      if (j >= wt2t.length) continue;
      let first = wt2t[j];
      // "… had ''cratered.''": a cut between the two apostrophes of a closing mark goes after it
      if (tokens[first].text === "'" && tokens[first - 1]?.text === "'" && tokens[first - 1].end === tokens[first].start) first++;
      if (first >= tokens.length) continue;
      // "Sen. Rand Paul (R-Ky.) said …": a cut after a full stop or a closing bracket before a
      // lower-case word is an abbreviation's full stop, not a sentence end
      if (/^\p{Ll}/u.test(tokens[first].text) && abbreviationEnd(tokens, first - 1)) continue;
      cuts.add(tokens[first].start);
    }
    from = to;
  }
  for (const p of paragraphs) cuts.add(p.start);
  const sentences: Sentence[] = [];
  let pi = 0;
  let ti = 0;
  while (ti < tokens.length) {
    const first = tokens[ti];
    while (pi < paragraphs.length - 1 && paragraphs[pi].end <= first.start) pi++;
    let tj = ti + 1;
    while (tj < tokens.length && !cuts.has(tokens[tj].start) && tokens[tj].start < paragraphs[pi].end) tj++;
    const start = first.start;
    const end = tokens[tj - 1].end;
    const index = sentences.length;
    for (let k = ti; k < tj; k++) tokens[k].sentence = index;
    sentences.push({ index, paragraph: pi, start, end, text: text.slice(start, end), tokenStart: ti, tokenEnd: tj });
    ti = tj;
  }
  return { paragraphs, sentences, tokens };
}

/**
 * Does token `i` end an abbreviation or a bracket after one: "Ky." (as "Ky" + "."), "U.S.",
 * "Gen.", or the ")" of "(R-Ky.)"? A lower-case word after it continues the sentence.
 */
function abbreviationEnd(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text === ")") return true;
  if (/^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$/.test(t.text)) return true;
  return t.text === "." && /^[A-Z][a-z]{0,3}$/.test(tokens[i - 1]?.text ?? "") && tokens[i - 1].end === t.start;
}

/** Stage: paragraphs, sentences and tokens. */
export const segmentStage: Stage<"paragraphs" | "sentences" | "tokens"> = {
  name: "segment",
  requires: [],
  produces: ["paragraphs", "sentences", "tokens"],
  run(doc: Readonly<NewsDocument>) {
    return segment(doc.text);
  },
};
