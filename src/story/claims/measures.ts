/**
 * Measures: sizes, weights and speeds with the thing they measure, in one unit per dimension so
 * that outlets writing units differently line up ("a 1.2-mile-long train" = "the 2-kilometre
 * train" = "a length of about 1,900 metres"; "47 mph" = "75 km/h"; "a 40-tonne rig" vs "a
 * 25-ton machine"). The thing measured comes from the noun after an adjectival size ("a
 * 300-metre tanker"), the noun before "N long" ("the train, nearly 3 miles long"), the subject of
 * a measure verb ("the machine weighs 40 tonnes", "the train had a length of …") or "of" after
 * the unit ("210,000 tonnes of copper"); a size with none of these (a distance "60 km away") is
 * left out.
 */
import { STOP_WORDS } from "../../lexicons/en/stopWords.js";
import { AREA_UNITS, DIMENSION_WORDS, LENGTH_UNITS, SQUARE_UNITS, MASS_SLACK, MASS_UNITS, MEASURE_VERBS, SPEED_UNITS } from "./lexicon.js";
import { normWord, words, type WordToken } from "./text.js";

export interface Measure {
  /** "length (train)", "weight (machine)", "speed". */
  quantity: string;
  /** "m", "t" or "km/h". */
  unit: string;
  value: number;
  /** A speed names no thing it measures: compared as cautiously as a count known only by its unit. */
  generic: boolean;
  /** Extra width of the interval the stated value covers, in `unit` (a "ton" may be short, long or metric). */
  rounding: number;
}

/** The dimension of a size that names none ("a 300-metre tanker"): a length unless the story says otherwise. */
export const IMPLIED_DIMENSION = "size";

const STOP = new Set([...STOP_WORDS, ...MEASURE_VERBS, "been", "being", "about", "nearly", "some", "around", "almost"]);
const PER_HOUR = /^\s*(?:\/\s*h\b|per\s+hour\b|an\s+hour\b|kph\b|mph\b)/i;

/** The head of the noun phrase starting at word `k`: up to three words, not past a function word or a verb. */
function headAt(ws: WordToken[], k: number, text: string): string | null {
  let head: string | null = null;
  for (let n = 0; n < 3 && k + n < ws.length; n++) {
    const w = ws[k + n];
    // Punctuation between words ends the phrase ("a 2-kilometre train, hauling").
    if (n > 0 && /[,;:.()]/.test(text.slice(ws[k + n - 1].end, w.start))) break;
    if (STOP.has(w.norm) || !/^\p{L}[\p{L}-]*$/u.test(w.norm)) break;
    if (n > 0 && /(?:ing|ed)$/.test(w.norm)) break; // "a 300-metre tanker carrying …"
    head = w.norm;
  }
  return head;
}

