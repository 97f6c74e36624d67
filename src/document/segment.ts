import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { NewsDocument, Paragraph, Sentence, Stage, Token } from "../types.js";
import { normKey } from "./normalize.js";

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** The shared wink-nlp instance (its model loads once, on first use). */
export function wink(): Wink {
  if (!nlp) nlp = winkNLP(model, ["sbd", "pos"]);
  return nlp;
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
 * Tokens and sentences from wink-nlp, with UTF-16 offsets recovered from wink's lossless
 * tokenisation (preceding spaces + token value reproduce the text). Sentences never cross a
 * paragraph boundary.
 */
export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; tokens: Token[] } {
  const paragraphs = splitParagraphs(text);
  const n = wink();
  const its = n.its;
  const wdoc = n.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let off = 0;
  const wt2t: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    off += spaces[i].length;
    const v = values[i];
    let start = off;
    if (text.startsWith(v, off)) {
      off += v.length;
    } else {
      // Defensive: wink altered a token; find it ahead, else skip it.
      const at = text.indexOf(v, off);
      if (at < 0 || at - off > 8) continue;
      start = at;
      off = at + v.length;
    }
    if (pos[i] === "SPACE" || /^\s+$/.test(v)) continue;
    wt2t[i] = tokens.length;
    tokens.push({ index: tokens.length, start, end: off, text: v, sentence: -1, pos: pos[i], norm: normKey(v) });
  }
  // Sentence boundaries from wink (token index ranges) and from paragraphs.
  const cuts = new Set<number>();
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
