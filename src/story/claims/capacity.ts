/**
 * Capacities and rates: what a number counts when the words around it say it is how many a
 * place holds ("the stadium, which holds 38,000 people", "a ground built for 38,000", "which has
 * place for 38,000", "within the stadium's limit of 42,000") or an amount per unit of time
 * ("450,000 barrels a day", "carries about 450,000 barrels per day", "transports 450,000 barrels
 * daily"). A capacity is no attendance, and a rate is no total: each is a quantity of its own.
 */

/** Words right before a number that make it a capacity. */
const CAPACITY_BEFORE = /\b(?:holds?|holding|seats|seating|built for|designed for|place for|room for|capacity (?:of|for)|limit of|capacity to hold|can hold|could hold)\s+(?:up to\s+|about\s+|some\s+|nearly\s+|around\s+|more than\s+)?$/i;

/** Whether the number starting at `start` is a capacity (`clauseStart`: where its clause begins). */
export function isCapacity(text: string, clauseStart: number, start: number): boolean {
  return CAPACITY_BEFORE.test(text.slice(Math.max(clauseStart, start - 40), start));
}

/** A unit of time after the counted noun ("barrels a day", "tonnes per year", "cars daily"). */
const PER_TIME = /^[\s\d.,]*(?:[\p{L}-]+\s+){0,2}?(?:(?:a|an|per|each|every)\s+(day|year|hour|week|month|minute|second)\b|(daily|annually|yearly|weekly|monthly|hourly)\b)/u;
const ADVERB_UNIT: Record<string, string> = { daily: "day", annually: "year", yearly: "year", weekly: "week", monthly: "month", hourly: "hour" };

/** The unit of time a rate is per ("day"), or null when the number is no rate. `end`: where the number ends. */
export function ratePer(text: string, end: number): string | null {
  const m = PER_TIME.exec(text.slice(end, end + 40));
  if (!m) return null;
  return m[1] ?? ADVERB_UNIT[m[2]] ?? null;
}
