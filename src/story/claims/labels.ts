/** Labels for actors ("the rebel group") and loaded terms ("terrorists", "regime"). */
import type { Analysis, Entity, Span } from "../../types.js";
import { LOADED_TERMS, type LoadedTerm } from "../../lexicons/en/loadedTerms.js";
import type { ActorKeyFn, LabelClaim, LoadedClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { normWord, sentenceAt } from "./text.js";
import { PERSON_HEAD_WORDS, THING_HEAD_WORDS, descriptorBefore, descriptorKey, membersAfter } from "./descriptors.js";
import { APPOSITION_AFTER, GROUP_NOUNS, groupNameClaims } from "./groupNames.js";

/** Heads of a description before a person's name; a thing's heads too, for names the entity stage types as a person ("the warship Vigil"). */
const PERSON_OR_THING: ReadonlySet<string> = new Set([...PERSON_HEAD_WORDS, ...THING_HEAD_WORDS]);

/** Nouns that make a nominal mention a description besides the heads: group words and role descriptions ("head of state"). */
const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS.split("|"), "head", "state", "city", "country", "band", "body", "force", "forces", "authority", "authorities", "committee", "council", "ministry", "court", "agency", "service", "successor", "branch", "affiliate", "faction", "wing", "unit", "team", "charity", "band", "venue", "hall"]);

/** Whether a phrase names what an actor is: one of its words is a person's, a thing's or a body's noun. */
function isDescription(phrase: string): boolean {
  return phrase.toLowerCase().split(/[\s-]+/).some((w) => PERSON_OR_THING.has(w) || DESCRIPTION_NOUNS.has(w));
}

const LOADED_FORMS = new Map<string, LoadedTerm>();
for (const t of LOADED_TERMS) for (const f of t.forms) LOADED_FORMS.set(f, t);

const KNOWN_AS_BEFORE = /((?:the|an?)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:known as|called)\s+(?:the\s+)?$/i;
const LOADED_OF_BEFORE = /\b((?:the|an?)\s+([a-z][a-z-]*(?:\s[a-z]+)?))\s+(?:of|from)\s+(?:the\s+)?(?:so-called\s+)?$/i;
const NOT_LABEL = /^(?:the|an?)\s+(?:first|last|same|other|new|latest|former|two|three|only|next|previous)\b/;

