/**
 * Which instance a fixed figure measures when an article does not say: "a severe quake measuring
 * magnitude 7.5" among the aftershocks, or "a 7.5-magnitude quake … at 1:24 p.m.", is the second
 * quake when more articles give 7.5 as the second quake's magnitude than as a plain magnitude.
 */
import type { FigureClaim } from "../claims/types.js";

const SECOND = " (second event)";

/** Moves plain fixed figures whose value the story gives more often for the second event to it (in place). */
export function settleInstances(docs: readonly { claims: { figures: FigureClaim[] } }[]): void {
  // Per quantity and value: the articles giving it plain and as the second event's.
  const plain = new Map<string, Set<object>>();
  const second = new Map<string, Set<object>>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      const isSecond = c.quantity.endsWith(SECOND);
      const base = isSecond ? c.quantity.slice(0, -SECOND.length) : c.quantity;
      const k = `${base}|${c.value}`;
      const m = isSecond ? second : plain;
      m.set(k, (m.get(k) ?? new Set()).add(d));
    }
  }
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (c.quantity.endsWith(SECOND) || c.scope !== null) continue;
      const k = `${c.quantity}|${c.value}`;
      const n2 = second.get(k)?.size ?? 0;
      if (n2 > 0 && n2 > (plain.get(k)?.size ?? 0)) c.quantity += SECOND;
    }
  }
}
