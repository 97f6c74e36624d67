import { PARTS_OF_DAY } from "../../lexicons/en/partsOfDay.js";
import { WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_SUFFIXES, WEEKDAY_NAMES } from "../../lexicons/en/calendarNames.js";
import { formatDay } from "./CalendarDate.js";
import { clauseTense, type Tense } from "./clauseTense.js";
import { resolveWeekday, type WeekdayDirection } from "./resolveWeekday.js";
import { matchBefore } from "./matchBefore.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { isUpperAt, wordAfter, wordBefore, type TimeContext } from "./TimeContext.js";

const G = { DAY: 1, PLURAL: 2, PART: 3 } as const;

/** "[early|last|every…] " (and "late on ") before a weekday. */
const MODIFIER_BEFORE = /(?<![a-z])(every|each|this past|this|last|next|past|coming|early|earlier|late|later)\s+(?:on\s+)?$/;

/** "Weekday[s] [part of day]", on lower-cased text. */
const WEEKDAY = new RegExp(
  `\\b(${Object.keys(WEEKDAY_NAMES).join("|")})(s)?\\b` +
    `(?:\\s+(${Object.keys(PARTS_OF_DAY).filter((w) => !["overnight", "nightfall", "midday"].includes(w)).join("|")})\\b)?`,
  "g",
);

function direction(mod: string | undefined, tense: Tense): WeekdayDirection {
  switch (mod) {
    case "last":
    case "past":
    case "this past":
      return "before";
    case "next":
    case "coming":
      return "after";
    case "this":
      return "sameWeek";
  }
  return tense === "future" ? "onOrAfter" : "onOrBefore";
}

/**
 * Weekdays ("on Monday", "Earlier Monday", "Sunday evening", "last Friday", "every Monday"),
 * resolved against the publication day: future clauses take the coming one, everything else the
 * most recent one including the publication day itself (the news convention).
 */
export function findWeekdays(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(ctx.lower); m; m = WEEKDAY.exec(ctx.lower)) {
    const dayAt = m.index;
    if (!isUpperAt(ctx, dayAt)) continue;
    const before = matchBefore(ctx.lower, dayAt, MODIFIER_BEFORE, 20);
    const mod = before?.m[1];
    if (!mod && WEEKDAY_NAME_PREFIXES.has(wordBefore(ctx, m.index))) continue;
    const after = m.index + m[0].length;
    if (!m[G.PART] && WEEKDAY_NAME_SUFFIXES.has(wordAfter(ctx, after)) && ctx.text[after] === " " && isUpperAt(ctx, after + 1)) continue;
    const wd = WEEKDAY_NAMES[m[G.DAY]];
    const part = m[G.PART] ? PARTS_OF_DAY[m[G.PART]] : null;
    const start = before ? before.start : dayAt;
    const end = m.index + m[0].length;
    if (mod === "every" || mod === "each" || m[G.PLURAL]) {
      if (m[G.PLURAL] && part) continue;
      out.push(makeCandidate(ctx, start, end, {
        type: "SET",
        value: `XXXX-WXX-${wd}${part ? "T" + part : ""}`,
        anchor: "none",
        method: "pattern:weekday-set",
        confidence: 0.8,
        priority: 1,
      }));
      continue;
    }
    const type = part ? "TIME" : "DATE";
    if (!ctx.anchor) {
      out.push(makeCandidate(ctx, start, end, {
        type,
        value: `XXXX-WXX-${wd}${part ? "T" + part : ""}`,
        anchor: "none",
        method: "pattern:weekday",
        confidence: 0.8,
        priority: 1,
        weekday: part ? undefined : wd,
      }));
      continue;
    }
    // "until Friday", "till Monday": the end of a period that a nearer infinitive or future verb looks ahead to
    const untilPhrase = /\b(?:until|till|through)\s+$/.test(ctx.lower.slice(Math.max(0, start - 9), start));
    const tense = clauseTense(ctx, start, end, { untilPhrase });
    const dir = direction(mod, tense);
    const day = resolveWeekday(ctx.anchor, wd, dir);
    const explicit = mod === "last" || mod === "next" || mod === "this" || mod === "past" || mod === "this past" || mod === "coming";
    out.push(makeCandidate(ctx, start, end, {
      type,
      value: formatDay(day) + (part ? "T" + part : ""),
      anchor: "published",
      method: explicit ? `pattern:weekday+${mod}` : `pattern:weekday+tense:${tense}`,
      confidence: explicit ? 0.9 : tense === "unknown" ? 0.75 : 0.85,
      priority: 1,
      day,
      weekday: part ? undefined : wd,
    }));
  }
  return out;
}
