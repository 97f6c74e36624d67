/**
 * The token view the attribution model works on: the project's segmentation (wink-nlp tokens with
 * UTF-16 offsets, sentences that never cross a paragraph) flattened to one array per document,
 * each token knowing its sentence and paragraph.
 */
import { segment } from "../../document/segment.js";

export interface AttToken {
  start: number;
  end: number;
  text: string;
  /** Universal POS from wink-nlp. */
  pos: string;
  sentence: number;
  paragraph: number;
}

export interface AttSentence {
  /** Token index range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface TokenizedDocument {
  text: string;
  tokens: AttToken[];
  sentences: AttSentence[];
}

/** Segments a text into the attribution model's tokens and sentences. */
export function tokenizeDocument(text: string): TokenizedDocument {
  const seg = segment(text);
  const sentences: AttSentence[] = seg.sentences.map((s) => ({ tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, paragraph: s.paragraph }));
  const tokens: AttToken[] = seg.tokens.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    pos: t.pos,
    sentence: t.sentence,
    paragraph: sentences[t.sentence]?.paragraph ?? 0,
  }));
  return { text, tokens, sentences };
}

/**
 * The attribution model's view of a document the pipeline has already segmented (the same
 * `segment()` tokens and sentences): no second segmentation inside `analyze`.
 */
export function tokenizedFromLayers(text: string, sentences: ReadonlyArray<{ tokenStart: number; tokenEnd: number; paragraph: number }>, tokens: ReadonlyArray<{ start: number; end: number; text: string; pos: string; sentence: number }>): TokenizedDocument {
  const sents: AttSentence[] = sentences.map((s) => ({ tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, paragraph: s.paragraph }));
  const toks: AttToken[] = tokens.map((t) => ({ start: t.start, end: t.end, text: t.text, pos: t.pos, sentence: t.sentence, paragraph: sents[t.sentence]?.paragraph ?? 0 }));
  return { text, tokens: toks, sentences: sents };
}
