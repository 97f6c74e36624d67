/**
 * Descriptions an outlet puts right before a name ("Hardline Interior Minister Lena Sorvik",
 * "union leader Tomas Brann", "self-proclaimed president Ana Dravic", "the container ship
 * Dali") or right after it ("the BlackLoom cyber-terrorists"), and what a description says: its
 * head noun and its judging modifiers, without the words that only make it more specific
 * ("Interior Minister" says what "Minister" says; "hardline Interior Minister" says more).
 */
import { ROLES } from "../../lexicons/en/titles.js";
import { LOADED_TERMS } from "../../lexicons/en/loadedTerms.js";
import { COUNTRIES } from "../../lexicons/en/places.js";
import {
  EVALUATIVE_MODIFIERS, MEMBER_HEADS, NEUTRAL_QUALIFIERS, PARTICIPLE_MODIFIERS, PERSON_HEADS, THING_HEADS, isAllegianceModifier,
} from "../../lexicons/en/descriptors.js";

/** Role words that stand before a person's name ("President", "dictator", "spokeswoman"), lower case. */
export const PERSON_HEAD_WORDS: ReadonlySet<string> = new Set<string>([
  ...ROLES.flatMap((r) => r.aliases.filter((x) => !x.includes(" ") && !x.endsWith("."))),
  ...LOADED_TERMS.flatMap((t) => t.forms.filter((f) => !f.includes(" "))),
  "dictator", "strongman", "autocrat", "despot", "tyrant", "leader", "boss", "tycoon", "oligarch", "warlord", "militant", "suspect",
  ...PERSON_HEADS,
]);
export const THING_HEAD_WORDS: ReadonlySet<string> = new Set(THING_HEADS);
const MEMBER_HEAD_WORDS: ReadonlySet<string> = new Set(MEMBER_HEADS);

const ROLE_OF = new Map<string, string>(ROLES.flatMap((r) => r.aliases.map((x) => [x, r.role.toLowerCase()] as [string, string])));
const PLACE_WORDS = new Set<string>(
  COUNTRIES.flatMap((row) => {
    const [name, dem] = row.split("|");
    return [name.toLowerCase(), ...(dem ? dem.split(",").map((d) => d.toLowerCase()) : [])];
  }),
);

/** Words that end a description going backwards: function words, verbs of reporting, pronouns. */
const STOP = new Set([
  "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
  "with", "as", "into", "onto", "than", "after", "before", "during", "against", "about", "between", "under", "over", "via",
  "said", "says", "say", "told", "tells", "added", "claimed", "claims", "stated", "declared", "announced", "insisted", "warned",
  "noted", "wrote", "according", "asked", "urged", "called", "named", "blamed", "accused", "vowed", "quoted", "cited", "praised",
  "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would", "can", "could", "may", "might",
  "must", "should", "shall", "did", "does", "do", "not", "never", "who", "whom", "whose", "which", "when", "where", "while",
  "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us",
  "also", "then", "there", "here", "now", "just", "only", "even", "both", "all", "some", "any", "no", "each", "every",
  "gave", "met", "meets", "sent", "led", "replaced", "succeeded", "including", "like", "such", "if", "so", "because",
]);

/** The words of a description as it ends before `end` (same sentence), walking back. */
interface Word { text: string; start: number; end: number }

