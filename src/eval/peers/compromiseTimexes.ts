import type { TimexSpan } from "../tempeval/scoreTimex.js";
import type { CompromiseMatch, Nlp } from "./compromise.js";

/** compromise `#Date+` matches: DATE, no value. */
export function compromiseTimexes(nlp: Nlp, text: string): TimexSpan[] {
  const matches = nlp(text).match("#Date+").out("offset") as CompromiseMatch[];
  const out: TimexSpan[] = [];
  for (const m of matches) {
    const first = m.terms[0];
    const last = m.terms[m.terms.length - 1];
    if (!first || !last) continue;
    const start = first.offset.start;
    const end = last.offset.start + last.offset.length;
    if (start >= 0 && end <= text.length && end > start) out.push({ start, end, type: "DATE", value: null });
  }
  return out;
}