/** The subject a clause opens with ("The drilling machine weighs …"): its head, when a measure verb follows it. */
function subjectHead(ws: WordToken[], upTo: number, text: string): string | null {
  let k = 0;
  while (k < upTo && /^(?:the|a|an|its|their|his|her|this|that)$/.test(ws[k].norm)) k++;
  if (k >= upTo || /['’]s$/.test(ws[k].norm)) {
    // "Saturday's train": the possessor is a day or a company; the phrase after it is the subject.
    if (k < upTo) k++;
  }
  const head = headAt(ws, k, text);
  if (!head) return null;
  let v = k;
  while (v < upTo && ws[v].norm !== head) v++;
  // A measure verb within the three words after the subject ("weighs", "had a length of").
  return ws.slice(v + 1, v + 4).some((w) => MEASURE_VERBS.has(w.norm)) ? head : null;
}

/**
 * The measure a figure states, or `undefined` when its unit is no size, weight or speed (the
 * caller goes on with counts), or `null` when it is one but says of nothing what it measures.
 * `ws` are the words of the figure's clause, `i`/`j` the figure's word range in them.
 */
export function measureOf(text: string, fig: { start: number; end: number; text: string; value: number; unit: string | null }, ws: WordToken[], i: number, j: number): Measure | null | undefined {
  if (!fig.unit) return undefined;
  const unitWords = fig.unit.split(/\s+/).map(normWord);
  const unitWord = unitWords[0];
  const hyphenated = /-/.test(fig.text);
  // Where the unit ends in the text: the figure's own text for "1.2-mile-long", else the words after it.
  let afterUnit = fig.end;
  if (!hyphenated) {
    const m = /^\s*[\p{L}/.]+/u.exec(text.slice(fig.end, fig.end + 20));
    if (m) afterUnit = fig.end + m[0].length;
  }
  // Areas: "12,400 acres", "5,020 hectares", "20 square miles" (in hectares).
  const areaFactor = AREA_UNITS[unitWord] ?? (unitWord === "square" || unitWord === "sq" ? SQUARE_UNITS[unitWords[1] ?? ""] : undefined);
  if (areaFactor !== undefined) return { quantity: "area", unit: "ha", value: Math.round(fig.value * areaFactor), rounding: 0, generic: false };
  // Speeds: "47 mph", "about 75 km/h", "76 kilometres per hour", "8 knots" (in km/h).
  const perHour = !hyphenated && /^\s*\p{L}+\.?\s*(?:\/\s*h\b|per\s+hour\b|an\s+hour\b|a\s+hour\b)/iu.test(text.slice(fig.end, fig.end + 30));
  const speedFactor = SPEED_UNITS[unitWord] ?? (perHour ? LENGTH_UNITS[unitWord] : undefined);
  if (speedFactor !== undefined) return { quantity: "speed", unit: "km/h", value: round(fig.value * speedFactor), rounding: 0, generic: true };
  const lengthKm = LENGTH_UNITS[unitWord];
  const massT = MASS_UNITS[unitWord];
  if (lengthKm === undefined && massT === undefined) return undefined;
  const isMass = massT !== undefined;
  // The dimension: "-long" in the unit ("miles long"), a word after it ("3 miles long"), "a length of" before it.
  const tail = unitWords.slice(1).map((w) => DIMENSION_WORDS[w]).find((d) => d !== undefined) ?? DIMENSION_WORDS[normWord(/^\s*(\p{L}+)/u.exec(text.slice(afterUnit, afterUnit + 12))?.[1] ?? "")];
  const before = ws.slice(Math.max(0, i - 4), i).map((w) => w.norm);
  // "a length of about 1,900 metres", "at a height of 40 metres".
  const ofAt = before.lastIndexOf("of");
  const named = ofAt > 0 ? DIMENSION_WORDS[before[ofAt - 1]] : undefined;
  // A size with no dimension word ("the 42-metre Holm Dam") is settled across the story (compare/figureDimensions.ts).
  const dimension = isMass ? "weight" : (tail ?? named ?? IMPLIED_DIMENSION);
  if (isMass && tail && tail !== "weight") return null;
  // What it measures.
  let thing: string | null = null;
  if (hyphenated && j < ws.length) thing = headAt(ws, j, text); // "a 300-metre tanker", "a 40-tonne drilling rig"
  if (!thing && !hyphenated) {
    // "210,000 tonnes of copper"
    const unitEnd = ws.findIndex((w) => w.start >= afterUnit);
    if (unitEnd >= 0 && ws[unitEnd].norm === "of" && !tail) thing = headAt(ws, unitEnd + 1, text);
  }
  if (!thing && (tail || named || isMass)) {
    // "The train, nearly 3 miles long," — the noun right before a comma opening the size.
    const lead = /(\p{L}+)\s*,\s*(?:(?:nearly|almost|about|around|some|roughly|more than|over|just|at least)\s+)?$/u.exec(text.slice(Math.max(0, fig.start - 40), fig.start));
    if (lead && !STOP.has(normWord(lead[1]))) thing = normWord(lead[1]);
    else thing = subjectHead(ws, i, text);
  }
  if (!thing) return null;
  if (!tail && !named && !hyphenated && !isMass) return null; // "60 km away": a distance, not a size
  const factor = isMass ? massT : lengthKm * 1000;
  const slack = isMass ? (MASS_SLACK[unitWord] ?? 0) : 0;
  const value = round(fig.value * factor);
  return { quantity: `${dimension} (${singular(thing)})`, unit: isMass ? "t" : "m", value, rounding: 2 * slack * value, generic: false };
}

/** One decimal, or three below 10 ("5 kg" = 0.005 t). */
function round(v: number): number {
  return v >= 10 ? Math.round(v * 10) / 10 : Math.round(v * 1000) / 1000;
}

function singular(w: string): string {
  return w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}
