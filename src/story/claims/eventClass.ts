/**
 * What an outlet calls a second event of the story, and what it says it was not: "another 7.7
 * magnitude aftershock" / "it was “not an aftershock”", "a second blast" / "the second blast was
 * not an attack". Compared across outlets as a label of "the second event"
 * (compare/framing.ts): one outlet's class that another outlet denies is a label difference.
 */
import type { Analysis } from "../../types.js";
import type { LabelClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { sentenceAt } from "./text.js";

/** The actor key under which classes of the second event are listed. */
export const SECOND_EVENT = "event:second";

/** "another 7.7 magnitude aftershock", "a second quake", "the second earthquake": the class noun after the cue. */
const SECOND_CLASS = /\b(?:another|a\s+second|the\s+second)\s+((?:[\d.,]+[-\s]+)?(?:(?:magnitude|powerful|strong|major|large|massive|deadly|severe|huge|big|smaller)[-\s]+){0,3}([a-z]+))\b/gi;
/** "it was “not an aftershock”", "the second quake is not an aftershock": a denied class. */
const NOT_CLASS = /\b(?:it|this|that|the\s+(?:second|latest|other|new|later)\s+[a-z]+)\s+(?:was|is|had\s+been|has\s+been|were|are)\s+(["“‘']?not\s+an?\s+([a-z-]+)["”’']?)/gi;
/** Cues that a sentence is about a second event ("the second quake", "another tremor"). */
const SECOND_CUE = /\b(?:another|a\s+second|the\s+second|second\s+(?:quake|earthquake|tremor|blast|explosion|attack|shock))\b/i;
/** Nouns too general to be a class ("another one", "a second time"). */
const NOT_A_CLASS = new Set(["one", "time", "day", "week", "month", "year", "person", "people", "man", "woman", "round", "term", "chance", "look", "way", "of", "and", "the", "in", "to"]);

export function eventClassClaims(a: Analysis): LabelClaim[] {
  const text = a.document.text;
  const out: LabelClaim[] = [];
  for (const m of text.matchAll(NOT_CLASS)) {
    const noun = m[2].toLowerCase();
    if (NOT_A_CLASS.has(noun)) continue;
    const sent = sentenceAt(text, m.index!);
    // The subject must be the second event: named so, or "it" right after a sentence about it.
    const prev = sent.start > 0 ? sentenceAt(text, Math.max(0, sent.start - 2)) : null;
    const aboutSecond = SECOND_CUE.test(m[0]) || SECOND_CUE.test(text.slice(sent.start, m.index!)) || (/^(?:it|this|that)$/i.test(m[0].split(/\s+/)[0]) && prev !== null && SECOND_CUE.test(text.slice(prev.start, prev.end)));
    if (!aboutSecond) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ actorKey: SECOND_EVENT, actorName: "the second event", text: m[1], evidence: evidenceFor(a, start, start + m[1].length), kind: "class", classNoun: noun, negated: true });
  }
  for (const m of text.matchAll(SECOND_CLASS)) {
    const noun = m[2].toLowerCase();
    if (NOT_A_CLASS.has(noun)) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    if (out.some((l) => l.evidence.span.start < start + m[1].length && start < l.evidence.span.end)) continue;
    out.push({ actorKey: SECOND_EVENT, actorName: "the second event", text: m[1], evidence: evidenceFor(a, start, start + m[1].length), kind: "class", classNoun: noun, negated: false });
  }
  return out;
}