/** Title and nominal mentions and appositions of each actor. */
export function labelClaims(a: Analysis, key: ActorKeyFn, isPerson: (name: string) => boolean): LabelClaim[] {
  const text = a.document.text;
  const out: LabelClaim[] = [];
  const seen = new Set<string>();
  const add = (ent: Entity, start: number, end: number, compareKey?: string) => {
    const label = text.slice(start, end);
    if (NOT_LABEL.test(label.toLowerCase())) return;
    if (/^(?:the|an?)\s+(?:group|company|band|team|man|woman|person|people)$/i.test(label)) return; // says nothing about the actor
    const id = `${ent.id}:${start}`;
    if (seen.has(id)) return;
    for (const l of out) if (l.evidence.span.start < end && start < l.evidence.span.end) return;
    seen.add(id);
    out.push({ actorKey: key(ent.name, ent.type === "PER" || isPerson(ent.name)), actorName: ent.name, text: label, evidence: evidenceFor(a, start, end), ...(compareKey ? { compareKey } : {}) });
  };
  const kinds = new Set(["PER", "ORG", "GPE", "NORP"]);
  // Patterns around names first ("X, the rebel group that …", "the rebel group known as X"):
  // they tie the label to the name next to it, so they win over a mention linked elsewhere.
  for (const ent of a.entities) {
    // Any type: a vessel or a venue the entity stage types as a place or leaves untyped is described the same way.
    for (const m of ent.mentions) {
      if (m.kind !== "name") continue;
      const after = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 80));
      // "X, the rebel group that …", not "X, the tranquility of the evening": the phrase names what X is.
      if (after && isDescription(after[1])) {
        const s = m.end + after[0].indexOf(after[1]);
        add(ent, s, s + after[1].length);
      }
      const win = text.slice(Math.max(0, m.start - 80), m.start);
      const known = KNOWN_AS_BEFORE.exec(win);
      if (known) {
        const s = m.start - win.length + known.index;
        add(ent, s, s + known[1].length);
      }
      const lo = LOADED_OF_BEFORE.exec(win);
      if (lo && (LOADED_FORMS.has(lo[2].toLowerCase()) || LOADED_FORMS.has(lo[2].toLowerCase().split(" ")[0]))) {
        const s = m.start - win.length + lo.index;
        add(ent, s, s + lo[1].length);
      }
    }
  }
  // Descriptions right before a name ("Hardline Interior Minister Lena Sorvik", "the warship
  // Vigil") or after it ("the BlackLoom cyber-terrorists"): how the outlet introduces the actor.
  for (const ent of a.entities) {
    const person = ent.type === "PER" || isPerson(ent.name);
    const heads = person ? PERSON_OR_THING : THING_HEAD_WORDS;
    for (const m of ent.mentions) {
      if (m.kind !== "name") continue;
      const d = descriptorBefore(text, m.start, heads) ?? membersAfter(text, m.start, m.end);
      if (d) add(ent, d[0], d[1], descriptorKey(text.slice(d[0], d[1])));
    }
  }
  for (const ent of a.entities) {
    if (!kinds.has(ent.type)) continue;
    for (const m of ent.mentions) {
      if ((m.kind === "title" || m.kind === "nominal") && /^(?:the|an?)\s/i.test(m.text)) {
        if (/'s?\s/.test(m.text) && ent.head) continue; // "Netanyahu's office" names the office, not a label
        // A description names what the actor is ("the rebel group", "the head of state"); a mention
        // linked by mistake ("the tranquility") does not.
        if (!isDescription(m.text)) continue;
        add(ent, m.start, m.end);
      }
    }
  }
  // Aliases, descriptions and branch-or-parent names of groups.
  for (const l of groupNameClaims(a, key)) {
    if (l.kind === "label" && out.some((x) => x.evidence.span.start < l.evidence.span.end && l.evidence.span.start < x.evidence.span.end)) continue;
    out.push(l);
  }
  // How the outlet spells each person's full name (compared across outlets for transliterations).
  for (const ent of a.entities) {
    if (ent.type !== "PER") continue;
    const full = ent.mentions.filter((m) => m.kind === "name" && /\s/.test(m.text.trim())).sort((x, y) => y.text.length - x.text.length)[0];
    if (full) out.push({ actorKey: key(ent.name, true), actorName: ent.name, text: full.text.replace(/['’]s$/, ""), evidence: evidenceFor(a, full.start, full.end), kind: "spelling" });
  }
  // Held areas, named as the outlet chooses ("rebel-held", "opposition-controlled").
  const held = /\b(rebel|opposition|insurgent|militant|jihadist|government|regime|army)[-\s](held|controlled)\b/gi;
  for (let m = held.exec(text); m; m = held.exec(text)) {
    const side = /^(?:government|regime|army)$/i.test(m[1]) ? "government-held areas" : "opposition-held areas";
    out.push({ actorKey: `area:${side}`, actorName: side, text: m[0], evidence: evidenceFor(a, m.index, m.index + m[0].length) });
  }
  return out.sort((x, y) => x.evidence.span.start - y.evidence.span.start);
}

const LOADED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...LOADED_FORMS.keys()]
    .sort((x, y) => y.length - x.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);

/** Loaded terms of the lexicon in the article; `inQuote` inside quotations. */
export function loadedClaims(a: Analysis, quoteSpans: Span[]): LoadedClaim[] {
  const text = a.document.text;
  const out: LoadedClaim[] = [];
  const re = new RegExp(LOADED_RE.source, LOADED_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // A capitalised word mid-sentence is part of a name ("Islamic Resistance Movement").
    const sent = sentenceAt(text, start);
    if (/^[A-Z]/.test(m[0]) && start !== sent.start && /\p{Lu}/u.test(text.slice(end + 1, end + 2))) continue;
    const term = LOADED_FORMS.get(normWord(m[0]).replace(/\s+/g, " "));
    if (!term) continue;
    const inQuote = quoteSpans.some((q) => q.start <= start && end <= q.end);
    out.push({ term, inQuote, evidence: evidenceFor(a, start, end) });
  }
  return out;
}
