import { normalizeDate } from "./normalizeDate.js";

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
/** "March 6, 2025", "6 March 2025", "2025-03-06" (a weekday may lead). */
const DATE = `${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`;
/** A date line: "Published 6 March 2025", "Updated: March 6, 2025 9:14 am". */
const BYLINE_DATE = new RegExp(`^(?:(?:first\\s+)?published|updated|posted|last updated)?(?:\\s+on)?\\s*:?\\s*(${DATE})`, "i");
/** A wire dateline opening the article: "WASHINGTON, March 6, 2025 —", "LONDON (Reuters), 6 March 2025 -". */
const DATELINE = new RegExp(`^\\p{Lu}[\\p{Lu}\\p{Ll} .'’-]{1,40}(?:\\s*\\([^)]{1,30}\\))?,\\s*(${DATE})\\s*(?:\\([^)]{1,30}\\)\\s*)?[—–-]`, "u");

/**
 * The publication date written in a date line ("Published 6 March 2025") or in a wire
 * dateline at the start of the article ("WASHINGTON, March 6, 2025 —"), as `YYYY-MM-DD`;
 * null when there is none or it has no year.
 */
export function datelineDate(text: string): string | null {
  const head = text.slice(0, 200);
  const m = BYLINE_DATE.exec(head) ?? DATELINE.exec(head);
  return m ? normalizeDate(m[1]) : null;
}

const ANY_DATE = new RegExp(DATE, "i");

/** The first full date (with a year) anywhere in a byline or date-line block, as `YYYY-MM-DD`. */
export function bylineDate(text: string): string | null {
  const m = ANY_DATE.exec(text.slice(0, 300));
  return m ? normalizeDate(m[0]) : null;
}
