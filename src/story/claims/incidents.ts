/**
 * Incident claims: when and where an article says the story's incident happened ("the second
 * quake struck at 1:45 p.m.", "On March 22, gunmen opened fire", "centred 23 km east of
 * Nurdagi"), and where those fleeing were heading ("attempted to flee to Ukraine"). The date or
 * place must attach to the incident word itself — a few words after it, or opening the sentence
 * whose incident it dates — so "suspects were detained on March 23 after the attack" dates the
 * arrest, not the attack.
 */
import type { Analysis } from "../../types.js";
import type { IncidentClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { sentenceWords, type WordToken } from "./text.js";
import { COUNTRIES } from "../../lexicons/en/places.js";
import { defaultGazetteer } from "../../stages/entities/gazetteer.js";
import { lowerKey } from "../../util/lowerKey.js";
import {
  AIRCRAFT_WORDS, BARE_PLACE_WORDS, BATTERING_VERBS, CENTRE_WORDS, DETECTION_VERBS, DIRECTIONS, EDGE_NOUNS, FIRST_INCIDENT, FLIGHT_WORDS, INCIDENT_PHRASES,
  INCIDENT_VERBS, INCIDENT_WORDS, LASTING_INCIDENTS, LATER_INCIDENT, OTHER_ZONES, START_VERBS, THROUGH_VERBS,
} from "../../lexicons/en/incidents.js";
import { LENGTH_UNITS } from "./lexicon.js";

interface Trigger {
  /** Word index of the trigger. */
  at: number;
  /** Last word index of the trigger ("opened fire" → the index of "fire"). */
  last: number;
  cls: string | null;
  instance: "first" | "later" | null;
}

/** Words a date or time may sit after its trigger ("struck just after 4 a.m."; "transpired on March 23"). */
const AFTER = 8;
/** What may stand between an incident noun and a time set off by commas: ", at about", ", shortly before". */
const APPOSED_TIME = /^\s*,\s*(?:(?:at|on|in)\s+)?(?:(?:about|around|roughly|approximately|shortly|just|sometime)\s+)?(?:(?:before|after)\s+)?$/i;
/** Words of a sentence's opening a date may sit in to date the sentence's incident ("On the evening of March 22, …"). */
const OPENING = 8;
/** Words after an opening date the incident word may come. */
const OPENING_REACH = 16;

/** The incident claims of one article. */
export function incidentClaims(a: Analysis): IncidentClaim[] {
  const text = a.document.text;
  const out: IncidentClaim[] = [];
  const sentences = sentenceWords(text);
  const dateline = datelinePlace(text);
  // One walk over the times in text order, alongside the sentences (both ascending).
  const times = [...a.times].sort((x, y) => x.start - y.start);
  let next = 0;
  for (const s of sentences) {
    const ws = s.words;
    while (next < times.length && times[next].start < s.sentence.start) next++;
    let last = next;
    while (last < times.length && times[last].start < s.sentence.end) last++;
    const triggers = findTriggers(ws);
    for (const t of triggers.length > 0 ? times.slice(next, last) : []) {
      if (t.end > s.sentence.end) continue;
      if (t.type !== "DATE" && t.type !== "TIME") continue;
      // "in the morning" alone names a part of some day, not the day (it resolves to the publication date).
      if (t.type === "TIME" && /^(?:(?:in|on)\s+)?(?:the|this)\s+(?:morning|afternoon|evening|night)$/i.test(t.text.trim())) continue;
      const when = whenOf(t.value, t.type);
      if (!when) continue;
      if (when.aspect === "clock" && isConversion(text, t.start, t.end, s.sentence.start)) continue;
      const i = ws.findIndex((w) => w.end > t.start);
      if (i < 0) continue;
      const trig = attach(triggers, text, s.sentence.start, ws, i, t.start, t.end);
      if (!trig) continue;
      const approx = when.aspect === "clock" && (/^\d{1,2}\s*(?:[ap]\.?m\.?|o'clock)?$/i.test(t.text.trim()) || /\b(?:just|shortly|around|about|after|before|early|late)\s+$/i.test(text.slice(Math.max(s.sentence.start, t.start - 14), t.start)));
      out.push({ kind: "incident", cls: trig.cls, instance: trig.instance, aspect: when.aspect, value: when.value, approx, label: t.text, places: [], km: null, direction: null, evidence: evidenceFor(a, t.start, t.end) });
    }
    const placed = new Set<number>();
    for (const trig of triggers) {
      const bare = trig.cls === "landing" && BARE_PLACE_WORDS[ws[trig.last].norm] === true;
      if (!bare && !CENTRE_WORDS[ws[trig.at].norm] && !CENTRE_WORDS[ws[trig.last].norm] && !THROUGH_VERBS[ws[trig.at].norm] && !START_VERBS[ws[trig.at].norm]) continue;
      const place = bare ? barePlaceAfter(text, ws[trig.last].end, s.sentence.end) : placeAfter(text, ws[trig.last].end, s.sentence.end, dateline);
      // "struck … and was centred 20 miles from X": one place, claimed once (by the first trigger, which names the class).
      if (place && !placed.has(place.start) && placed.add(place.start)) out.push({ kind: "incident", cls: trig.cls, instance: trig.instance, aspect: "place", approx: false, ...place, evidence: evidenceFor(a, place.start, place.end) });
    }
    for (let k = 0; k < ws.length; k++) {
      if (!FLIGHT_WORDS[ws[k].norm]) continue;
      const dest = destinationAfter(text, ws[k], s.sentence.end);
      if (dest) out.push({ kind: "incident", cls: null, instance: null, aspect: "destination", approx: false, ...dest, evidence: evidenceFor(a, dest.start, dest.end) });
    }
  }
  return out;
}

/** Incident words of a sentence, each with the class and the instance ("second quake") it names. */
function findTriggers(ws: WordToken[]): Trigger[] {
  const out: Trigger[] = [];
  const aircraft = ws.some((x) => AIRCRAFT_WORDS[x.norm]);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k].norm;
    if (START_VERBS[w] && (w !== "broke" || ws[k + 1]?.norm === "out")) {
      // "the wildfire that broke out on Tuesday", "since it ignited around 4 p.m.": the incident
      // named earlier in the sentence began then; with none named the verb dates nothing.
      const named = classEarlier(ws, k);
      if (named) out.push({ at: k, last: w === "broke" ? k + 1 : k, ...named });
      if (w === "broke") k++;
      continue;
    }
    if (DETECTION_VERBS[w] || BATTERING_VERBS[w]) {
      // "The leak was discovered on Sunday at 5:15": the time the incident named just before was
      // found; "the storm pounded the coast on Monday": when the storm named just before hit.
      const named = classBefore(ws, k, null);
      if (named.cls && named.cls !== "landing" && named.cls !== "mourning") out.push({ at: k, last: k, ...named });
      continue;
    }
    // "forced to land in Tervola"; a landing only in a sentence about an aircraft.
    const cls = w === "land" && ws[k - 1]?.norm === "to" ? "landing" : INCIDENT_WORDS[w] ?? null;
    if (cls === "landing" && !aircraft) continue;
    // "Firefighters were still battling the fire on Wednesday": a lasting incident's noun dates nothing.
    if (cls && LASTING_INCIDENTS[cls] && !/(?:ed)$/.test(w)) continue;
    const phrase = INCIDENT_PHRASES[w];
    if (phrase !== undefined) {
      if (ws[k + 1]?.norm !== phrase) continue;
      out.push({ at: k, last: k + 1, ...classBefore(ws, k, w === "opened" || w === "burst" ? "attack" : null) });
      k++;
      continue;
    }
    if (cls === "mourning") {
      // Only "day(s) of (national) mourning" is a dated occasion; "mourning the victims" is not.
      if (/^days?$/.test(ws[k - 2]?.norm ?? "") || /^days?$/.test(ws[k - 3]?.norm ?? "")) out.push({ at: k, last: k, cls, instance: null });
    } else if (cls) {
      out.push({ at: k, last: k, cls, instance: instanceBefore(ws, k) });
    } else if (INCIDENT_VERBS[w] || CENTRE_WORDS[w] || THROUGH_VERBS[w]) {
      out.push({ at: k, last: k, ...classBefore(ws, k, null) });
    }
  }
  return out;
}

/** The class and instance of the nearest incident noun in the eight words before a verb ("the second quake, which struck"). */
function classBefore(ws: WordToken[], k: number, fallback: string | null): { cls: string | null; instance: Trigger["instance"] } {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const cls = INCIDENT_WORDS[ws[j].norm];
    if (cls) return { cls, instance: instanceBefore(ws, j) };
  }
  return { cls: fallback, instance: instanceBefore(ws, k) };
}

