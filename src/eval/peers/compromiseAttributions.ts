import type { AttributionTriple } from "../polnear/scoreAttribution.js";
import type { CompromiseMatch, Nlp } from "./compromise.js";

/** compromise `quotations()`: content only, quote marks included. */
export function compromiseAttributions(nlp: Nlp, text: string): AttributionTriple[] {
  const matches = nlp(text).quotations().out("offset") as CompromiseMatch[];
  const out: AttributionTriple[] = [];
  for (const m of matches) {
    let start = m.offset.start;
    let end = m.offset.start + m.offset.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= 0 && end <= text.length && end > start) out.push({ content: { start, end } });
  }
  return out;
}
