/**
 * Bridges token-level CoNLL data and text-level systems: rebuilds a document's text from its
 * tokens (one space between tokens, one newline between sentences) with the character span of
 * every token, and turns character spans predicted on that text back into IOB2 tags per token.
 *
 * ```ts
 * const d = conllDocumentText([{ tokens: ["EU", "rejects", "German", "call"], tags: [...], doc: 0 }]);
 * d.text; // "EU rejects German call"
 * spansToTags(d, [{ start: 0, end: 2, type: "ORG" }]); // [["B-ORG", "O", "O", "O"]]
 * ```
 */
import type { ConllSentence } from "./readConll.js";

/** A rebuilt document: its text and, per sentence, the `[start, end)` of every token. */
export interface ConllText {
  text: string;
  tokens: { start: number; end: number }[][];
}

/** A typed character span predicted on a {@link ConllText}. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Rebuilds the text of one document's sentences (see the module comment). */
export function conllDocumentText(sentences: readonly Pick<ConllSentence, "tokens">[]): ConllText {
  const parts: string[] = [];
  const tokens: { start: number; end: number }[][] = [];
  let pos = 0;
  sentences.forEach((s, k) => {
    if (k > 0) {
      parts.push("\n");
      pos += 1;
    }
    const spans: { start: number; end: number }[] = [];
    s.tokens.forEach((t, i) => {
      if (i > 0) {
        parts.push(" ");
        pos += 1;
      }
      spans.push({ start: pos, end: pos + t.length });
      parts.push(t);
      pos += t.length;
    });
    tokens.push(spans);
  });
  return { text: parts.join(""), tokens };
}

/**
 * IOB2 tags per token from character spans: a span covers every token it overlaps. Spans are
 * taken longest first and a token already covered keeps its first span, so overlapping
 * predictions never produce ill-formed tags. Spans across a sentence break are cut at it.
 */
export function spansToTags(doc: ConllText, spans: readonly TypedSpan[]): string[][] {
  const tags = doc.tokens.map((s) => s.map(() => "O"));
  const owner = doc.tokens.map((s) => s.map(() => -1));
  const order = spans.map((_, i) => i).sort((a, b) => spans[b].end - spans[b].start - (spans[a].end - spans[a].start) || spans[a].start - spans[b].start);
  for (const idx of order) {
    const sp = spans[idx];
    if (sp.end <= sp.start) continue;
    for (let k = 0; k < doc.tokens.length; k++) {
      const toks = doc.tokens[k];
      if (toks.length === 0 || toks[toks.length - 1].end <= sp.start || toks[0].start >= sp.end) continue;
      const hit: number[] = [];
      for (let i = 0; i < toks.length; i++) if (toks[i].end > sp.start && toks[i].start < sp.end) hit.push(i);
      if (hit.length === 0 || hit.some((i) => owner[k][i] >= 0)) continue;
      hit.forEach((i, j) => {
        owner[k][i] = idx;
        tags[k][i] = `${j === 0 ? "B" : "I"}-${sp.type}`;
      });
    }
  }
  return tags;
}
