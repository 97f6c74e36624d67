/**
 * Ages: whose age a number gives. A person's age is written many ways — "32-year-old Dalerjon
 * Mirzoev", "35-year-old nurse Ines Marlow", "the 52-year-old captain, Rhea Sollen", "Mirzoyev, a
 * 33-year-old", "Dorian Vale, 47,", "Ines Marlow (34)" — and each must land on the same person
 * key. A thing's age ("the aircraft is nine years old", "the machine, an Airbus A321, is twelve
 * years old") is keyed by the class of the thing (`THING_CLASSES`), so a plane's and a bridge's
 * age stay apart.
 */
import type { Analysis, Figure } from "../../types.js";
import { THING_CLASSES } from "../../lexicons/en/thingClasses.js";
import { PERSON_AGE_NOUNS } from "../../lexicons/en/personNouns.js";
import { normWord } from "./text.js";

/** A plausible age in years. */
function isAge(v: number): boolean {
  return Number.isInteger(v) && v >= 1 && v <= 115;
}

/** Person name mentions of an article, as [start, end, name]. */
function personMentions(a: Analysis): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const e of a.entities) {
    if (e.type !== "PER") continue;
    for (const m of e.mentions) if (m.kind === "name") out.push([m.start, m.end, e.name]);
  }
  return out;
}

/**
 * The person a "years old" figure describes: a name right after it ("32-year-old Dalerjon
 * Mirzoev"), after a few lower-case descriptor words ("35-year-old nurse Ines Marlow", "the
 * 52-year-old captain, Rhea Sollen"), or just before it ("Mirzoyev, a 33-year-old"). When the
 * capitalised word right after the age is no person the model knows, the age is left out rather
 * than given to a neighbour.
 */
export function personOfAge(a: Analysis, start: number, end: number): string | null {
  const text = a.document.text;
  const after = /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
  // "nurse Ines", "captain, Rhea", "plant manager Oskar": lower-case words (and one comma) up to the name.
  const described = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$|^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s+$/u;
  let best: string | null = null;
  let gap = Infinity;
  for (const [s, e, name] of personMentions(a)) {
    if (after && s < end) continue;
    let d = Infinity;
    if (s >= end && s - end <= 3) d = s - end;
    else if (s >= end && s - end <= 40 && described.test(text.slice(end, s))) d = s - end;
    else if (start >= e && start - e <= 12) d = start - e;
    if (d < gap) {
      gap = d;
      best = name;
    }
  }
  return best;
}

/**
 * The person a bare number right after a name gives the age of: "Dorian Vale, 47, was …",
 * "Captain Rhea Sollen, 51, was praised", "Ines Marlow (34)". The number must close the
 * apposition (a comma, a closing bracket or the sentence end follows it).
 */
export function bareAgeOf(a: Analysis, f: Pick<Figure, "start" | "end" | "value" | "unit">): string | null {
  if (f.unit || !isAge(f.value)) return null;
  const text = a.document.text;
  const open = /(?:,\s*|\s*\()$/.exec(text.slice(Math.max(0, f.start - 3), f.start));
  if (!open) return null;
  const closing = open[0].includes("(") ? /^\)/ : /^\s*(?:,|\.(?:\s|$)|$)/;
  if (!closing.test(text.slice(f.end, f.end + 3))) return null;
  const nameEnd = f.start - open[0].length;
  for (const [s, e, name] of personMentions(a)) if (e === nameEnd && s < e) return name;
  return null;
}

/**
 * The role whose age a bare number gives when no name does: "The train's engineer, 52, was
 * unhurt", "the driver, 61,". Only after "the" or a possessive, with the number closing the
 * apposition.
 */
