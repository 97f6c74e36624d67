import type { NewsDocument, Sentence, Stage, StageContext, TimeExpression, Token } from "../../types.js";
import { dropOverlaps } from "./dropOverlaps.js";
import { findAnaphoricDates } from "./findAnaphoricDates.js";
import { findCalendarDates } from "./findCalendarDates.js";
import { findClockTimes } from "./findClockTimes.js";
import { findDurations } from "./findDurations.js";
import { findHolidays } from "./findHolidays.js";
import { findMonthsAndYears } from "./findMonthsAndYears.js";
import { findPartsOfDay } from "./findPartsOfDay.js";
import { findQuarters } from "./findQuarters.js";
import { findReferenceWords } from "./findReferenceWords.js";
import { findRelativeDates } from "./findRelativeDates.js";
import { findSets } from "./findSets.js";
import { findWeekdays } from "./findWeekdays.js";
import { mergeClockDates } from "./mergeClockDates.js";
import { mergeWeekdayDates } from "./mergeWeekdayDates.js";
import { resolveAnaphoricDates } from "./resolveAnaphoricDates.js";
import { resolveContextDays } from "./resolveContextDays.js";
import { resolveContextQuarters } from "./resolveContextQuarters.js";
import { resolveQuotedDeictics } from "./resolveQuotedDeictics.js";
import type { TimeCandidate } from "./TimeCandidate.js";
import { createTimeContext, type TimeContext } from "./TimeContext.js";

/**
 * The finders, each proposing candidates with spans and values. Order does not matter for the
 * result (overlaps are settled by `dropOverlaps`: longer span, then priority), but it is kept
 * from most to least specific for readability.
 */
const FINDERS: readonly ((ctx: TimeContext) => TimeCandidate[])[] = [
  findCalendarDates, // chrono: "Oct. 7, 2023", "May 31", "12 July", "2023-05-06"
  findWeekdays, // "on Monday", "Sunday evening", "last Friday", "every Monday"
  findRelativeDates, // "today", "last week", "next month", "two months ago"
  findMonthsAndYears, // "in May", "early August", "mid-2023", "the 1990s", "last summer"
  findClockTimes, // "3 p.m.", "15:00 GMT", "0200 GMT", "noon"
  findPartsOfDay, // "the evening"
  findDurations, // "three-hour", "10 months", "For months", "the past year"
  findSets, // "daily", "every week", "twice a year"
  findQuarters, // "the third quarter", "third-quarter", "the year-ago quarter", "Q3 2023"
  findReferenceWords, // "now", "currently", "recently", "the future"
  findAnaphoricDates, // "that year", "the following day", "the 20th century"
  findHolidays, // "Thanksgiving Day", "last Christmas", "Easter 2013"
];

/**
 * Finds DATE, TIME, DURATION and SET expressions and resolves them to TIMEX3-style values
 * against the publication date and the tense of their clause.
 *
 * Refiners, in order (each needs the previous one's output):
 * 1. `mergeWeekdayDates` joins "Monday, Aug. 19" before overlaps are settled, so the joined span
 *    wins over its parts; `mergeClockDates` then joins "10 p.m. Wednesday" the same way;
 * 2. `dropOverlaps` keeps the longest candidate where spans overlap;
 * 3. `resolveQuotedDeictics` rebases a quoted "today" on the day the speech was reported;
 *    `resolveContextDays` then dates clock times and parts of day from the surviving dated
 *    expressions around them (so a dropped candidate never lends its date);
 * 4. `resolveContextQuarters` reads "the quarter", "the year-ago quarter" and "a year ago"
 *    against the last quarter named before them;
 * 5. `resolveAnaphoricDates` reads "that year", "the following day" against the last year or
 *    day mentioned before them (after 3 and 4, so those count as mentions).
 */
export function extractTimes(doc: Readonly<NewsDocument>, sentences: readonly Sentence[], tokens: readonly Token[], report: StageContext["report"] = () => {}): TimeExpression[] {
  const ctx = createTimeContext(doc, sentences, tokens);
  let cands: TimeCandidate[] = [];
  for (const find of FINDERS) for (const c of find(ctx)) cands.push(c);
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  cands = mergeWeekdayDates(ctx, cands, report);
  cands = mergeClockDates(ctx, cands);
  cands = dropOverlaps(cands, doc.text.length);
  cands = resolveQuotedDeictics(ctx, cands);
  cands = resolveContextDays(ctx, cands);
  cands = resolveContextQuarters(cands);
  cands = resolveAnaphoricDates(ctx, cands);
  return cands.map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    type: c.type,
    value: c.value,
    anchor: c.anchor,
    method: c.method,
    confidence: Math.round(c.confidence * 100) / 100,
  }));
}

/** Stage: times. Reads sentences and tokens (for clause tense and part-of-speech checks). */
export const timesStage: Stage<"times"> = {
  name: "times",
  requires: ["sentences", "tokens"],
  produces: ["times"],
  run(doc, layers, ctx) {
    return { times: extractTimes(doc, layers.sentences, layers.tokens, ctx.report) };
  },
};
