import { addDays, isoWeekday, type CalendarDate } from "./CalendarDate.js";

/**
 * Which occurrence of a weekday is meant:
 * - "onOrBefore": the most recent one, today included (past or present clauses, and the news
 *   default: "Hamas said on Sunday", "met on Monday" in a Monday story);
 * - "onOrAfter": the next one, today included (future clauses: "will visit Egypt on Tuesday");
 * - "before" / "after": strictly before / after today ("last Friday", "next Tuesday");
 * - "sameWeek": inside the ISO week of the anchor ("this Thursday").
 */
export type WeekdayDirection = "onOrBefore" | "onOrAfter" | "before" | "after" | "sameWeek";

/** The day with ISO weekday `weekday` (1 = Monday) in `direction` from `anchor`. */
export function resolveWeekday(anchor: CalendarDate, weekday: number, direction: WeekdayDirection): CalendarDate {
  const today = isoWeekday(anchor);
  switch (direction) {
    case "sameWeek":
      return addDays(anchor, weekday - today);
    case "onOrBefore":
      return addDays(anchor, -((today - weekday + 7) % 7));
    case "before":
      return addDays(anchor, -(((today - weekday + 6) % 7) + 1));
    case "onOrAfter":
      return addDays(anchor, (weekday - today + 7) % 7);
    case "after":
      return addDays(anchor, ((weekday - today + 6) % 7) + 1);
  }
}
