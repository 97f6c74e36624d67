/**
 * How an outlet, in its own words, names the story's event and its unnamed collective actors
 * (`src/lexicons/en/referents.ts`): "the attack" / "the incident" / "the tragedy", "the gunmen"
 * / "the terrorists", "protesters" / "rioters", "the government" / "the regime", with the
 * judging modifiers it adds ("the rigged election"). Words inside quotations are the speaker's,
 * not the outlet's, and are left out; so are mentions of another occurrence ("another attack",
 * "the 2015 attack", "a second quake"), compounds ("riot police", "disaster relief") and the
 * breakdown of things ("the collapse of buildings").
 */
import type { Analysis, Span } from "../../types.js";
import type { LabelClaim } from "./types.js";
import { REFERENTS, type Referent } from "../../lexicons/en/referents.js";
import { COUNTRIES } from "../../lexicons/en/places.js";
import { evidenceFor } from "./evidence.js";
import { sentenceWords, type WordToken } from "./text.js";
import { isEvaluative, isModifier } from "./descriptors.js";

interface NounEntry { referent: Referent; frame: string; words: string[] }

/** Frame nouns by their first word, longest first. */
const BY_FIRST = new Map<string, NounEntry[]>();
for (const r of REFERENTS) {
  for (const f of r.frames) {
    for (const n of f.nouns) {
      const words = n.split(" ");
      const list = BY_FIRST.get(words[0]) ?? [];
      list.push({ referent: r, frame: f.frame, words });
      BY_FIRST.set(words[0], list);
    }
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Demonyms and country names (lower case) → the country. */
const COUNTRY_OF = new Map<string, string>();
for (const row of COUNTRIES) {
  const [name, dem] = row.split("|");
  COUNTRY_OF.set(name.toLowerCase(), name.toLowerCase());
  for (const d of dem ? dem.split(",") : []) COUNTRY_OF.set(d.toLowerCase(), name.toLowerCase());
}

/** Words that open a mention of the event ("the", "this", "Friday's"). */
const DETERMINER = /^(?:the|this|that|a|an|its|their)$/;
/** Modifiers that point at another occurrence than the story's. */
const OTHER = new Set([
  "another", "second", "third", "previous", "earlier", "last", "next", "future", "similar", "other", "past", "prior",
  "such", "any", "no", "each", "every", "new", "possible", "potential", "planned", "further", "more", "recent", "heart",
  "panic", "mock", "first", "many", "several", "two", "three", "those", "these", "separate", "unrelated", "latest",
]);
/** Words after an event noun that make it a modifier of another noun ("riot police", "disaster zone"). */
const COMPOUND_HEADS = new Set([
  "police", "gear", "squad", "squads", "site", "sites", "zone", "zones", "area", "areas", "relief", "victims", "victim",
  "survivors", "survivor", "response", "management", "commission", "committee", "results", "result", "count", "campaign",
  "day", "officials", "leader", "leaders", "movement", "group", "groups", "organisers", "organizers", "investigators",
  "insurance", "law", "laws", "plan", "plans", "warning", "warnings", "threat", "threats", "risk", "risks", "suspect",
  "suspects", "scene", "preparedness", "season", "fund", "appeal", "aid", "workers", "teams", "team", "unit", "units",
  "map", "maps", "observers", "monitors", "officer", "officers", "board", "day's", "drill", "drills", "helicopter",
  "helicopters", "dog", "dogs", "rules", "rule", "system", "systems", "fraud", "rigging", "turnout", "date", "dates",
]);

/** Years and words for another time in the few words around a mention. */
function otherTime(ws: readonly WordToken[], at: number, last: number): boolean {
  for (let k = Math.max(0, at - 5); k <= Math.min(ws.length - 1, last + 4); k++) if (/^(?:1[89]|20)\d\d$/.test(ws[k].norm)) return true;
  return false;
}

function sentenceStartsAt(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, at - 4), at));
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((q) => q.start <= start && end <= q.end);
}

