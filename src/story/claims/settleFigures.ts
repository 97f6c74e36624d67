/**
 * What an article's figure claims say once all of them are read: the two ends of a range count
 * one scope, and a count of people in "a city of N people" is the place's population.
 */
import type { FigureClaim } from "./types.js";
import { clauseStartBefore } from "./text.js";

/** "a city of (about)" right before a count of people: the place's population. */
const PLACE_OF = /\b(?:city|town|village|port|community|island|country|nation|province|region|capital)\s+of\s+(?:about|around|some|nearly|roughly|approximately|almost|over|more than|at least|up to)?\s*$/i;

/** People nouns a place's population is counted in. */
const PEOPLE = new Set(["people", "resident", "inhabitant"]);

/** Settles an article's figure claims in place (see the file comment); returns them. */
export function settleFigures(text: string, figures: FigureClaim[]): FigureClaim[] {
  for (const f of figures) {
    if (!PEOPLE.has(f.quantity)) continue;
    // The clause before the number: back to a comma, semicolon, colon or dash in its sentence.
    const at = f.evidence.span.start;
    const clause = text.slice(clauseStartBefore(text, f.evidence.sentence.start, at), at);
    if (PLACE_OF.test(clause.replace(/\s+/g, " "))) {
      f.quantity = "population";
      f.scope = null;
    }
  }
  shareRangeScopes(text, figures);
  return figures;
}

/**
 * The two ends of a range ("18,000 to 20,000 deaths … in Derna") count one thing: the lower end
 * takes the scope the clause gives the upper one (its place words follow the second number).
 */
function shareRangeScopes(text: string, figures: FigureClaim[]): void {
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
