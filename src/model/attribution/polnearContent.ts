// dossier's quote contents in PolNeAR's convention: PolNeAR's content span takes in the quotation
// marks around a direct quote and the complementizer "that" before a reported clause; dossier's
// content is what was said, without either.
type Fragment = { start: number; end: number };

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
 * A content span widened by the complementizer "that" directly before it ("said that the talks
 * …"): dossier's content is what was said, PolNeAR's content includes the "that".
 */
export function withComplementizer(text: string, span: Fragment): Fragment {
  const m = /\bthat\s+$/i.exec(text.slice(Math.max(0, span.start - 8), span.start));
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}
