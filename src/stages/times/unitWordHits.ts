import { TIME_UNITS } from "../../lexicons/en/timeUnits.js";
import type { TimeContext } from "./TimeContext.js";

/** One occurrence of a time-unit word ("hours", "day") in the lower-cased text. */
export interface UnitWordHit {
  start: number;
  end: number;
  word: string;
}

const UNIT_WORD = new RegExp(String.raw`\b(${Object.keys(TIME_UNITS).sort((a, b) => b.length - a.length).join("|")})\b`, "g");
const cache = new WeakMap<TimeContext, UnitWordHit[]>();

/** Every time-unit word in the text, found once per document and shared by the duration and
 * frequency finders. */
export function unitWordHits(ctx: TimeContext): UnitWordHit[] {
  let hits = cache.get(ctx);
  if (hits) return hits;
  hits = [];
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(ctx.lower); m; m = UNIT_WORD.exec(ctx.lower)) hits.push({ start: m.index, end: m.index + m[0].length, word: m[1] });
  cache.set(ctx, hits);
  return hits;
}
