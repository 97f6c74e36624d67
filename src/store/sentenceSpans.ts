/**
 * Sentence spans `[start, end)` of a text, found cheaply (no NLP model): paragraphs are split on
 * line breaks, sentences on `.`/`!`/`?` (with closing quotes or brackets) followed by a space and
 * an upper-case letter, digit or opening quote, except after common abbreviations. Used to show
 * the sentence around a search hit; offsets are UTF-16 into the text.
 */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const para = /[^\n\r]+/g;
  for (let p = para.exec(text); p; p = para.exec(text)) {
    const base = p.index;
    const body = p[0];
    let from = 0;
    const stop = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(]?[\p{Lu}\p{N}])/gu;
    for (let m = stop.exec(body); m; m = stop.exec(body)) {
      const before = body.slice(from, m.index);
      const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
      if (m[0].startsWith(".") && ABBREVIATION.test(lastWord)) continue;
      const end = m.index + m[0].length;
      push(base + from, base + end);
      from = end;
    }
    push(base + from, base + body.length);
  }
  return out;
}

/** Titles, initials and short forms after which a full stop rarely ends a sentence. */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Rep|Sen|Gov|St|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])$/;
