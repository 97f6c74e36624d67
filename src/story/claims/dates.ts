/** Date claims: an event of the clause + the day it was resolved to (against publication). */
import type { Analysis } from "../../types.js";
import type { ActorKeyFn, DateClaim } from "./types.js";
import { evidenceFor, namesIn } from "./evidence.js";
import { eventAt, wordRange } from "./events.js";
import { sentenceAt, words } from "./text.js";

/** The dated events of an article (DATE/TIME values with a day, in a clause with an event word). */
export function dateClaims(a: Analysis, key: ActorKeyFn): DateClaim[] {
  const text = a.document.text;
  const out: DateClaim[] = [];
  for (const t of a.times) {
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    if (t.anchor === "none") continue;
    // A day, or a month alone ("construction will start in June" against "… begin in July").
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(t.value) ?? /^(\d{4}-\d{2})$/.exec(t.value);
    if (!m) continue;
    const sent = sentenceAt(text, t.start);
    const ws = words(text, sent.start, sent.end);
    const [i, j] = wordRange(ws, t.start, t.end);
    const ev = eventAt(ws, i, j, false);
    if (!ev) continue;
    out.push({ kind: "date", event: `${ev.event}${ev.planned ? " (planned)" : ""}`, day: m[1], value: t.value, names: namesIn(a, key, sent.start, sent.end, null), evidence: evidenceFor(a, t.start, t.end) });
  }
  return out;
}

/** Whether two claims can be about the same occasion: one's named people and places include the other's. */
export function sameOccasion(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => big.includes(x));
}
