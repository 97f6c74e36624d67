/** Figure claims: numbers and durations with the quantity they measure (a comparable key). */
import type { Analysis, Approx, Quote } from "../../types.js";
import type { ActorKeyFn, FigureClaim } from "./types.js";
import { APPROX_CUES, DURATION_EVENTS, FLIGHT_LENGTHS, FLIGHT_LENGTH_UNITS, PERCENT_ROLES, GROWING_QUANTITIES, LENGTH_MEASURES, LENGTH_UNITS, MONEY_ROLES, PERSONAL_EVENTS, QUANTITY_RULES, ROLE_QUANTITIES, SECOND_EVENT_CUES, TOLL_CUES } from "./lexicon.js";
import { evidenceFor, namesIn } from "./evidence.js";
import { eventAt, wordRange } from "./events.js";
import { clauseStartBefore, contentWords, sentenceAt, words, type WordToken } from "./text.js";
import { figureScope, sentenceScope } from "./figureScope.js";
import { figurePlaces } from "./figurePlaces.js";
import { measureOf } from "./measures.js";
import { isCapacity, ratePer } from "./capacity.js";
import { antecedentOfAge, bareAgeOf, nounOfAge, personOfAge, roleAgeOf, thingOfAge } from "./ages.js";
import { COUNT_NOUN_SYNONYMS, PEOPLE_COUNT_NOUNS } from "../../lexicons/en/countNouns.js";

function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2); // businesses → business (was "businesse")
  if (/(ss|us)$/.test(w)) return w;
  return w.replace(/s$/, "");
}

const MINUTES_LATER = /\b(?:\d+|a few|several|few|ten|fifteen|twenty|thirty)\s+minutes\s+(?:later|after)\b/i;

/** Words between a counted noun and its role word: "were rescued", "remain trapped", "have been reported missing". */
const ROLE_GAP_WORDS = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "remain", "remained", "remains", "still", "reportedly", "believed", "feared", "reported", "now", "all", "also", "later",
  // "were lightly injured", "were treated for minor injuries"
  "lightly", "slightly", "seriously", "critically", "badly", "severely", "treated", "for", "minor",
]);

/** Words after a count of hostages or prisoners that say they are still held ("Four others remain in the group's hands", "Three hostages are still being held"). */
const STILL_HELD = /^[^.;]{0,40}?\b(?:still|remain|remains|remained)\b/i;

/** "… into its journey", "… into the flight": a duration that says how far into a trip something happened. */
const INTO_TRIP = /^\s+into\s+(?:the|its|their|his|her)\s+(?:flight|journey|trip|voyage|crossing)\b/i;