export function roleAgeOf(text: string, f: Pick<Figure, "start" | "end" | "value" | "unit">): string | null {
  if (f.unit || !isAge(f.value)) return null;
  const m = /(?:\b[Tt]he|['’]s)\s+(?:\p{Ll}+\s+)?(\p{Ll}{3,}),\s*$/u.exec(text.slice(Math.max(0, f.start - 40), f.start));
  if (!m || /s$/.test(m[1]) || !/^\s*,/.test(text.slice(f.end, f.end + 2))) return null;
  return m[1];
}

/**
 * The class of the thing a "years old" figure describes, when it is no person: the subject of
 * "X is N years old" (past an apposition: "The machine, an Airbus A321, is twelve years old"),
 * or the noun right before "X, N years old" ("Skyline Air's A321, nine years old"), or the noun
 * after "a N-year-old" ("a 47-year-old bridge"). Null when that noun is in no class.
 */
export function thingOfAge(text: string, sentStart: number, start: number, end: number): string | null {
  // "a 47-year-old bridge": the noun after the hyphenated age (the figure's text holds "-year-old", or the text after it does).
  const hyphenated = /year-old$/.test(text.slice(start, end)) ? /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 30)) : /^-years?-old\s+([\p{L}-]+)/u.exec(text.slice(end, end + 30));
  const noun = hyphenated?.[1] ?? null;
  if (noun && THING_CLASSES[normWord(noun)]) return THING_CLASSES[normWord(noun)];
  const before = text.slice(sentStart, start);
  // "The aircraft is", "The machine, an Airbus A321, is", "A321, nine years old"
  const subject = /^\W*(?:the|a|an|its|their|this|that)?\s*(?:[\p{Lu}][\p{L}'’]*\s+)*?([\p{L}-]+)(?:\s*,[^,]{1,40},)?\s+(?:is|was|are|were)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/iu.exec(before);
  const word = subject?.[1];
  if (word && THING_CLASSES[normWord(word)]) return THING_CLASSES[normWord(word)];
  return null;
}

/**
 * The unnamed person an age describes by a noun (`PERSON_AGE_NOUNS`): "a 14-year-old boy" (the
 * noun after a hyphenated age), "a boy of 15 years", "a woman aged 71" (the noun before "of" or
 * "aged"). Its key is the noun's ("kid" = "boy").
 */
export function nounOfAge(text: string, start: number, end: number): string | null {
  const after = /year-old$/.test(text.slice(start, end)) ? /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 30)) : /^-years?-old\s+([\p{L}-]+)/u.exec(text.slice(end, end + 30));
  const noun = after ? PERSON_AGE_NOUNS[normWord(after[1])] : undefined;
  if (noun) return noun;
  const before = /\b(?:[Aa]|[Aa]n|[Tt]he)\s+([\p{Ll}-]+)\s+(?:of|aged)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  const tail = /^(?:\s*years?(?:\s+old)?)?\s*(?:[,.;)]|$|\s+(?:and|was|is|were|who|had|has|died|from|in|on|at)\b)/u.test(text.slice(end, end + 14));
  return before && tail ? PERSON_AGE_NOUNS[normWord(before[1])] ?? null : null;
}

/**
 * The person "The 45-year-old" opening a sentence refers back to: the one person the sentence
 * before names (the last one when it names several is no safer than none: null).
 */
export function antecedentOfAge(a: Analysis, sentStart: number, start: number, end: number): string | null {
  const text = a.document.text;
  if (!/^\W*the\s+$/i.test(text.slice(sentStart, start))) return null;
  // "The 45-year-old had taken …": a verb or adverb follows, not a noun of its own.
  if (!/^(?:-years?-old)?\s+(?:had|has|was|is|said|told|faces|faced|denied|admitted|pleaded|will|would|also|who)\b/i.test(text.slice(end, end + 24))) return null;
  const prevEnd = text.slice(0, sentStart).search(/\s*$/);
  const prevStart = Math.max(text.lastIndexOf(". ", prevEnd - 2) + 1, 0);
  const names = new Set(personMentions(a).filter(([s, e]) => s >= prevStart && e <= prevEnd).map(([, , n]) => n));
  return names.size === 1 ? [...names][0] : null;
}
