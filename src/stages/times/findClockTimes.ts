import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { wordBefore, type TimeContext } from "./TimeContext.js";

const ZONES = "gmt|utc|edt|est|cet|cest|bst|pdt|pst|cdt|cst|eet|eest|msk|idt|ist|jst|ast|wat|eat|cat|sast";
const H = { HOUR: 1, MIN: 2, MERIDIEM: 3 } as const;
/** "3 p.m.", "4am", "10:30 a.m. EST", "3.30pm". */
const MERIDIEM = new RegExp(String.raw`\b(\d{1,2})(?:[:.]([0-5]\d))?\s?(a\.m\.?|p\.m\.?|am|pm)(?![a-z])(?:\s+(?:${ZONES})\b)?`, "g");
/** "15:00 GMT", "at 10:30". */
const CLOCK24 = new RegExp(String.raw`\b([01]?\d|2[0-3])[:h]([0-5]\d)\b(?![:.]\d)(\s*(?:${ZONES}|hrs|z)\b)?`, "g");
/** "0200 GMT", "1100 hrs". */
const MILITARY = new RegExp(String.raw`\b([01]\d|2[0-3])([0-5]\d)\s?(?:${ZONES}|hrs|z|hours)\b`, "g");
/** "noon", "midnight". */
const NAMED = /\b(noon|midday|midnight)\b/g;
/** Words before a bare "10:30" that make it a clock time, not a score, ratio or video length. */
const CLOCK_CONTEXT = new Set(["at", "by", "from", "until", "till", "to", "before", "after", "around", "about", "since", "approximately", "between", "and", "shortly", "past"]);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function clockCandidate(ctx: TimeContext, start: number, end: number, h: number, min: number, method: string): TimeCandidate {
  const clock = `${pad(h)}:${pad(min)}`;
  return makeCandidate(ctx, start, end, { type: "TIME", value: `XXXX-XX-XXT${clock}`, anchor: "none", method, confidence: 0.85, priority: 2, clock });
}

/** Clock times. Their date comes later from context (see `resolveContextDays`). */
export function findClockTimes(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;

  MERIDIEM.lastIndex = 0;
  for (let m = MERIDIEM.exec(lower); m; m = MERIDIEM.exec(lower)) {
    let h = +m[H.HOUR];
    const min = m[H.MIN] ? +m[H.MIN] : 0;
    if (h < 1 || h > 12) continue;
    const pm = m[H.MERIDIEM].startsWith("p");
    if (pm && h !== 12) h += 12;
    if (!pm && h === 12) h = 0;
    out.push(clockCandidate(ctx, m.index, m.index + m[0].length, h, min, "pattern:clock-meridiem"));
  }

  CLOCK24.lastIndex = 0;
  for (let m = CLOCK24.exec(lower); m; m = CLOCK24.exec(lower)) {
    if (!m[3] && !CLOCK_CONTEXT.has(wordBefore(ctx, m.index))) continue;
    if (m.index > 0 && /[\d.,]/.test(lower[m.index - 1])) continue;
    out.push(clockCandidate(ctx, m.index, m.index + m[0].length, +m[1], +m[2], "pattern:clock-24h"));
  }

  MILITARY.lastIndex = 0;
  for (let m = MILITARY.exec(lower); m; m = MILITARY.exec(lower)) {
    if (m[0].endsWith("hours") && !CLOCK_CONTEXT.has(wordBefore(ctx, m.index))) continue;
    out.push(clockCandidate(ctx, m.index, m.index + m[0].length, +m[1], +m[2], "pattern:clock-military"));
  }

  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(lower); m; m = NAMED.exec(lower)) {
    const c = clockCandidate(ctx, m.index, m.index + m[0].length, m[1] === "midnight" ? 24 : 12, 0, "pattern:clock-named");
    c.confidence = 0.8;
    out.push(c);
  }
  return out;
}
