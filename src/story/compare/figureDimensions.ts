/**
 * Which dimension a size that names none measures ("the 42-metre Holm Dam", "the 2-kilometre
 * train"): the one dimension the story's articles state for the same thing ("the dam, 40 metres
 * high" → its height; "a 1.2-mile-long train" → its length), else its length.
 */
import type { FigureClaim } from "../claims/types.js";
import { IMPLIED_DIMENSION } from "../claims/measures.js";

const IMPLIED = new RegExp(`^${IMPLIED_DIMENSION} \\((.+)\\)$`);
const STATED = /^(\w+) \((.+)\)$/;

/** Renames implied sizes to the thing's sole stated dimension, else to its length (in place). */
export function settleDimensions(docs: readonly { claims: { figures: FigureClaim[] } }[]): void {
  const stated = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      const m = STATED.exec(c.quantity);
      if (!m || m[1] === IMPLIED_DIMENSION || m[1] === "weight" || c.unit !== "m") continue;
      stated.set(m[2], (stated.get(m[2]) ?? new Set()).add(m[1]));
    }
  }
  for (const d of docs) {
    for (const c of d.claims.figures) {
      const m = IMPLIED.exec(c.quantity);
      if (!m) continue;
      const dims = stated.get(m[1]);
      c.quantity = `${dims && dims.size === 1 ? [...dims][0] : "length"} (${m[1]})`;
    }
  }
}
