import type { AttributionTriple } from "../polnear/scoreAttribution.js";

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