const VAGUE_AMOUNT = /^(?:hundreds|thousands|millions|billions|dozens|scores|tens)\b/i;

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
    if (f.ordinal || !Number.isFinite(f.value)) continue;
    // "hundreds", "thousands", "millions", "dozens", "scores": no figure to line up.
    if (VAGUE_AMOUNT.test(f.text)) continue;
    // The duration claim covers it, unless it is an age ("a boy of 15 years").
    if (durations.some((t) => t.start < f.end && f.start < t.end) && !nounOfAge(text, f.start, f.end)) continue;
    // "17.9km (11 miles)": a conversion in brackets repeats the figure before it.
    if (/^\s*\($/.test(text.slice(Math.max(0, f.start - 2), f.start)) && /\d[^()]{0,12}$/.test(text.slice(Math.max(0, f.start - 16), f.start - 1).trimEnd())) continue;
    const sent = sentenceAt(text, f.start);
    const ws = words(text, sent.start, sent.end);
    const [i, j] = wordRange(ws, f.start, f.end);
    const unitWords = f.unit ? words(f.unit).map((w) => w.norm) : [];
    // The words of the clause before the number (back to a comma, semicolon or the sentence start).
    const clauseStart = clauseStartBefore(text, sent.start, f.start);
    const clauseBefore = ` ${words(text, clauseStart, f.start).map((w) => w.norm).join(" ")} `;
    const before = ws.slice(Math.max(0, i - 4), i).map((w) => w.norm);
    const clauseEndMatch = /[,;:\u2013\u2014]|\s-\s/.exec(text.slice(f.end, sent.end));
    const clauseEnd = clauseEndMatch ? f.end + clauseEndMatch.index : sent.end;
    const clauseWords = words(text, clauseStart, clauseEnd).filter((w) => w.end <= f.start || w.start >= f.end);
    // Years in the figure's clause, or earlier in its sentence ("In 1999, Izmit was hit by a
    // tremor …, which killed over 17,000"); a year after the figure ("surpassed the toll of a
    // 2011 earthquake") says what it is compared with, not what it counts.
    const yearWords = [...clauseWords, ...ws.filter((w) => w.end <= clauseStart)];
    const years = yearWords.map((w) => Number(w.norm)).filter((y) => Number.isInteger(y) && y >= 1800 && y <= 2100);
    // "I built 44 buildings": a speaker's own count, not one of the story's quantities.
    if (firstPerson(clauseWords.filter((w) => w.end <= f.start).map((w) => w.norm))) continue;
    // An age belongs to the person or thing it describes ("32-year-old Dalerjon Mirzoev", "Dorian
    // Vale, 47,", "the aircraft is nine years old"): one quantity per person or class of thing.
    const yearsOld = /\byears?[- ]old\b/.test(unitWords.join(" ")) || (/^years?$/.test(unitWords.join(" ")) && /^(?:\s+years?)?\s+old\b/i.test(text.slice(f.end, f.end + 12)));
    let ageKey: string | null = null;
    if (yearsOld) {
      const person = personOfAge(a, f.start, f.end) ?? antecedentOfAge(a, sent.start, f.start, f.end);
      const thing = person ? null : thingOfAge(text, sent.start, f.start, f.end) ?? nounOfAge(text, f.start, f.end);
      if (!person && !thing) continue;
      ageKey = person ? `age (${key(person, true)})` : `age (${thing})`;
    } else {
      const person = bareAgeOf(a, f);
      const role = person ? null : roleAgeOf(text, f) ?? nounOfAge(text, f.start, f.end);
      if (person) ageKey = `age (${key(person, true)})`;
      else if (role) ageKey = `age (${role})`;
    }
    const lengthFactor = unitWords.length > 0 ? LENGTH_UNITS[unitWords[unitWords.length - 1]] : undefined;
    let quantity: string | null = null;
    let unit = f.unit;
    let value = f.value;
    let measuredRounding: number | null = null;
    // Lengths: what they measure comes from the words before ("at a depth of", "epicentre … 33 km from").
    const lengthMeasure = lengthFactor === undefined ? undefined : LENGTH_MEASURES.find(([cue]) => clauseBefore.includes(` ${cue} `) || ws.slice(j, j + 3).some((w) => w.norm === cue)) ?? flightLength(text, f.start, unitWords);
    // Speeds, and sizes or weights of a named thing ("a 1.2-mile-long train", "47 mph", "a 40-tonne rig").
    // "the town of Osk, 30 km from the Tamar crossing" / "the Tamar crossing, 50 miles from Osk": one distance between two places.
    const between = lengthFactor !== undefined && !lengthMeasure && !ageKey ? placeDistance(text, f.start, f.end) : null;
    const measured = lengthMeasure || ageKey || between ? undefined : measureOf(text, f, ws, i, j);
    if (measured === null) continue;
    if (ageKey) {
      quantity = ageKey;
      unit = "years";
    } else if (between) {
      quantity = between;
      unit = "km";
      value = Math.round(f.value * lengthFactor! * 10) / 10;
    } else if (measured) {
      quantity = measured.quantity;
      unit = measured.unit;
      value = measured.value;
      measuredRounding = measured.rounding;
    } else if (lengthFactor !== undefined) {
      const measure = lengthMeasure;
      if (!measure) continue;
      quantity = measure[1];
      unit = "km";
      value = Math.round(f.value * lengthFactor * 10) / 10;
    } else {
      const magnitudeBefore = before.slice(-2).includes("magnitude");
      const capacity = isCapacity(text, clauseStart, f.start);
      if (!f.unit && !magnitudeBefore && !capacity && !TOLL_CUES.some((c) => clauseBefore.includes(` ${c} `))) continue;
      // Words after the number say what it counts only when the unit is a people word
      // ("1,213 people killed", "300 Palestinians were killed"), not a noun of its own ("two sides").
      // "31 million pounds": pounds in millions are money, not weight.
      if (f.unit && /^pounds?$/i.test(f.unit) && f.value >= 100_000 && /million|billion|bn|m\b/i.test(f.text)) unit = "GBP";
      const currency = !!unit && /^[A-Z]{3}$/.test(unit);
      const peopleUnit = !!f.unit && !currency && (/^\p{Lu}/u.test(f.unit) || unitWords.some((w) => PEOPLE_UNITS.has(w)));
      // What follows the number in its own clause: up to six words, not past , ; : or a dash.
      const nearEnd = clauseEndMatch ? f.end + clauseEndMatch.index : sent.end;
      const near = peopleUnit ? ws.slice(j, j + 6).filter((w) => w.start < nearEnd).map((w) => w.norm) : [];
      quantity = quantityFromWords(unitWords) ?? quantityFromWords(near);
      // Any counted noun with a role word after it ("14 miners trapped", "Nine other workers were
      // rescued", "six crew members missing"): the role is the quantity, whatever the noun.
      if (!quantity && !currency && f.unit && !peopleUnit) {
        // The role word follows the noun, with at most auxiliaries between ("were", "remain");
        // "84 bodies of the dead have been identified" and "450 … and injured 1,000" are no role.
        let k = j;
        while (k < ws.length && k < j + 3 && (unitWords.includes(ws[k].norm) || ws[k].norm === "other")) k++;
        while (k < ws.length && ROLE_GAP_WORDS.has(ws[k].norm)) k++;
        const role = k < ws.length && ws[k].start < nearEnd ? quantityFromWords([ws[k].norm]) : null;
        if (role && ROLE_QUANTITIES.has(role)) quantity = role;
      }
      // A toll named before the number in its clause counts deaths ("the death toll has risen
      // to 143 people, and the number of casualties to 360"; "the toll stood at 140").
      if ((!quantity || quantity === "injuries") && !currency && (!f.unit || peopleUnit) && TOLL_CUES.some((c) => clauseBefore.includes(` ${c} `))) {
        const afterToll = clauseBefore.slice(clauseBefore.lastIndexOf("toll"));
        if (!/\b(?:injur|wound|casualt)/.test(afterToll) && !quantityFromWords(near)) quantity = "deaths";
      }
      if (!quantity && before.join(" ").includes("death toll")) quantity = "deaths";
      if (!quantity && magnitudeBefore) quantity = "magnitude";
      if (quantity === "magnitude") unit = "magnitude";
      if (!f.unit && quantity !== "magnitude") unit = quantity === "deaths" ? "killed" : null;
      if (capacity && (!quantity || !GROWING_QUANTITIES.has(quantity))) [quantity, unit] = ["capacity", "people"];
      if (!unit) continue;
    }
    // Counts of people are whole numbers: a 7.8 in a toll sentence is the quake's magnitude.
    if (quantity !== null && GROWING_QUANTITIES.has(quantity) && !Number.isInteger(value)) continue;
    const generic = measured ? measured.generic : !quantity;
    // "two sides", "three-phase": not a reported figure; "six crew", "two firefighters" are.
    const countedHead = singular(unitWords[unitWords.length - 1] ?? "");
    if (generic && value <= 10 && !/\d/.test(f.text) && !(PEOPLE_COUNT_NOUNS[countedHead] || PEOPLE_COUNT_NOUNS[unitWords[unitWords.length - 1] ?? ""])) continue;
    // Money: "£46m" and "$100 million" are an amount in their currency, not a "gbp" count.
    // What the amount is, when its clause says ("fined him £2.5m", "a £3 million fine", "the
    // cleanup would cost $20 million"): a fine and a cost are two quantities, not one amount.
    if (!quantity && unit && /^[A-Z]{3}$/.test(unit)) quantity = `${moneyRole(text, ws, j, clauseStart, f.start) ?? "amount"} (${unit})`;
    // "21 crew members" and "a crew of 22" count one thing: the crew.
    // Hostages freed and hostages still held are two counts ("Eleven hostages were freed … Four others remain in the group's hands").
    if ((quantity === "hostages" || quantity === "prisoners") && STILL_HELD.test(text.slice(f.end, clauseEnd))) quantity = `${quantity} still held`;
    // One counted thing under its outlets' nouns: "42 homes" = "42 houses" = "forty-two dwellings".
    // "450,000 barrels a day": a rate, not the total ("barrel per day").
    const per = quantity === null && f.unit ? ratePer(text, f.end) : null;
    if (!quantity) quantity = unitWords.map(singular).map((w) => (unitWords.length === 1 ? COUNT_NOUN_SYNONYMS[w] ?? w : w)).join(" ").replace(/^(\S+) member$/, "$1") + (per ? ` per ${per}` : "");
    // "10% contained", "containment fell to 5%": a fire's containment, not any percentage.
    if (quantity === "percent") {
      const next = /^\s*(?:%|percent|per cent)?\s*([a-z]+)/i.exec(text.slice(f.end, f.end + 24))?.[1]?.toLowerCase();
      const role = (next && PERCENT_ROLES[next]) ?? clauseWords.filter((w) => w.end <= f.start).map((w) => PERCENT_ROLES[w.norm]).find((r) => r);
      if (role) quantity = role;
    }
    // A second event of the same kind in the clause ("a second quake of magnitude 7.5") is its own quantity.
    if (quantity === "magnitude" || quantity === "depth" || quantity === "epicentre distance") {
      const clause = ` ${words(text, sent.start, Math.min(sent.end, f.end + 40)).map((w) => w.norm).join(" ")} `;
      if (SECOND_EVENT_CUES.some((c) => clause.includes(` ${c} `))) {
        // "Another earthquake of 6.7-magnitude struck 15 minutes later": an aftershock minutes
        // after the first event is not the second event of the story ("a second quake … hours later").
        quantity = MINUTES_LATER.test(text.slice(sent.start, sent.end)) ? `${quantity} (event minutes later)` : `${quantity} (second event)`;
      }
    }
    const isGeneric = generic;
    out.push({
      kind: "figure",
      quantity,
      generic: isGeneric,
      value,
      unit: unit!,
      approx: f.approx,
      rounding: f.approx !== "exact" ? 0 : roundingOf(f.text, f.value) * (value / f.value || 1) + (measuredRounding ?? 0),
      // Who gave an age is no story fact ("… 35-year-old nurse Ines Marlow told reporters" credits her with her age).
      citedSource: ageKey ? null : f.source?.name ?? null,
      citedSpan: !ageKey && f.source?.span ? { start: f.source.span.start, end: f.source.span.end } : null,
      // Inside quotation marks the speaker is credited with everything; a reported ("indirect")
      // statement is checked like a sentence credit (compare/figureAttribution.ts).
      citedInQuote: !ageKey && Boolean(f.source?.quote && a.quotes.some((q) => q.id === f.source!.quote && insideQuotationMarks(text, q, f.start))),
      context: contentWords(text, sent.start, sent.end),
      // Only counts are split by place: a depth or a magnitude is one event's, and "United States
      // Geological Survey" names no scope.
      scope: scopeOf(quantity, clauseWords.map((w) => w.norm), ws.map((w) => w.norm), GROWING_QUANTITIES.has(quantity) ? figurePlaces(a, clauseStart, clauseEnd, f) : []),
      parts: partsOf(a, f.end, f.value, sent.end),
      years,
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
    // "about 40 minutes into its journey", "an hour into the flight": how far into a trip something happened.
    const into = INTO_TRIP.exec(text.slice(t.end, t.end + 30));
    const ev = into ? { event: "time into the journey", planned: false } : eventAt(ws, i, j, true);
    if (!ev || (!into && !DURATION_EVENTS.has(ev.event))) continue;
    // A prison sentence is one person's: "Vale was jailed for 12 years" and "Quill … for four years"
    // are two quantities; a sentence naming two people says of neither which.
    let person = "";
    if (PERSONAL_EVENTS.has(ev.event)) {
      const people = personsIn(a, sent.start, sent.end, key);
      if (people.length > 1) continue;
      if (people.length === 1) person = ` (${people[0]})`;
    }
    out.push({
      kind: "figure",
      quantity: into ? ev.event : `${ev.event} duration${ev.planned ? " (planned)" : ""}${person}`,
      generic: false,
      value: d.value,
      unit: d.unit,
      // "over two days of talks" means during, not more than.
      approx: (/\bover\s*$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) ? null : approxBefore(text, t.start)) ?? "exact",
      rounding: 0,
      citedSource: null,
      citedSpan: null,
      citedInQuote: false,
      context: contentWords(text, sent.start, sent.end),
      scope: null,
      parts: [],
      years: [],
      names: namesIn(a, key, sent.start, sent.end, null),
      evidence: evidenceFor(a, t.start, t.end),
    });
  }
  return out;
}

