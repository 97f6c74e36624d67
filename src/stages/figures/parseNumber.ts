/**
 * Digit strings to numbers. Accepts "40,130", "1,000,000", "3.4", ".5", "2334"; rejects
 * malformed grouping ("12,34"), signs, and anything with letters.
 */
const DIGITS_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;
const COMMA_RE = /,/g;

export function parseDigits(s: string): number | null {
  if (!DIGITS_RE.test(s)) return null;
  const v = Number(s.replace(COMMA_RE, ""));
  return Number.isFinite(v) ? v : null;
}

/** Removes binary floating-point noise from products like 4.1 × 1e6 (= 4099999.9999999995). */
export function cleanValue(v: number): number {
  return Number(v.toPrecision(12));
}

/** A digit string written without grouping commas ("2023", "20240819"), for year and id checks. */
export function isPlainInteger(s: string): boolean {
  return PLAIN_INT_RE.test(s);
}
const PLAIN_INT_RE = /^\d+$/;
