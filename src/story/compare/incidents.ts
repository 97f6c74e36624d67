/**
 * When and where the story's incident happened, across outlets: the day ("March 22" vs "March
 * 23"), the local clock time of each instance ("the second quake struck at 13:24" vs "at 1:45
 * p.m."), the place it was centred ("the Pazarcik district" vs "23 km east of Nurdagi"), and where
 * those fleeing were heading ("Ukraine" vs "Belarus"). Each is a date or place conflict with every
 * outlet's wording as evidence.
 */
import type { DateConflict, Evidence, PlaceConflict, Side } from "../StoryReport.js";
import type { IncidentClaim } from "../claims/types.js";
import type { StoryDoc } from "./docs.js";
import { WEEKDAYS } from "../claims/incidents.js";
import { dayNumber } from "./dates.js";

export interface IncidentFindings {
  dateConflicts: DateConflict[];
  placeConflicts: PlaceConflict[];
}

interface Account {
  doc: StoryDoc;
  claim: IncidentClaim;
}

interface Group {
  accounts: Account[];
}

/** Minutes two exact clock times may differ by and still be one account ("4:17" / "4:18"). */
const CLOCK_SLACK = 3;
/**
 * Minutes a round or hedged time covers, by how precise it is: a whole hour ("just after 4
 * a.m." / "4:17 a.m.") an hour, a half or quarter hour ("around 7.30") half an hour, a hedged
 * minute ("around 7.20 pm" / "6.55 pm") a quarter of an hour.
 */
export function approxSlack(hhmm: string): number {
  const m = minutes(hhmm) % 60;
  return m === 0 ? 60 : m % 15 === 0 ? 30 : 15;
}
/** Days apart beyond which two dated accounts are taken to be different incidents. */
const MAX_DAYS = 3;
/** A distance from the same place that differs by less than this share is one account (20 miles ≈ 33 km). */
const DISTANCE_SHARE = 0.3;

export function compareIncidents(docs: readonly StoryDoc[]): IncidentFindings {
  const main = mainClass(docs);
  const all: Account[] = [];
  for (const doc of docs) for (const claim of doc.claims.incidents) if ((claim.cls ?? main) !== "aftershock") all.push({ doc, claim });
  const keyed = new Map<string, Account[]>();
  const later = new Set(all.filter((a) => a.claim.instance === "later").map((a) => a.claim.cls ?? main));
  for (const a of all) {
    const cls = a.claim.cls ?? main;
    let instance = a.claim.instance ?? "first";
    if (a.claim.aspect === "destination") instance = "first";
    else if (a.claim.instance === null && later.has(cls) && a.claim.aspect !== "day") {
      // A story with a second quake: an account that does not say which is placed by its value
      // (a time or place some outlet gives for one instance only), else left out: a second
      // quake's time or place read as the first's would be a false conflict.
      const pick = instanceByValue(a, all.filter((b) => (b.claim.cls ?? main) === cls && b.claim.aspect === a.claim.aspect && b.claim.instance !== null));
      if (!pick) continue;
      instance = pick;
    }
    const key = `${a.claim.aspect === "destination" ? "flight" : cls}|${instance}|${a.claim.aspect}`;
    let list = keyed.get(key);
    if (!list) keyed.set(key, (list = []));
    if (!list.some((b) => b.doc === a.doc && b.claim.value === a.claim.value)) list.push(a);
  }
  const out: IncidentFindings = { dateConflicts: [], placeConflicts: [] };
  const year = commonYear(all);
  for (const [key, accounts] of keyed) {
    const [cls, instance, aspect] = key.split("|");
    const groups = group(accounts);
    if (groups.length < 2) continue;
    if (new Set(accounts.map((a) => a.doc.group)).size < 2) continue;
    const name = `${cls}${instance === "later" ? " (second)" : ""}`;
    if (aspect === "day" || aspect === "clock") {
      const [big, ...rest] = groups;
      for (const g of rest) {
        // Days far apart are another incident (a weekday alone cannot be placed: NaN passes).
        if (aspect === "day" && Math.abs(dayNumber(big.accounts[0].claim.value, true) - dayNumber(g.accounts[0].claim.value, true)) > MAX_DAYS) continue;
        out.dateConflicts.push({ event: `${name} ${aspect === "day" ? "date" : "time"}`, a: side(big, year), b: side(g, year) });
      }
    } else {
      const topic = aspect === "destination" ? "where those fleeing were heading" : cls === "landing" ? `where the aircraft landed` : `where the ${name} was centred`;
      out.placeConflicts.push({ topic, sides: groups.map((g) => ({ ...side(g), place: g.accounts[0].claim.value })) });
    }
  }
  return out;
}