/**
 * The scope of a count: from its clause (with the places it names), else from its sentence when
 * that names one country; a clause naming places but no country takes the sentence's country
 * ("the Syrian Health Ministry … saying, “… 237 were killed in the provinces of Aleppo …”").
 */
function scopeOf(quantity: string, clause: string[], sentence: string[], places: string[]): string | null {
  if (!GROWING_QUANTITIES.has(quantity)) return null;
  const own = figureScope(clause, places);
  const wide = sentenceScope(sentence);
  if (own === null) return wide;
  return own.startsWith("(") && wide !== null && !wide.includes("(") ? `${wide} ${own}` : own;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
/** "Osk, 30 km …" / "the Tamar crossing, 50 …": a place name (and up to two lower-case words) closing before the distance. */
const PLACE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${PLACE_NAME})(?:\s+\p{Ll}+){0,2},\s*(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?$`, "u");
/** "… km (north of|from) the Tamar crossing", "… miles from Osk". */
const PLACE_AFTER = new RegExp(String.raw`^\s*[\p{L}.]+\s+(?:[a-z-]+\s+)?(?:from|of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(${PLACE_NAME})`, "u");

/** The quantity of a distance between two named places, the pair in one order whichever the outlet names first; null otherwise. */
function placeDistance(text: string, start: number, end: number): string | null {
  const a = PLACE_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  const b = PLACE_AFTER.exec(text.slice(end, end + 60))?.[1];
  if (!a || !b) return null;
  const [x, y] = [a, b].map((p) => p.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).sort();
  return x === y ? null : `distance (${x} – ${y})`;
}

/** An aircraft's altitude or descent, from the words right before a length in feet or metres ("at 34,000 feet", "plunged about 9,000 feet"). */
function flightLength(text: string, start: number, unitWords: string[]): [string, string] | undefined {
  if (!FLIGHT_LENGTH_UNITS.has(unitWords[unitWords.length - 1] ?? "")) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  const hit = FLIGHT_LENGTHS.find(([re]) => re.test(before));
  return hit ? [hit[1], hit[1]] : undefined;
}

/** Verbs after "I" that report or estimate a count rather than make it one's own ("I think 40 died"). */
const REPORTING_AFTER_I = new Set(["think", "believe", "fear", "estimate", "expect", "guess", "understand", "know", "heard", "hear", "said", "say", "was", "am", "would", "doubt", "suspect"]);

/** Whether the clause before a number has "I" as its subject doing something with it ("I built 44 buildings", "I lost 5 relatives"). */
function firstPerson(before: readonly string[]): boolean {
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== "i" && before[i] !== "i've" && before[i] !== "i'd") continue;
    if (!REPORTING_AFTER_I.has(before[i + 1] ?? "")) return true;
  }
  return false;
}

/**
 * The numbers a sentence gives as parts of the count ending at `end`: "11 people, including four
 * suspected gunmen", "the arrest of 11 individuals, including four …", "11 individuals were
 * detained, four of whom …". Smaller values only.
 */
function partsOf(a: Analysis, end: number, value: number, sentEnd: number): number[] {
  const text = a.document.text;
  const out: number[] = [];
  for (const g of a.figures) {
    if (g.start < end || g.start >= sentEnd || !(g.value < value)) continue;
    const between = text.slice(end, g.start);
    const including = /^[^.;!?]{0,90}\b(?:including|among them|among whom)\s+(?:(?:those|the bodies) of\s+)?$/i.test(between);
    const ofWhom = /^[^.;!?]{0,90},\s*(?:and\s+)?$/.test(between) && /^\s+of (?:whom|them|these)\b/i.test(text.slice(g.end, g.end + 12));
    if (including || ofWhom) out.push(g.value);
  }
  return out;
}

/** Keys of the people named (by name) in `[start, end)`. */
function personsIn(a: Analysis, start: number, end: number, key: ActorKeyFn): string[] {
  const out = new Set<string>();
  for (const e of a.entities) if (e.type === "PER" && e.mentions.some((m) => m.kind === "name" && m.start >= start && m.end <= end)) out.add(key(e.name, true));
  return [...out];
}

/**
 * The role of an amount of money (`MONEY_ROLES`): a role noun right after it ("a £3 million
 * fine"), else the last role word before it in its clause ("fined him £2.5m", "the cost of the
 * cleanup at $25m"); null when its clause names none.
 */
function moneyRole(text: string, ws: WordToken[], j: number, clauseStart: number, start: number): string | null {
  for (let k = j; k < Math.min(ws.length, j + 2); k++) {
    if (/[,;:.()]/.test(text.slice(ws[k - 1]?.end ?? ws[k].start, ws[k].start))) break;
    const r = MONEY_ROLES[ws[k].norm];
    if (r) return r;
  }
  const before = ws.filter((w) => w.start >= clauseStart && w.end <= start);
  for (let k = before.length - 1; k >= 0; k--) {
    const r = MONEY_ROLES[before[k].norm];
    if (r) return r;
  }
  return null;
}

/** Whether `pos` lies inside quotation marks of quote `q`: a direct quote, or a quoted part of a mixed one. */
function insideQuotationMarks(text: string, q: Quote, pos: number): boolean {
  if (q.type === "direct") return true;
  if (q.type !== "mixed" || pos < q.content.start || pos >= q.content.end) return false;
  const before = text.slice(q.content.start, pos);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}
