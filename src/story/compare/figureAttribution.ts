/**
 * Attribution shifts of figures: the same value of the same quantity credited to a named
 * official in one outlet and to "local authorities", "state media", a ministry or another person
 * in another ("145 injured, Health Minister Mikhail Murasko said" / "Local authorities reported
 * 145 people were injured").
 */
import type { AttributedSide, AttributionShift, Evidence, SpeakerKind } from "../StoryReport.js";
import type { FigureClaim } from "../claims/types.js";
import type { StoryDoc } from "./docs.js";
import { COUNTRIES } from "../../lexicons/en/places.js";

/** Country names and demonyms, lower case: they do not make a source named ("Syrian state media"). */
const PLACE_WORDS = new Set<string>(
  COUNTRIES.flatMap((row) => {
    const [name, dem] = row.split("|");
    return [...name.toLowerCase().split(/\s+/), ...(dem ? dem.split(",").map((d) => d.toLowerCase()) : [])];
  }),
);

/** Who is credited, as a reader would class it. */
export type SourceClass = "person" | "organisation" | "collective";

/**
 * A source's class: a person the article names, a named organisation ("Investigative
 * Committee", "USGS", "the Kremlin"), or a collective with no name ("local authorities", "an
 * unnamed official", "Syrian state media", "the health ministry").
 */
export function sourceClass(name: string, persons: ReadonlySet<string>): SourceClass {
  if (persons.has(name.toLowerCase())) return "person";
  const words = name.replace(/^(?:the|an?)\s+/i, "").split(/\s+/).filter(Boolean);
  const named = words.some((w, i) => /^\p{Lu}/u.test(w) && !PLACE_WORDS.has(w.toLowerCase().replace(/['’]s$/, "")) && !(i === 0 && /^[A-Z][a-z]+$/.test(w) && !/^\p{Lu}/u.test(words[1] ?? "")));
  return named ? "organisation" : "collective";
}

/** Words of a source name for telling two sources apart ("US Geological Survey" = "USGS"). */
function sourceWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^(?:the|a|an|of|us|u|s|united|states|russian|federation)$/.test(w));
}

/** Initials of the capitalised words; a word in capitals gives all its letters ("US Geological Survey" → USGS). */
function initials(name: string): string {
  return name
    .replace(/\./g, "")
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (/^[A-Z]{2,3}$/.test(w) ? w : w[0]))
    .join("")
    .toUpperCase();
}

/**
 * Wire agencies and broadcasters an outlet names as its own supplier ("according to the
 * Associated Press"): they relay a figure, they are not its source. State news agencies (TASS,
 * SANA) are kept: they speak for their governments.
 */
const RELAYS = /^(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|dpa|cnn|bbc|cbs news|nbc news|abc news|al jazeera|sky news)$/i;

/** Whether a source is a wire agency or broadcaster relaying what others said (see `RELAYS`). */
export function isRelay(name: string): boolean {
  return RELAYS.test(name.trim());
}

/** Two names of one source: one's words within the other's, or an acronym of it. */
export function sameSource(a: string, b: string): boolean {
  const wa = sourceWords(a);
  const wb = sourceWords(b);
  if (wa.length === 0 || wb.length === 0) return a.toLowerCase() === b.toLowerCase();
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) return true;
  const acr = (x: string, y: string) => /^[A-Z]{2,6}$/.test(x.replace(/[.\s]/g, "")) && initials(y).endsWith(x.replace(/[.\s]/g, "").toUpperCase()) && x.replace(/[.\s]/g, "").length >= 3;
  return acr(a, b) || acr(b, a);
}

/**
 * Whether the sentence ties the figure to its cited source: "X said/reported (that) … N",
 * "…N…, X said.", "according to X, … N", or the figure inside X's quotation. A source credited
 * with a different part of the sentence ("the agency reported 1,200 aftershocks after the
 * initial 7.8 quake", "the embassy had warned … the strike that killed 60") does not count.
 */
