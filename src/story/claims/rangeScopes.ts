/** Ranges among an article's figure claims. */
import type { FigureClaim } from "./types.js";

/**
 * The two ends of a range ("18,000 to 20,000 deaths … in Derna") count one thing: the lower end
 * takes the scope the clause gives the upper one (its place words follow the second number).
 */
export function shareRangeScopes(text: string, figures: FigureClaim[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const lo = figures[k];
    const hi = figures[k + 1];
    if (lo.approx !== "at least" || hi.approx !== "at most" || lo.quantity !== hi.quantity) continue;
    if (lo.evidence.span.end > hi.evidence.span.start || !/^\s*(?:to|-|\u2013|and)\s*$/.test(text.slice(lo.evidence.span.end, hi.evidence.span.start))) continue;
    const scope = hi.scope ?? lo.scope;
    lo.scope = scope;
    hi.scope = scope;
  }
}
