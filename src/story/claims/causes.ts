/**
 * Cause claims: what an article says caused the story's incident ("investigators believe it was
 * sparked by a downed power line", "Officials said the fire was started by lightning",
 * "examining a gas leak … as the likely cause"). A sentence counts when it has a cause cue and
 * names exactly one cause class of `CAUSE_CLASSES`; a cause the sentence takes back ("ruled out
 * arson") is none.
 */
import type { Analysis } from "../../types.js";
import type { CauseClaim } from "./types.js";
import { CAUSE_CLASSES, CAUSE_CUES, CAUSE_DENIALS } from "../../lexicons/en/causes.js";
import { INCIDENT_WORDS } from "../../lexicons/en/incidents.js";
import { evidenceFor } from "./evidence.js";
import { sentenceWords } from "./text.js";

const PATTERNS: [string, RegExp][] = CAUSE_CLASSES.map(([cls, phrases]) => [cls, new RegExp(String.raw`\b(?:${phrases.map((p) => p.replace(/[-]/g, "\\-").replace(/\s+/g, "\\s+")).join("|")})\b`, "i")]);

/** The cause claims of one article. */
export function causeClaims(a: Analysis): CauseClaim[] {
  const text = a.document.text;
  const out: CauseClaim[] = [];
  for (const s of sentenceWords(text)) {
    const sent = text.slice(s.sentence.start, s.sentence.end);
    if (!CAUSE_CUES.test(sent)) continue;
    const hits: { cls: string; start: number; end: number }[] = [];
    for (const [cls, re] of PATTERNS) {
      const m = re.exec(sent);
      if (m) hits.push({ cls, start: s.sentence.start + m.index, end: s.sentence.start + m.index + m[0].length });
    }
    if (hits.length !== 1) continue;
    const [hit] = hits;
    // "ruled out arson", "denied that a gas leak …": the clause before the cause takes it back.
    const clauseBefore = text.slice(Math.max(s.sentence.start, text.lastIndexOf(",", hit.start - 1) + 1), hit.start);
    if (CAUSE_DENIALS.test(clauseBefore)) continue;
    // The incident the cause is of, not a word of the cause itself ("a gas leak" names no leak incident).
    const incident = s.words.filter((w) => w.end <= hit.start || w.start >= hit.end).map((w) => INCIDENT_WORDS[w.norm]).find((c) => c !== undefined && c !== "landing" && c !== "mourning") ?? null;
    out.push({ kind: "cause", cls: incident, cause: hit.cls, evidence: evidenceFor(a, hit.start, hit.end) });
  }
  return out;
}