/** The event and collective-actor labels of one article (actor keys `referent:<key>[:<country>]`). */
export function referentClaims(a: Analysis, quoteSpans: readonly Span[]): LabelClaim[] {
  const text = a.document.text;
  const out: LabelClaim[] = [];
  for (const { words: ws } of sentenceWords(text)) {
    for (let k = 0; k < ws.length; k++) {
      const cands = BY_FIRST.get(ws[k].norm);
      if (!cands) continue;
      const entry = cands.find((c) => c.words.every((w, i) => ws[k + i]?.norm === w));
      if (!entry) continue;
      const last = k + entry.words.length - 1;
      const start = ws[k].start;
      const end = ws[last].end;
      if (inside(quoteSpans, start, end)) continue;
      // A word in scare quotes (a potential attack by “extremists”) is someone else's word too.
      if (/["“‘«]$/.test(text.slice(Math.max(0, start - 1), start)) || /^["”’»]/.test(text.slice(end, end + 1))) continue;
      const next = ws[last + 1];
      // A noun directly after ("riot police"), unless a comma or other punctuation intervenes.
      if (next && COMPOUND_HEADS.has(next.norm) && /^\s+$/.test(text.slice(end, next.start))) continue;
      // "the collapse of buildings": the breakdown of things, not the event (but "the collapse of the Key Bridge" is).
      if (next?.norm === "of" && entry.frame === "physical") {
        const after = ws[last + 2];
        const named = after && (/^\p{Lu}/u.test(text.slice(after.start, after.end)) || (after.norm === "the" && ws[last + 3] && /^\p{Lu}/u.test(text.slice(ws[last + 3].start, ws[last + 3].end))));
        if (!named) continue;
      }
      if (otherTime(ws, k, last)) continue;
      // Walk back over modifiers to the determiner (events need one; plural actors may stand bare).
      let m = k - 1;
      const mods: WordToken[] = [];
      while (m >= 0 && k - m <= 3 && !DETERMINER.test(ws[m].norm) && !/['’]s$/.test(ws[m].norm) && isModifier(text.slice(ws[m].start, ws[m].end)) && !BY_FIRST.has(ws[m].norm) && /^\s+$/.test(text.slice(ws[m].end, (mods[0] ?? ws[k]).start))) {
        mods.unshift(ws[m]);
        m--;
      }
      const det = m >= 0 && /^\s+$/.test(text.slice(ws[m].end, (mods[0] ?? ws[k]).start)) && (DETERMINER.test(ws[m].norm) || /['’]s$/.test(ws[m].norm)) ? ws[m] : null;
      // The event needs a determiner ("the attack", "Friday's attack"); collective actors may stand bare ("Rioters attacked …").
      if (!det && entry.referent.key === "event") continue;
      // A name among the modifiers ("the BlackLoom hacker group"): a description of a named actor, which its labels show.
      if (mods.some((w, i) => /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !COUNTRY_OF.has(w.norm) && !(i === 0 && !det && sentenceStartsAt(text, w.start)))) continue;
      // Modifiers only count when they are adjectives of the noun: without a determiner, a bare plural takes none.
      const kept = det ? mods : mods.filter((w) => isEvaluative(w.norm) || COUNTRY_OF.has(w.norm));
      if (kept.some((w) => OTHER.has(w.norm) || /\d/.test(w.norm))) continue;
      if (det && OTHER.has(det.norm)) continue;
      let country = "";
      if (entry.referent.national) {
        const q = [...kept.map((w) => w.norm), det?.norm.replace(/['’]s$/, "") ?? ""].map((w) => COUNTRY_OF.get(w)).find(Boolean);
        // A government qualified by a name that is no country ("the Assad regime"): whose it is stays open.
        if (!q && kept.some((w) => /^\p{Lu}/u.test(text.slice(w.start, w.end)))) continue;
        if (!q && det && /['’]s$/.test(det.norm) && /^\p{Lu}/u.test(text.slice(det.start, det.end))) continue;
        country = q ?? "";
      }
      const judging = kept.filter((w) => isEvaluative(w.norm)).map((w) => w.norm);
      const from = kept[0]?.start ?? start;
      out.push({
        actorKey: `referent:${entry.referent.key}${entry.referent.national ? `:${country}` : ""}`,
        actorName: entry.referent.name,
        text: text.slice(from, end),
        evidence: evidenceFor(a, from, end),
        compareKey: [...judging, entry.frame].join(" "),
      });
    }
  }
  return out;
}
