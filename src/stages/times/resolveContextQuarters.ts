import { parseQuarter, shiftQuarter } from "./findQuarters.js";
import type { TimeCandidate } from "./TimeCandidate.js";

/** How far back (characters) a quarter mention still anchors "a year ago". */
const YEARS_BACK_REACH = 600;

/**
 * Resolves quarter references against the last quarter mentioned before them (the TimeML
 * convention for earnings reports: "the third quarter … the quarter … a year earlier"):
 * - `contextQuarter` candidates ("the quarter", "the year-ago quarter") take that quarter,
 *   shifted by their quarter offset;
 * - `yearsBack` candidates ("a year ago") become that quarter `n` years back when the mention is
 *   at most `YEARS_BACK_REACH` characters before them.
 * Without a quarter mention the finder's value (from the publication date) stays. Only quarters
 * named or referred to without a shift count as mentions. `cands` are sorted.
 */
export function resolveContextQuarters(cands: readonly TimeCandidate[]): TimeCandidate[] {
  let last: { y: number; q: number; end: number } | null = null;
  return cands.map((c) => {
    let out = c;
    if (c.contextQuarter !== undefined && last) {
      const v = shiftQuarter(last.y, last.q, c.contextQuarter);
      out = { ...c, value: `${v.y}-Q${v.q}`, anchor: "context", method: c.method + "+context-quarter" };
    } else if (c.yearsBack !== undefined && last && c.start - last.end <= YEARS_BACK_REACH) {
      out = { ...c, value: `${last.y - c.yearsBack}-Q${last.q}`, anchor: "context", method: c.method + "+context-quarter" };
    }
    const q = parseQuarter(out.value);
    if (q && out.type === "DATE" && out.yearsBack === undefined && (out.contextQuarter === undefined || out.contextQuarter === 0)) {
      last = { ...q, end: out.end };
    }
    return out;
  });
}
