/**
 * The places a count is given for, below the country: "80 people were killed in Gaziantep",
 * "237 were killed in the provinces of Aleppo, Latakia, Hama, and Tartus", "Authorities at
 * Istanbul Airport detained two contractors". Such a count is that place's, a part of the
 * country's toll, not a value of the story's total.
 */
import type { Analysis } from "../../types.js";
import { LOC_HEADS } from "../../lexicons/en/places.js";
import { countryOfWord } from "./figureScope.js";
import { normWord } from "./text.js";

/** Words between "in" and the place that say the place is a reference point, not where the count is. */
const NOT_WITHIN = /\b(?:near|from|off|outside|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|kilometres|kilometers|miles|km)\b/i;

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** Words that open another clause between a number and a place. */
const SUBCLAUSE = /\b(?:that|which|who|whom|where|while|when|whereas|but)\b/i;

/** "Kahramanmaras Province" → "Kahramanmaras"; "the city of Gaziantep" keeps "Gaziantep". */
function placeName(text: string): string {
  return text.replace(/^the\s+/i, "").replace(/\s+(?:province|district|region|city|town|village|governorate)$/i, "");
}

function isCountry(name: string): boolean {
  const ws = name.split(/\s+/).map(normWord);
  return countryOfWord(ws.join(" ")) !== undefined || ws.some((w) => countryOfWord(w) !== undefined && ws.length === 1);
}

/**
 * The places (not countries) `clause` of the text gives a count for: a place entity after "in",
 * "across", "throughout" (a few words may come between: "in Turkey's Malatya province", "in the
 * provinces of Aleppo") or "at" a named site ("at Istanbul Airport"), and the places listed with
 * it ("…, Latakia, Hama, and Tartus").
 */
export function figurePlaces(a: Analysis, clauseStart: number, clauseEnd: number, number: { start: number; end: number }): string[] {
  const text = a.document.text;
  const mentions = a.entities
    // MISC too: the entity stage types a town it has not met either way ("across Kahramanmaras").
    .filter((e) => e.type === "LOC" || e.type === "GPE" || e.type === "MISC")
    .flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end, name: placeName(m.text) })))
    .filter((m) => !isCountry(m.name) && !CALENDAR.test(m.name))
    .sort((x, y) => x.start - y.start);
  const otherNames = a.entities.filter((e) => e.type !== "LOC" && e.type !== "GPE" && e.type !== "MISC").flatMap((e) => e.mentions);
  const first = mentions.find((m) => {
    if (m.start < clauseStart || m.end > clauseEnd) return false;
    const before = text.slice(clauseStart, m.start);
    const prep = /\b(in|across|throughout|at)\s+((?:[\p{L}'’-]+\s+){0,5})$/iu.exec(before);
    if (!prep || NOT_WITHIN.test(prep[2])) return false;
    // Near the number and in its part of the clause ("70 countries had offered help … and that
    // Turkey planned to open up hotels in the tourism hub of Antalya" gives no place to the 70).
    const gap = m.start >= number.end ? text.slice(number.end, m.start - prep[0].length) : text.slice(m.end, number.start);
    if (gap.split(/\s+/).filter(Boolean).length > 10 || SUBCLAUSE.test(gap)) return false;
    // "at" gives a site ("at Istanbul Airport"), not the place of the whole story ("at the concert hall in …").
    if (prep[1].toLowerCase() === "at") return LOC_HEADS.has(normWord(m.name.split(/\s+/).pop() ?? ""));
    return true;
  });
  if (!first) return [];
  const out = [first.name];
  let at = first.end;
  for (;;) {
    const next = /^(\s*,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u.exec(text.slice(at, at + 60));
    if (!next) break;
    const start = at + next[1].length;
    const known = mentions.find((m) => m.start === start);
    const other = otherNames.some((m) => m.start <= start && start < m.end);
    // A listed place the entity stage missed is taken only as the list's last item ("… and Tartus").
    // (or an item typed otherwise, closing a list of two places or more: "Aleppo, Latakia, Hama, and Tartus").
    if (!known && ((other && out.length < 2) || !/and/.test(next[1]) || isCountry(next[2]))) break;
    out.push(known ? known.name : next[2]);
    at = known ? known.end : start + next[2].length;
  }
  return out;
}
