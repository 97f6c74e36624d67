import { addDays, daysBetween, formatDay } from "./CalendarDate.js";
import type { TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";
import { lookupTable } from "../../lexicons/lookupTable.js";

const DEICTIC = /^pattern:deictic:(today|yesterday|tomorrow|tonight)$/;
const SHIFT: Record<string, number> = lookupTable({ today: 0, tonight: 0, yesterday: -1, tomorrow: 1 });
/** How far back (characters) the day of the reported speech may be named. */
const REACH = 800;
/** Double quote marks, straight and curly. */
const QUOTE_MARK = /["\u201C\u201D]/g;

/** True when `offset` sits inside a double-quoted passage of its paragraph (odd number of marks before it). */
function insideQuote(ctx: TimeContext, offset: number): boolean {
  const paraStart = ctx.text.lastIndexOf("\n", offset - 1) + 1;
  return (ctx.text.slice(paraStart, offset).match(QUOTE_MARK)?.length ?? 0) % 2 === 1;
}

/**
 * "today", "yesterday", "tomorrow" inside a direct quote are relative to the day the words were
 * spoken, not to publication: when the story names an earlier day shortly before the quote
 * ("Earlier on Wednesday, … "The agreement signed today …," said Obasanjo" in a Friday story),
 * the deictic word is rebased on that day. Only days 1–6 days before publication count, so a
 * same-day story is left alone. `cands` are sorted.
 */
export function resolveQuotedDeictics(ctx: TimeContext, cands: readonly TimeCandidate[]): TimeCandidate[] {
  const a = ctx.anchor;
  if (!a) return [...cands];
  return cands.map((c, i) => {
    const m = DEICTIC.exec(c.method);
    if (!m || !insideQuote(ctx, c.start)) return c;
    let spoken = null;
    for (let j = i - 1; j >= 0 && c.start - cands[j].end <= REACH; j--) {
      const d = cands[j];
      if (!d.day || d.type !== "DATE" || d.anchor !== "published" || d.method.startsWith("pattern:deictic")) continue;
      const back = daysBetween(d.day, a);
      if (back >= 1 && back <= 6) spoken = d.day;
      break;
    }
    if (!spoken) return c;
    const day = addDays(spoken, SHIFT[m[1]]);
    const value = formatDay(day) + c.value.slice(10);
    return { ...c, value, day, anchor: "context", method: c.method + "+quoted-speech-day" };
  });
}
