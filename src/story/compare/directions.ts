/**
 * Directions from one reference place that contradict each other across outlets ("Arvenne lies
 * 25 km south of the dam" / "… 25 kilometres north of the dam"; "broke out north of Salter
 * Creek" / "evacuated from the hills south of Salter Creek"; "east of Halvik" / "8 kilometres
 * west of Halvik"). Cautious: each outlet must give one direction from the reference, the two
 * directions must point apart, the two sentences must share a content word besides the
 * reference or both be about the incident (an incident word or an evacuation), and countries
 * are no reference ("east of Ukraine" says where a region is, not a place of the story).
 */
import type { Evidence, PlaceConflict } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { DIRECTIONS, INCIDENT_WORDS } from "../../lexicons/en/incidents.js";
import { COUNTRIES } from "../../lexicons/en/places.js";
import { STOP_WORDS, normWord, sentenceAt, spanOf, words } from "../claims/text.js";

const DIRECTION_WORDS = Object.keys(DIRECTIONS).filter((w) => !/(?:ern|bound|ward|wards)$/.test(w)).sort((a, b) => b.length - a.length);
const PLACE_DIRECTION = new RegExp(
  String.raw`(?<![\p{L}-])(?:(\d[\d.,]*)\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?(${DIRECTION_WORDS.join("|")})\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?((?:the\s+[a-z][a-z-]+)|(?:[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*))`,
  "gu",
);
/** Country names ("Canonical|demonyms|aliases": the canonical name; an alias may be a capital, a fine reference), lower case. */
const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.split("|")[0].toLowerCase()));

/** Unit vectors of the folded directions: two directions point apart when their dot product is negative. */
const VECTORS: Record<string, [number, number]> = {
  north: [0, 1], south: [0, -1], east: [1, 0], west: [-1, 0],
  "north-east": [0.7, 0.7], "north-west": [-0.7, 0.7], "south-east": [0.7, -0.7], "south-west": [-0.7, -0.7],
};

interface Use {
  doc: StoryDoc;
  /** The reference as the article writes it ("Salter Creek", "the dam"). */
  ref: string;
  direction: string;
  evidence: Evidence;
  /** Content words of the sentence besides the reference and the direction. */
  content: Set<string>;
  incident: boolean;
}

function apart(a: string, b: string): boolean {
  const [x, y] = [VECTORS[a], VECTORS[b]];
  return x[0] * y[0] + x[1] * y[1] < 0;
}

function uses(doc: StoryDoc): Map<string, Use[]> {
  const text = doc.analysis.document.text;
  const out = new Map<string, Use[]>();
  for (const m of text.matchAll(PLACE_DIRECTION)) {
    const start = m.index ?? 0;
    // "in the north of the country" names a region, not a direction from a place.
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    const ref = m[3].toLowerCase().replace(/^the\s+(?:town|city|village)\s+of\s+/, "");
    if (COUNTRY_SET.has(ref) || COUNTRY_SET.has(ref.replace(/^the\s+/, ""))) continue;
    const direction = DIRECTIONS[normWord(m[2])];
    if (!direction || !VECTORS[direction]) continue;
    const sentence = sentenceAt(text, start);
    const skip = new Set([...words(m[3]).map((w) => w.norm), normWord(m[2])]);
    const ws = words(text, sentence.start, sentence.end).map((w) => w.norm);
    const content = new Set(ws.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d/.test(w) && !skip.has(w)));
    const incident = ws.some((w) => (INCIDENT_WORDS[w] && INCIDENT_WORDS[w] !== "landing" && INCIDENT_WORDS[w] !== "mourning") || w.startsWith("evacuat"));
    const end = start + m[0].length;
    const evidence: Evidence = { docId: doc.analysis.document.id, outlet: doc.outlet, published: doc.analysis.document.published, span: spanOf(text, start, end), sentence: spanOf(text, sentence.start, Math.max(sentence.end, end)) };
    out.set(ref, [...(out.get(ref) ?? []), { doc, ref: m[3].replace(/^the\s+(?:town|city|village)\s+of\s+/i, ""), direction, evidence, content, incident }]);
  }
  return out;
}

function related(a: Use, b: Use): boolean {
  if (a.incident && b.incident) return true;
  for (const w of a.content) if (b.content.has(w)) return true;
  return false;
}

/** The direction conflicts of a story; one the incident places (`known`) already show is left out. */
export function compareDirections(docs: readonly StoryDoc[], known: readonly PlaceConflict[] = []): PlaceConflict[] {
  const shown = new Set(known.flatMap((p) => p.sides.map((x) => x.place.toLowerCase())));
  const byRef = new Map<string, Use[]>();
  for (const d of docs) {
    for (const [ref, list] of uses(d)) {
      // An outlet giving two directions from one place speaks of two things there.
      if (list.some((u) => u.direction !== list[0].direction)) continue;
      byRef.set(ref, [...(byRef.get(ref) ?? []), list[0]]);
    }
  }
  const out: PlaceConflict[] = [];
  for (const [ref, list] of [...byRef].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const dirs = [...new Set(list.map((u) => u.direction))];
    if (dirs.length !== 2 || !apart(dirs[0], dirs[1])) continue;
    const [a, b] = dirs.map((dir) => list.filter((u) => u.direction === dir));
    if (!a.some((x) => b.some((y) => x.doc.group !== y.doc.group && related(x, y)))) continue;
    if (dirs.some((dir) => shown.has(`${dir} of ${ref}`))) continue;
    const side = (us: Use[]) => ({ label: us[0].evidence.span.text, place: `${us[0].direction} of ${us[0].ref}`, evidence: us.map((u) => u.evidence), sources: new Set(us.map((u) => u.doc.group)).size });
    out.push({ topic: `what lies ${dirs.join(" or ")} of ${list[0].ref}`, sides: [side(a), side(b)] });
  }
  return out;
}
