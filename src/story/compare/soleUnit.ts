/** Generic units (known only by their word) that count one thing across a story. */
import type { StoryDoc } from "./docs.js";

/**
 * Whether a unit known only by its word counts one thing across the story: every article gives
 * it one value, and the values lie within a ratio of 1.5 ("travelling at 8 knots" / "moving at 9
 * knots"). A unit an article uses for two values ("200 buildings in Hatay, 40 in Adana") counts
 * several things, and only sentence context can pair its values.
 */
export function soleUnit(drafts: readonly { value: number; claims: readonly { doc: StoryDoc }[] }[]): boolean {
  const values = new Map<StoryDoc, Set<number>>();
  for (const d of drafts) for (const c of d.claims) values.set(c.doc, (values.get(c.doc) ?? new Set()).add(d.value));
  if (values.size < 2 || [...values.values()].some((v) => v.size > 1)) return false;
  const xs = drafts.map((d) => d.value);
  return Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) <= 1.5;
}