/** The class and instance of the nearest incident noun anywhere before word `k` in its sentence. */
function classEarlier(ws: WordToken[], k: number): { cls: string; instance: Trigger["instance"] } | null {
  for (let j = k - 1; j >= 0; j--) {
    const cls = INCIDENT_WORDS[ws[j].norm];
    if (cls && cls !== "landing" && cls !== "mourning") return { cls, instance: instanceBefore(ws, j) };
  }
  return null;
}

/** "second"/"another" or "first"/"initial" up to three words before an incident word. */
function instanceBefore(ws: WordToken[], k: number): Trigger["instance"] {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (LATER_INCIDENT[ws[j].norm]) return "later";
    if (FIRST_INCIDENT[ws[j].norm]) return "first";
  }
  return null;
}

/** Words a date may sit from "mourning" in "a day of national mourning". */
const MOURNING_REACH = 10;

/** Words an incident noun may sit before its date ("the attack on March 22", "a violent earthquake the morning of February 6"). */
const AFTER_NOUN = 4;

/**
 * The trigger a date or time at word `i` dates: the nearest one a few words before it with no
 * comma between ("struck just after 4 a.m."), one just after it ("Monday's quakes", "the March
 * 22 attack"), or — for a date opening its sentence ("On the evening of March 22, …") — the first
 * one after it.
 */