export function creditsFigure(text: string, f: FigureClaim): boolean {
  if (f.citedInQuote) return true;
  const src = f.citedSpan;
  if (!src) return false;
  const sent = f.evidence.sentence;
  if (src.start < sent.start || src.end > sent.end) return false;
  const fig = f.evidence.span;
  const before = text.slice(Math.max(sent.start, src.start - 40), src.start);
  const after = text.slice(src.end, sent.end);
  // "according to the governor Petra Lindqvist": a role in lower case may stand before the name.
  if (/\b(?:[Aa]ccording to|[Aa]s per|[Cc]iting)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,3}$/.test(before)) {
    // "According to X, …" covers the clause it opens; "…, according to X." the clause it closes.
    const between = src.end <= fig.start ? text.slice(src.end, fig.start) : text.slice(fig.end, src.start);
    // A relative clause after the source's clause ("…, which has place for 38,000") is the outlet's.
    return !/[;:]/.test(between) && !/\b(?:after|before|following|since|while|whereas)\b|,\s*(?:which|who|whom|whose|where)\b/i.test(between);
  }
  if (src.end <= fig.start) {
    // "X said (that) … N": the reporting verb right after X, then the figure with little between.
    const between = text.slice(src.end, fig.start);
    return new RegExp(
      String.raw`^\s*(?:,[^,]{0,40},\s*)?(?:has|have|had|also|later|on \w+|\w+ly|\s)*` +
        String.raw`(?:said|says|reported|reports|stated|announced|confirmed|estimated|put|puts|added|noted|told [\w\s.]{1,30}?)` +
        String.raw`(?:\s+(?:overnight|today|yesterday|late|early|on \w+|in a \w+))?\s*(?:that\s+)?` +
        String.raw`(?:[\d,.]+\s+(?:\w+\s+){0,3}?and\s+)?` +
        String.raw`(?:the\s+(?:\w+\s+){0,3}?(?:toll|number|count|tally)\s+(?:\w+\s+){0,3}?(?:at|to|was|is|of|reached)\s+)?` +
        String.raw`(?:(?:at least|more than|over|about|nearly|some|around|almost|up to|as many as)\s+)?$`,
      "i",
    ).test(between);
  }
  // "…N…, X said." at the end of the sentence.
  return /^\s*(?:has\s+|have\s+|had\s+)?(?:said|says|reported|reports|stated|announced|confirmed|added|noted|estimated)\b[^,;]{0,40}[.!?]?\s*$/i.test(after) && /,\s*(?:the\s+)?$/i.test(text.slice(fig.end, src.start).slice(-12)) && !/;/.test(text.slice(fig.end, src.start));
}

interface Cited {
  doc: StoryDoc;
  claim: FigureClaim;
  cls: SourceClass;
}

function side(list: Cited[], cls: SourceClass): AttributedSide {
  const kind: SpeakerKind = cls === "person" ? "person" : cls === "organisation" ? "organisation" : "unknown";
  const c = list[0].claim;
  return {
    label: `${c.evidence.span.text} — ${c.citedSource}`,
    speaker: c.citedSource,
    speakerKind: kind,
    evidence: list.map((x) => withSource(x)),
    sources: new Set(list.map((x) => x.doc.group)).size,
  };
}

function withSource(x: Cited): Evidence {
  const s = x.claim.citedSpan;
  if (!s) return x.claim.evidence;
  return { ...x.claim.evidence, highlight: [{ start: s.start, end: s.end, text: x.doc.analysis.document.text.slice(s.start, s.end) }] };
}

/** The body a "citing …" phrase names as the source behind a relay ("state media … citing a senior health official"). */
const CITING = /\bciting\s+(?:an?\s+|the\s+)?((?:[\p{L}-]+\s+){0,4}?)(?:officials?|ministry|sources?|spokes(?:man|woman|person))\b/iu;

/**
 * Whether two unnamed sources are one body: the same head noun ("the nation's health ministry" /
 * "the country's wellness ministry"), or one side relays the other ("Syrian state media …
 * citing a senior health official" / "the Syrian health ministry"). Left out: one body named
 * two ways is no attribution shift.
 */
