const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** `YYYY-MM-DD` if y/m/d is a real calendar date in a plausible range, else null. */
function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100) || !(m >= 1 && m <= 12) || !(d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A publication date as `YYYY-MM-DD`, or null when the value is not a date. Takes the calendar
 * date as written (a timestamp's time zone is not converted). Accepts ISO 8601 dates and
 * timestamps, `YYYYMMDD`, `YYYY/MM/DD`, "August 19, 2024", "19 Aug 2024", RFC 2822
 * ("Mon, 19 Aug 2024 10:00:00 GMT"), and numeric D/M/Y or M/D/Y only when unambiguous.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s || s.length > 100) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T\d)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[\sT])/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[\s,])/.exec(s);
  if (m) {
    const a = +m[1], b = +m[2], y = +m[3];
    if (a > 12 && b <= 12) return ymd(y, b, a);
    if (b > 12 && a <= 12) return ymd(y, a, b);
    return a === b ? ymd(y, a, b) : null;
  }
  const words = s.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, "");
  // "August 19, 2024", "Aug. 19 2024"
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(words);
  if (m && monthOf(m[1])) return ymd(+m[3], monthOf(m[1])!, +m[2]);
  // "19 August 2024", "19 Aug. 2024", "Mon, 19 Aug 2024 10:00:00 GMT"
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(words);
  if (m && monthOf(m[2])) return ymd(+m[3], monthOf(m[2])!, +m[1]);
  return null;
}

/**
 * A date flag (`--published`, `--since`, `--until`): ISO `YYYY-MM-DD` only, naming a real day,
 * else null. Numeric forms such as 05/06/2024 are refused rather than guessed day- or month-first.
 */
export function isoDateFlag(value: string | null | undefined): string | null {
  const s = typeof value === "string" ? value.trim() : "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? ymd(+m[1], +m[2], +m[3]) : null;
}

/** The one-line complaint about a date flag that is not ISO. */
export function dateFlagProblem(value: string): string {
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value.trim())
    ? `not an ISO date: "${value}" (expected YYYY-MM-DD; day-first and month-first dates are not guessed)`
    : `not a date: "${value}" (expected YYYY-MM-DD)`;
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/[.,\s]+$/, "")];
}

/** A date written into a URL path (`/2024/08/19/`, `/2024-08-19/`, `/20240819/`), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not absolute: use as is */
  }
  const patterns = [
    /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=$|[/_.-])/,
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=$|[/_.-])/,
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) {
      const d = ymd(+m[1], +m[2], +m[3]);
      if (d) return d;
    }
  }
  return null;
}