function attach(triggers: Trigger[], text: string, from: number, ws: WordToken[], i: number, start: number, end: number): Trigger | null {
  // "declared March 24 a day of national mourning", "a national day of mourning Monday": a day
  // of mourning is declared for a date anywhere near it in the sentence.
  // The date comes before the phrase, or right after it; "… following a shooting two days earlier" does not date it.
  for (const t of triggers) if (t.cls === "mourning" && ((t.at > i && t.at - i <= MOURNING_REACH) || (i > t.at && i - t.at <= 2))) return t;
  let best: Trigger | null = null;
  for (const t of triggers) {
    if (t.last >= i || t.cls === "mourning") continue;
    const reach = isVerb(ws, t) ? AFTER : AFTER_NOUN;
    const between = text.slice(ws[t.last].end, start);
    // "The blast, at about 10:15 a.m., was heard …": a time set off by commas right after the incident noun.
    const apposition = APPOSED_TIME.test(between) && /^\s*,/.test(text.slice(end, end + 3));
    if (i - t.last <= reach && (!/[,;()]/.test(between) || apposition)) best = t;
  }
  if (best) return best;
  const j = ws.findIndex((w) => w.start >= end);
  if (j < 0) return null;
  for (const t of triggers) {
    if (t.at < j || t.cls === "aftershock") continue;
    // "the March 22 attack", "Monday's quake" — not "fell on Tuesday after Monday's collapse",
    // nor "apologised on Tuesday for the spill".
    if (t.at - j <= 3 && !/[,;()]|\b(?:after|before|since|following|until|for|over|about|of|with|to|from)\b/i.test(text.slice(end, ws[t.at].start))) return t;
    if (i <= OPENING && t.at - j <= OPENING_REACH && isVerb(ws, t) && /^\s*(?:(?:on|in|at|late|early|shortly|just|around|by)\b[^,.]{0,40})?$/i.test(text.slice(from, start)) && /^[\s\d]*,/.test(text.slice(end, end + 8))) return t;
    break;
  }
  return null;
}