function wordsBefore(text: string, end: number, max: number): Word[] {
  const win = text.slice(Math.max(0, end - 90), end);
  const offset = end - win.length;
  // Stop at punctuation that closes a phrase: a comma, a quote, a bracket, a dash, a sentence end.
  const cut = Math.max(...[",", ";", ":", "(", ")", "“", "”", "\"", "«", "»", "—", "–", ". ", "? ", "! ", "\n"].map((p) => {
    const at = win.lastIndexOf(p);
    return at < 0 ? -1 : at + p.length - 1;
  }));
  const tail = win.slice(cut + 1);
  const base = offset + cut + 1;
  const out: Word[] = [];
  const re = /[\p{L}][\p{L}'’-]*/gu;
  for (let m = re.exec(tail); m; m = re.exec(tail)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  // Only words separated by single spaces from the name chain into a description.
  const chained: Word[] = [];
  let next = end;
  for (let i = out.length - 1; i >= 0 && chained.length < max; i--) {
    if (!/^\s+$/.test(text.slice(out[i].end, next)) || text.slice(out[i].end, next).length > 2) break;
    chained.unshift(out[i]);
    next = out[i].start;
  }
  return chained;
}

/** Whether a word may stand before the head as a modifier of the description. */
export function isModifier(w: string): boolean {
  const low = w.toLowerCase().replace(/['’]s$/, "");
  if (STOP.has(low)) return false;
  if (/\d/.test(w)) return false;
  if (/ly$/.test(low) && !/^(?:only|early|elderly|friendly|deputy)$/.test(low) && !low.includes("-")) return false;
  if (/(?:ed|ing)$/.test(low) && !low.includes("-") && !PARTICIPLE_MODIFIERS.has(low) && !EVALUATIVE_MODIFIERS.has(low)) return false;
  return true;
}

/**
 * The description right before a name: a head noun of `heads` ("leader", "ship"), after up to
 * three modifiers ("Hardline Interior Minister", "the coastguard patrol boat"). Returns its
 * [start, end) or null.
 */
export function descriptorBefore(text: string, nameStart: number, heads: ReadonlySet<string>): [number, number] | null {
  const ws = wordsBefore(text, nameStart, 4);
  if (ws.length === 0) return null;
  const head = ws[ws.length - 1];
  if (!heads.has(head.text.toLowerCase())) return null;
  // "we will judge Dovaria": a verb after a modal, not a title.
  if (ws.length >= 2 && /^(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|not|never)$/i.test(ws[ws.length - 2].text)) return null;
  let start = head.start;
  for (let i = ws.length - 2; i >= 0; i--) {
    if (!isModifier(ws[i].text)) break;
    start = ws[i].start;
  }
  return [start, head.end];
}

/**
 * A description right after a name that follows "the": modifiers and a plural member noun
 * ("the BlackLoom cyber-terrorists", "the Wagner mercenaries"). Returns [start, end) or null.
 */
export function membersAfter(text: string, nameStart: number, nameEnd: number): [number, number] | null {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, nameStart - 5), nameStart))) return null;
  const after = text.slice(nameEnd, nameEnd + 60);
  if (!/^\s/.test(after)) return null;
  const ws: { w: string; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(after); m && ws.length < 3; m = re.exec(after)) {
    if (!/^[a-z][a-z-]*$/.test(m[0])) break;
    ws.push({ w: m[0], end: nameEnd + m.index + m[0].length });
  }
  const h = ws.findIndex((x) => MEMBER_HEAD_WORDS.has(x.w));
  if (h < 0 || ws.slice(0, h).some((x) => !isModifier(x.w))) return null;
  return [nameEnd + after.search(/\S/), ws[h].end];
}

/** Whether a modifier judges the actor ("hardline", "self-proclaimed", "state-backed"). */
export function isEvaluative(word: string): boolean {
  const low = word.toLowerCase();
  return EVALUATIVE_MODIFIERS.has(low) || isAllegianceModifier(low);
}

/**
 * What a description says, for telling descriptions apart: its head (a role word mapped to its
 * role: "spokeswoman" = "spokesperson") and its modifiers, without articles, possessives,
 * countries and demonyms, neutral qualifiers ("interior", "deputy", "union") and proper names
 * inside it (a capitalised word not opening the sentence: "NSC spokeswoman" = "spokeswoman").
 */
export function descriptorKey(label: string): string {
  const ws = label.replace(/^(?:the|an?)\s+/i, "").split(/\s+/).filter(Boolean);
  if (ws.length === 0) return "";
  const lastTwo = ws.slice(-2).join(" ").toLowerCase();
  const twoWordRole = ws.length >= 2 && ROLE_OF.has(lastTwo);
  const role = twoWordRole ? ROLE_OF.get(lastTwo)! : (ROLE_OF.get(ws[ws.length - 1].toLowerCase()) ?? ws[ws.length - 1].toLowerCase());
  const kept: string[] = [];
  ws.slice(0, twoWordRole ? -2 : -1).forEach((w) => {
    const low = w.toLowerCase().replace(/['’]s$/, "");
    if (isEvaluative(low)) return void kept.push(low);
    if (PLACE_WORDS.has(low) || NEUTRAL_QUALIFIERS.has(low) || ROLE_OF.has(low)) return;
    if (/['’]s$/.test(w)) return; // "Fishermen's Union leader": whose leader, not what kind
    if (/^\p{Lu}/u.test(w)) return; // a name inside the description ("NSC spokeswoman", "Moscow Mayor"), even opening a sentence
    kept.push(low);
  });
  return [...kept, role].join(" ");
}
