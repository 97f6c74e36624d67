import type { TimeExpression } from "../../types.js";
import type { CalendarDate } from "./CalendarDate.js";
import type { TimeContext } from "./TimeContext.js";

/** A proposed time expression: the final fields plus what refiners need to decide and link. */
export interface TimeCandidate extends TimeExpression {
  /** Breaks ties between overlapping candidates of equal length: higher wins. */
  priority: number;
  /** The day a day-precise DATE (or a TIME) falls on, so clock times and parts of day can use it. */
  day: CalendarDate | null;
  /** Set on bare weekday candidates, so a following calendar date can absorb them. */
  weekday?: number;
  /** Set on clock times that still need a date in front of their value ("T15:00"). */
  clock?: string;
  /** Set on parts of day ("the evening") that take their day from context. */
  partOfDay?: string;
  /** Set on "the quarter", "the year-ago quarter": take the last quarter mentioned before, shifted
   * by this many quarters (see `resolveContextQuarters`); the value is the fallback. */
  contextQuarter?: number;
  /** Set on "a year ago", "a year earlier": after a recent quarter mention, that quarter this many
   * years back (see `resolveContextQuarters`); the value is the fallback. */
  yearsBack?: number;
  /** Set on "that year", "the following day": the last year (`Y`) or day (`D`) mentioned before,
   * shifted by `shift` (see `resolveAnaphoricDates`); the value is the fallback. */
  refersBack?: { unit: "Y" | "D"; shift: number };
}

/** Fields a finder supplies; `text` is taken from the document. */
export type CandidateFields = Omit<TimeCandidate, "start" | "end" | "text" | "priority" | "day"> &
  Partial<Pick<TimeCandidate, "priority" | "day">>;

/** Makes a candidate over `[start, end)` of the document text. */
export function makeCandidate(ctx: TimeContext, start: number, end: number, f: CandidateFields): TimeCandidate {
  return { start, end, text: ctx.text.slice(start, end), priority: 0, day: null, ...f };
}