/** The incident class most articles name (an attack, a quake); generic verbs ("struck") take it. */
export function mainClass(docs: readonly StoryDoc[]): string {
  const n = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set(d.claims.incidents.map((c) => c.cls).filter((c): c is string => c !== null && c !== "aftershock"));
    for (const c of seen) n.set(c, (n.get(c) ?? 0) + 1);
  }
  let best = "incident";
  let most = 0;
  for (const [c, k] of [...n].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (k > most) [best, most] = [c, k];
  return best;
}

function instanceByValue(a: Account, explicit: Account[]): "first" | "later" | null {
  const fits = new Set(explicit.filter((b) => compatible(a.claim, b.claim)).map((b) => b.claim.instance));
  return fits.size === 1 ? (fits.has("later") ? "later" : "first") : null;
}

/** Accounts grouped by compatible values, largest group (most independent sources) first. */
function group(accounts: Account[]): Group[] {
  const groups: Group[] = [];
  const ordered = [...accounts].sort((a, b) => Number(a.claim.approx) - Number(b.claim.approx));
  for (const a of ordered) {
    const g = groups.find((x) => compatible(x.accounts[0].claim, a.claim));
    if (g) g.accounts.push(a);
    else groups.push({ accounts: [a] });
  }
  return groups.sort((a, b) => sources(b) - sources(a) || a.accounts[0].doc.index - b.accounts[0].doc.index);
}

function compatible(a: IncidentClaim, b: IncidentClaim): boolean {
  switch (a.aspect) {
    case "day": {
      if (isWeekday(a.value) || isWeekday(b.value)) return weekdayOf(a.value) === null || weekdayOf(b.value) === null || weekdayOf(a.value) === weekdayOf(b.value);
      const [, ma, da] = a.value.split("-");
      const [, mb, db] = b.value.split("-");
      // The year is left out: a day resolved against the wrong year ("March 24" read as last
      // year's in an article dated the day before) is a resolution slip, not an outlet's claim.
      return ma === mb && da === db;
    }
    case "clock": {
      const d = Math.abs(minutes(a.value) - minutes(b.value));
      return d <= Math.max(a.approx ? approxSlack(a.value) : CLOCK_SLACK, b.approx ? approxSlack(b.value) : CLOCK_SLACK);
    }
    case "destination":
      return a.value === b.value;
    case "place": {
      if ((a.km === null) !== (b.km === null)) return false;
      if (a.km !== null && b.km !== null) {
        if (a.places[0] !== b.places[0]) return false;
        if (a.direction && b.direction && a.direction !== b.direction) return false;
        return Math.abs(a.km - b.km) <= DISTANCE_SHARE * Math.max(a.km, b.km);
      }
      // "north of X" / "south of X": a direction from the same place, the same only in the same direction.
      if (a.direction !== null || b.direction !== null) return a.direction === b.direction && a.places[0] === b.places[0];
      // Named places: the same, or one more precise than the other ("Kahramanmaras" / "the Pazarcik district of Kahramanmaras").
      const [small, big] = a.places.length <= b.places.length ? [a.places, b.places] : [b.places, a.places];
      return small.every((p) => big.includes(p));
    }
  }
}

function isWeekday(v: string): boolean {
  return WEEKDAYS.includes(v);
}

/** The weekday of a day value: its name, or the weekday of a full date; null for a date without its year. */
function weekdayOf(v: string): string | null {
  if (isWeekday(v)) return v;
  if (v.startsWith("XXXX")) return null;
  return WEEKDAYS[(new Date(`${v}T12:00:00Z`).getUTCDay() + 6) % 7];
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}


function sources(g: Group): number {
  return new Set(g.accounts.map((a) => a.doc.group)).size;
}

/** The year most dated accounts of the story give (a slip to last year is shown in it). */
function commonYear(all: Account[]): string | null {
  const n = new Map<string, number>();
  for (const a of all) if (a.claim.aspect === "day" && /^\d{4}-/.test(a.claim.value)) n.set(a.claim.value.slice(0, 4), (n.get(a.claim.value.slice(0, 4)) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

function side(g: Group, year: string | null = null): Side & { value: string } {
  const evidence: Evidence[] = g.accounts.map((a) => a.claim.evidence);
  // Shown: the value most of the side's accounts give, in the story's year where one has it.
  const count = (v: string) => g.accounts.filter((a) => a.claim.value.slice(4) === v.slice(4)).length;
  const ranked = [...g.accounts].sort((a, b) => count(b.claim.value) - count(a.claim.value) || Number(b.claim.value.startsWith(year ?? "-")) - Number(a.claim.value.startsWith(year ?? "-")));
  const shown = ranked[0];
  return { label: shown.claim.label, value: shown.claim.value, evidence, sources: sources(g) };
}
