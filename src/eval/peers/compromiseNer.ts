import type { TypedSpan } from "../conll/conllText.js";
import type { CompromiseMatch, Nlp } from "./compromise.js";

/** Punctuation compromise keeps at the end of a match ("United Nations." → "United Nations"). */
const TRAILING = /[\s.,;:!?"'()\u2019\u201D]+$/;
const LEADING = /^[\s"'(\u2018\u201C]+/;

function spansOf(text: string, matches: CompromiseMatch[], type: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const m of matches) {
    let start = m.offset.start;
    let end = m.offset.start + m.offset.length;
    const lead = LEADING.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    const trail = TRAILING.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
    if (start >= 0 && end <= text.length && end > start) out.push({ start, end, type });
  }
  return out;
}

/**
 * compromise as an NER peer: `people()` → PER, `places()` → LOC, `organizations()` → ORG (it has
 * no MISC). Leading and trailing punctuation compromise keeps in a match is trimmed.
 */
export function compromiseNerSpans(nlp: Nlp, text: string): TypedSpan[] {
  const doc = nlp(text);
  return [
    ...spansOf(text, doc.people().out("offset") as CompromiseMatch[], "PER"),
    ...spansOf(text, doc.places().out("offset") as CompromiseMatch[], "LOC"),
    ...spansOf(text, doc.organizations().out("offset") as CompromiseMatch[], "ORG"),
  ];
}