function oneBody(a: readonly Cited[], b: readonly Cited[]): boolean {
  const head = (x: Cited) => sourceWords(x.claim.citedSource!).at(-1);
  if (a.some((x) => b.some((y) => head(x) !== undefined && head(x) === head(y)))) return true;
  const relays = (p: readonly Cited[], q: readonly Cited[]) =>
    p.some((x) => {
      const m = CITING.exec(x.claim.evidence.sentence.text);
      const cue = m ? sourceWords(m[1]).filter((w) => !/^(?:senior|top|unnamed|local|government|state|official)$/.test(w)) : [];
      return cue.length > 0 && q.some((y) => cue.some((w) => sourceWords(y.claim.citedSource!).includes(w)));
    });
  return relays(a, b) || relays(b, a);
}

const SHIFT_NAME: Record<string, string> = {
  "person|person": "different person",
  "person|organisation": "person→organisation",
  "person|collective": "person→unnamed",
  "organisation|organisation": "different organisation",
  "organisation|collective": "organisation→unnamed",
  "collective|collective": "different unnamed source",
};

/**
 * The same value of one quantity (same scope and unit) credited to different sources by
 * different, independent outlets; each side's sentence must tie the figure to its source.
 */
export function figureAttributionShifts(docs: readonly StoryDoc[], already: readonly AttributionShift[] = []): AttributionShift[] {
  // A pair of sentences a quotation shift already shows ("Murasko said 145 …" / "Local
  // authorities reported 145 …" as reported speech) is not listed twice.
  const sameSentence = (x: Evidence, y: Evidence) => x.docId === y.docId && x.sentence.start < y.sentence.end && y.sentence.start < x.sentence.end;
  const shown = (a: AttributedSide, b: AttributedSide) =>
    already.some((s) => [[s.a, s.b], [s.b, s.a]].some(([p, q]) => a.evidence.some((x) => p.evidence.some((y) => sameSentence(x, y))) && b.evidence.some((x) => q.evidence.some((y) => sameSentence(x, y)))));
  const groups = new Map<string, Cited[]>();
  for (const d of docs) {
    const persons = new Set(d.analysis.entities.filter((e) => e.type === "PER").flatMap((e) => [e.name.toLowerCase(), ...e.mentions.map((m) => m.text.toLowerCase())]));
    for (const f of d.claims.figures) {
      if (!f.citedSource || f.generic || f.years.length > 0 || isRelay(f.citedSource)) continue;
      if (!creditsFigure(d.analysis.document.text, f)) continue;
      const k = `${f.quantity}|${f.scope ?? ""}|${f.value}`;
      const list = groups.get(k) ?? [];
      list.push({ doc: d, claim: f, cls: sourceClass(f.citedSource, persons) });
      groups.set(k, list);
    }
  }
  const out: AttributionShift[] = [];
  for (const list of groups.values()) {
    // One bucket per source (names of one source meet), in order of first appearance.
    const buckets: Cited[][] = [];
    for (const c of list) {
      // Both the resolved name and the words the article uses ("USGS" resolved to "Geological Survey").
      const names = (x: Cited) => [x.claim.citedSource!, ...(x.claim.citedSpan ? [x.doc.analysis.document.text.slice(x.claim.citedSpan.start, x.claim.citedSpan.end)] : [])];
      const b = buckets.find((x) => x.some((y) => names(y).some((n) => names(c).some((m) => sameSource(n, m)))));
      if (b) b.push(c);
      else buckets.push([c]);
    }
    for (let i = 0; i < buckets.length; i++) {
      for (let j = i + 1; j < buckets.length; j++) {
        let [a, b] = [buckets[i], buckets[j]];
        // Independent outlets only: a wire copy credits what its original credits.
        if (a.every((x) => b.some((y) => y.doc.group === x.doc.group))) continue;
        if (a[0].cls === "collective" && b[0].cls === "collective" && oneBody(a, b)) continue;
        const rank = (c: SourceClass) => (c === "person" ? 0 : c === "organisation" ? 1 : 2);
        if (rank(b[0].cls) < rank(a[0].cls)) [a, b] = [b, a];
        const sa = side(a, a[0].cls);
        const sb = side(b, b[0].cls);
        if (shown(sa, sb)) continue;
        out.push({ shift: SHIFT_NAME[`${a[0].cls}|${b[0].cls}`], a: sa, b: sb, similarity: 1 });
      }
    }
  }
  return out;
}