/**
 * Whether a trigger is a verb ("opened fire", "struck", "attacked"): only a verb carries the
 * date opening its sentence ("On Sunday, crowds gathered at the site of the shooting" dates the
 * gathering).
 */
function isVerb(ws: WordToken[], t: Trigger): boolean {
  const w = ws[t.at].norm;
  return t.last > t.at || INCIDENT_VERBS[w] === true || /(?:ed|sank)$/.test(w);
}

/** The day (YYYY-MM-DD or XXXX-MM-DD) or the clock time (HH:MM) of a time value, when it has one. */
function whenOf(value: string, type: string): { aspect: "day" | "clock"; value: string } | null {
  const clock = /T(\d{2}):(\d{2})/.exec(value);
  if (type === "TIME" && clock) return { aspect: "clock", value: `${clock[1]}:${clock[2]}` };
  const day = /^(\d{4}|XXXX)-(\d{2})-(\d{2})/.exec(value);
  if (day) return { aspect: "day", value: `${day[1]}-${day[2]}-${day[3]}` };
  // A weekday the times stage could not place ("on Monday" in an undated page) is still a day.
  const weekday = /^XXXX-WXX-([1-7])/.exec(value);
  if (weekday) return { aspect: "day", value: WEEKDAYS[Number(weekday[1]) - 1] };
  return null;
}

/** Weekday names, ISO order (Monday = 1): the value of a day claim with no date. */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A clock time given in another zone or in brackets ("(10:24 GMT)", "8:17 p.m. ET") converts the local one. */
function isConversion(text: string, start: number, end: number, from: number): boolean {
  const before = text.slice(Math.max(from, start - 40), start);
  if (before.lastIndexOf("(") > before.lastIndexOf(")")) return true;
  const zone = /^[\s.]*([A-Za-z]{2,4})\b/.exec(text.slice(end, end + 8));
  const inside = /\b([A-Za-z]{2,4})\s*$/.exec(text.slice(start, end));
  return [zone?.[1], inside?.[1]].some((z) => z !== undefined && OTHER_ZONES[z.toLowerCase()] === true);
}

const NAME = String.raw`(?:[A-Z][\p{L}'’\-]+)(?:\s+(?:[A-Z][\p{L}'’\-]+|al-[\p{L}]+|de|del|el))*`;
const UNIT = String.raw`km|kms|kilomet(?:re|er)s?|miles?|mi`;
const QUAL = String.raw`(?:(?:about|around|some|roughly|approximately|nearly|almost|just|astir|over|more than)\s+)?`;
const DISTANCE = new RegExp(
  String.raw`^${QUAL}(\d+(?:[.,]\d+)?)\s*(${UNIT})\b\s*(?:\([^)]{0,30}\)\s*)?(?:([a-z][a-z\-]*)\s+)?(?:of|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?(${NAME})`,
  "u",
);
/** A direction from a named place without a distance ("north of Kyiv", "just south-west of the city of Homs"). */
const DIRECTION_OF = new RegExp(String.raw`^(?:(?:just|slightly|some|far)\s+)?([a-z][a-z\-]*)\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?(${NAME})`, "u");
/** A distance from something not named ("80 miles north of the original tremor"). */
const RELATIVE = new RegExp(String.raw`^${QUAL}\d+(?:[.,]\d+)?\s*(?:${UNIT})\b\s*(?:\([^)]{0,30}\)\s*)?(?:[a-z][a-z\-]*\s+)?(?:of|from)\s`, "iu");
/** "in the Pazarcik district of Kahramanmaras province", "near the city of Gaziantep". */
const UNIT_PLACE = new RegExp(
  String.raw`^(?:in|near|at|on)?\s*(?:the\s+)?(?:(?:(${NAME})\s+(district|province|county|region|prefecture|governorate|municipality))|(?:(district|province|county|region|town|city|village|municipality)\s+of\s+(${NAME})))(?:\s+(?:district|province|county|region))?(?:\s+(?:of|in)\s+(${NAME}))?`,
  "u",
);
/** Kilometres glued to a direction by a typo ("23 kilometerseast"): split before matching. */
const GLUED = /(\d\s*(?:kilomet(?:re|er)s?|km|miles))(north|south|east|west)/gi;

