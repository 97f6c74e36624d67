/** Figure claims: numbers and durations with the quantity they measure (a comparable key). */
import type { Analysis, Approx } from "../../types.js";
import type { ActorKeyFn, FigureClaim } from "./types.js";
import { APPROX_CUES, DURATION_EVENTS, QUANTITY_RULES } from "./lexicon.js";
import { evidenceFor, namesIn } from "./evidence.js";
import { eventAt, wordRange } from "./events.js";
import { contentWords, sentenceAt, words } from "./text.js";

function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(ss|us)$/.test(w)) return w;
  return w.replace(/s$/, "");
}

const PEOPLE_UNITS = new Set(["people", "persons", "person", "civilians", "children", "women", "men", "residents", "individuals", "others", "citizens"]);

function quantityFromWords(ws: string[]): string | null {
  const joined = ` ${ws.join(" ")} `;
  for (const r of QUANTITY_RULES) if (r.cues.some((c) => joined.includes(` ${c} `))) return r.key;
  return null;
}

function roundingOf(text: string, value: number): number {
  if (/\b(?:million|billion|thousand|trillion|hundred)\b/i.test(text)) {
    const digits = /(\d+(?:[.,]\d+)?)/.exec(text)?.[1] ?? "";
    const dec = digits.includes(".") ? digits.split(".")[1].length : 0;
    const mult = /billion/i.test(text) ? 1e9 : /million/i.test(text) ? 1e6 : /thousand/i.test(text) ? 1e3 : /trillion/i.test(text) ? 1e12 : 100;
    return mult / 10 ** dec;
  }
  if (!Number.isInteger(value) || value === 0) return 0;
  let r = 1;
  while (value % (r * 10) === 0) r *= 10;
  return r >= 100 ? r : 0;
}

function approxBefore(text: string, start: number): Approx | null {
  const before = text.slice(Math.max(0, start - 30), start);
  for (const [re, ap] of APPROX_CUES) if (re.test(before)) return ap;
  return null;
}

/** Parses a TIMEX3 duration into a value and unit (hours for clock durations). */
export function parseDuration(v: string): { value: number; unit: string } | null {
  const t = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?$/.exec(v);
  if (t && (t[1] || t[2])) return { value: Number(t[1] ?? 0) + Number(t[2] ?? 0) / 60, unit: "hours" };
  const d = /^P(\d+(?:\.\d+)?)([YMWD])$/.exec(v);
  if (d) return { value: Number(d[1]), unit: { Y: "years", M: "months", W: "weeks", D: "days" }[d[2]]! };
  return null;
}

/** The figure claims of an article: figures with a unit, and durations of known events. */
export function figureClaims(a: Analysis, key: ActorKeyFn): FigureClaim[] {
  const text = a.document.text;
  const out: FigureClaim[] = [];
  const durations = a.times.filter((t) => t.type === "DURATION");
  for (const f of a.figures) {
    if (f.ordinal || !f.unit || !Number.isFinite(f.value)) continue;
    if (durations.some((t) => t.start < f.end && f.start < t.end)) continue; // the duration claim covers it
    const sent = sentenceAt(text, f.start);
    const ws = words(text, sent.start, sent.end);
    const [i, j] = wordRange(ws, f.start, f.end);
    const unitWords = words(f.unit).map((w) => w.norm);
    // Words after the number say what it counts only when the unit is a people word
    // ("1,213 people killed", "300 Palestinians were killed"), not a noun of its own ("two sides").
    const peopleUnit = /^\p{Lu}/u.test(f.unit) || unitWords.some((w) => PEOPLE_UNITS.has(w));
    const near = peopleUnit ? ws.slice(j, j + 6).map((w) => w.norm) : [];
    const before = ws.slice(Math.max(0, i - 4), i).map((w) => w.norm);
    let quantity = quantityFromWords(unitWords) ?? quantityFromWords(near);
    if (!quantity && before.join(" ").includes("death toll")) quantity = "deaths";
    const generic = !quantity;
    if (generic && f.value <= 10 && !/\d/.test(f.text)) continue; // "two sides", "three-phase": not a reported figure
    if (!quantity) quantity = unitWords.map(singular).join(" ");
    out.push({
      kind: "figure",
      quantity,
      generic,
      value: f.value,
      unit: f.unit,
      approx: f.approx,
      rounding: f.approx === "exact" ? roundingOf(f.text, f.value) : 0,
      citedSource: f.source?.name ?? null,
      context: contentWords(text, sent.start, sent.end),
      names: namesIn(a, key, sent.start, sent.end, f.source?.span),
      evidence: evidenceFor(a, f.start, f.end),
    });
  }
  for (const t of durations) {
    const d = parseDuration(t.value);
    if (!d) continue;
    const sent = sentenceAt(text, t.start);
    const ws = words(text, sent.start, sent.end);
    const [i, j] = wordRange(ws, t.start, t.end);
    const ev = eventAt(ws, i, j, true);
    if (!ev || !DURATION_EVENTS.has(ev.event)) continue;
    out.push({
      kind: "figure",
      quantity: `${ev.event} duration${ev.planned ? " (planned)" : ""}`,
      generic: false,
      value: d.value,
      unit: d.unit,
      // "over two days of talks" means during, not more than.
      approx: (/\bover\s*$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) ? null : approxBefore(text, t.start)) ?? "exact",
      rounding: 0,
      citedSource: null,
      context: contentWords(text, sent.start, sent.end),
      names: namesIn(a, key, sent.start, sent.end, null),
      evidence: evidenceFor(a, t.start, t.end),
    });
  }
  return out;
}
