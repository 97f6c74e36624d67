/**
 * chrono-node as a TempEval peer: `chrono.parse(text, DCT)`; type TIME when the hour is certain,
 * else DATE; value from the parsed components. Trailing `,;:` and spaces and a leading
 * preposition (`on Friday` → `Friday`, as TIMEX3 extents exclude it) are trimmed.
 */
import * as chrono from "chrono-node";
import type { TimexSpan } from "../tempeval/scoreTimex.js";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A TIMEX3 type and value from chrono's parsed components (see the module comment). */
export function chronoTimexValue(c: chrono.ParsedComponents): { type: "DATE" | "TIME"; value: string } {
  const y = c.get("year");
  const mo = c.get("month");
  const d = c.get("day");
  const date = `${String(y).padStart(4, "0")}-${pad2(mo ?? 1)}-${pad2(d ?? 1)}`;
  if (c.isCertain("hour")) return { type: "TIME", value: `${date}T${pad2(c.get("hour") ?? 0)}:${pad2(c.get("minute") ?? 0)}` };
  if (c.isCertain("day") || c.isCertain("weekday")) return { type: "DATE", value: date };
  if (c.isCertain("month")) return { type: "DATE", value: date.slice(0, 7) };
  if (c.isCertain("year")) return { type: "DATE", value: date.slice(0, 4) };
  return { type: "DATE", value: date };
}

/** A preposition chrono takes into its match ("on Friday") but a TIMEX3 extent leaves out. */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|from|for|during)\s+/i;

/** chrono-node over a text with the DCT as reference date (local noon, or the DCT's time). */
export function chronoTimexes(text: string, dct: string | null): TimexSpan[] {
  const m = dct ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dct) : null;
  const ref = m ? new Date(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0) : new Date();
  const out: TimexSpan[] = [];
  for (const r of chrono.parse(text, ref)) {
    let start = r.index;
    let end = r.index + r.text.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    const prep = LEADING_PREPOSITION.exec(text.slice(start, end));
    if (prep && start + prep[0].length < end) start += prep[0].length;
    if (end > start) out.push({ start, end, ...chronoTimexValue(r.start) });
  }
  return out;
}