interface PlacePart {
  value: string;
  label: string;
  places: string[];
  km: number | null;
  direction: string | null;
  start: number;
  end: number;
}

/** "on the southern outskirts of Brannock": a direction from a town by the edge of it. */
const EDGE_OF = new RegExp(String.raw`^(?:on|in|at)?\s*the\s+([a-z][a-z\-]*)\s+([a-z]+)\s+of\s+(${NAME})`, "u");
/** "north of the city" in a page whose dateline names the city. */
const DIRECTION_OF_TOWN = /^(?:(?:just|slightly|some|far)\s+)?([a-z][a-z-]*)\s+of\s+the\s+(?:city|town|village)\b(?!\s+of\b)/;

/**
 * The place a page's dateline names ("BRANNOCK — …", "SALTER CREEK, Calder (Coast Wire) — …"),
 * folded: what "the city" or "the town" of its text refers to.
 */
export function datelinePlace(text: string): string | null {
  const m = /^\s*([A-Z][A-Z.'’ -]{2,40}?)(?:,[^\u2014\u2013\n]{0,40})?\s*(?:\([^)\n]{0,40}\)\s*)?[\u2014\u2013]/.exec(text);
  return m ? fold(m[1]) : null;
}

/** A named place right after a landing word ("landed safely in Tervola", "diverted to Marsby"); a country alone places nothing. */
function barePlaceAfter(text: string, from: number, to: number): PlacePart | null {
  const rest = text.slice(from, Math.min(to, from + 60));
  const m = new RegExp(String.raw`^\s+(?:(?:safely|later|instead|back)\s+)?(?:in|at|to)\s+(?:the\s+)?(?:(?:city|town|airport|airfield)\s+of\s+)?(${NAME})`, "u").exec(rest);
  if (!m) return null;
  const name = m[1].replace(/\s+(?:Airport|Airfield|International)\b.*$/, "");
  const ref = fold(name);
  if (countryOf(ref) !== undefined) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { value: ref, label: name, places: [ref], km: null, direction: null, start, end: start + name.length };
}

/** A place a few words after a centre word: a distance and direction from a named place, or a named district/province/city. */
function placeAfter(text: string, from: number, to: number, dateline: string | null = null): PlacePart | null {
  const window = text.slice(from, Math.min(to, from + 160));
  // Skip up to ~15 words of "at a depth of …", "just after 4 a.m. local time on Monday," before the place.
  const starts = [...window.matchAll(/(?:^|[\s,])(?=\S)/g)].map((m) => (m.index ?? 0) + (m[0].length > 0 ? m[0].length : 0)).slice(0, 16);
  for (const off of starts) {
    const rest = window.slice(off).replace(GLUED, "$1 $2");
    const d = DISTANCE.exec(rest);
    if (d) {
      const dir = d[3] ? DIRECTIONS[d[3].toLowerCase()] : undefined;
      if (d[3] && dir === undefined) continue;
      const unit = d[2].toLowerCase();
      const factor = LENGTH_UNITS[unit] ?? (unit.startsWith("k") ? 1 : 1.609344);
      const km = Number(d[1].replace(",", ".")) * factor;
      const ref = fold(d[4]);
      const len = matchedLength(window.slice(off), d[0]);
      return { value: `${Math.round(km)} km ${dir ?? "from"} ${ref}`, label: window.slice(off, off + len).trim(), places: [ref], km, direction: dir ?? null, start: from + off, end: from + off + len };
    }
    const o = DIRECTION_OF.exec(rest);
    if (o) {
      const dir = DIRECTIONS[o[1].toLowerCase()];
      // "northwest of Syria" is the region hit, not where the incident was centred.
      if (dir !== undefined && countryOf(fold(o[2])) === undefined) {
        const ref = fold(o[2]);
        const len = o[0].length;
        return { value: `${dir} of ${ref}`, label: window.slice(off, off + len).trim(), places: [ref], km: null, direction: dir, start: from + off, end: from + off + len };
      }
    }
    const edge = EDGE_OF.exec(rest);
    if (edge && EDGE_NOUNS[edge[2]] && DIRECTIONS[edge[1]] !== undefined && countryOf(fold(edge[3])) === undefined) {
      const dir = DIRECTIONS[edge[1]];
      const ref = fold(edge[3]);
      const len = edge[0].length;
      const lead = /^(?:on|in|at)?\s*/.exec(rest)![0].length;
      return { value: `${dir} of ${ref}`, label: window.slice(off + lead, off + len).trim(), places: [ref], km: null, direction: dir, start: from + off + lead, end: from + off + len };
    }
    const town = dateline ? DIRECTION_OF_TOWN.exec(rest) : null;
    if (town && dateline && DIRECTIONS[town[1]] !== undefined) {
      const dir = DIRECTIONS[town[1]];
      return { value: `${dir} of ${dateline}`, label: window.slice(off, off + town[0].length).trim(), places: [dateline], km: null, direction: dir, start: from + off, end: from + off + town[0].length };
    }
    // "about 80 miles north of the original tremor in the Pazarcik district": the place is the other tremor's.
    if (RELATIVE.test(rest)) return null;
    const u = UNIT_PLACE.exec(rest);
    if (u && u[0].trim().length > 0) {
      const names = [u[1], u[4], u[5]].filter((x): x is string => !!x).map(fold);
      // "the southeastern region of Turkey": a country alone does not place an incident.
      if (names.length === 0 || names.every((n) => countryOf(n) !== undefined)) continue;
      const len = matchedLength(window.slice(off), u[0]);
      const label = window.slice(off, off + len).replace(/^(?:in|near|at|on)\s+/i, "").trim();
      const start = from + off + window.slice(off, off + len).indexOf(label);
      return { value: names.join(", "), label, places: names, km: null, direction: null, start, end: start + label.length };
    }
  }
  return null;
}

/** The length in the original window of a match made on the de-glued text (it is at most one space longer). */
function matchedLength(original: string, matched: string): number {
  const glued = matched.replace(/(\d\s*(?:kilomet(?:re|er)s?|km|miles)) (north|south|east|west)/i, "$1$2");
  return original.startsWith(matched) ? matched.length : original.startsWith(glued) ? glued.length : matched.length;
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((row) => row.split("|")[0]));

/** The country a name, alias or demonym names ("Ukraine", "Ukrainian"), from the entities gazetteer. */
function countryOf(name: string): string | undefined {
  const gaz = defaultGazetteer();
  const k = lowerKey(name);
  const e = gaz.names.get(k);
  if (e && COUNTRY_NAMES.has(e.name)) return e.name;
  return gaz.demonyms.get(k)?.country;
}

/**
 * Where those fleeing were heading: "flee to Ukraine", "en route to the Ukrainian border",
 * "moving towards Ukraine". Going somewhere ("heading to Moscow for talks") is not fleeing: the
 * words heading/moving/route count only when a border follows.
 */
function destinationAfter(text: string, w: WordToken, to: number): PlacePart | null {
  const fleeing = /^(?:flee|fled|fleeing|escape|escaped|escaping)$/.test(w.norm);
  const rest = text.slice(w.end, Math.min(to, w.end + 80));
  const m = new RegExp(String.raw`^\s+(?:(?:back|across)\s+)?(?:to|towards|toward|for|into)\s+(?:the\s+)?(${NAME})(\s+border)?`, "u").exec(rest);
  if (!m) return null;
  if (!fleeing && !m[2]) return null;
  // The country named, whole ("Saudi Arabia") or by its first word ("Ukraine Photo: …" in a caption).
  const first = m[1].split(/\s+/)[0];
  const whole = countryOf(m[1]);
  const country = whole ?? countryOf(first);
  if (!country) return null;
  const name = whole ? m[1] : first;
  const label = `${name}${whole && m[2] ? m[2] : ""}`;
  const start = w.end + m.index + m[0].indexOf(m[1]);
  return { value: country, label, places: [fold(country)], km: null, direction: null, start, end: start + label.length };
}

/** A place name folded for comparison: lower case, diacritics and the words district/province dropped. */
function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(?:district|province|city|region)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
