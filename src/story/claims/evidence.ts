/** Evidence for a claim: its span and sentence, and the people and places its sentence names. */
import type { Analysis, Span } from "../../types.js";
import type { Evidence } from "../StoryReport.js";
import type { ActorKeyFn } from "./types.js";
import { sentenceAt, spanOf } from "./text.js";

/** The evidence of `[start, end)` in an article: the span and the sentence around it. */
export function evidenceFor(a: Analysis, start: number, end: number): Evidence {
  const text = a.document.text;
  const sentence = sentenceAt(text, start);
  return {
    docId: a.document.id,
    outlet: a.document.outlet,
    published: a.document.published,
    span: spanOf(text, start, end),
    sentence: { start: sentence.start, end: Math.max(sentence.end, Math.min(end, text.length)), text: text.slice(sentence.start, Math.max(sentence.end, end)) },
  };
}

/**
 * Actor keys of people and places named (by name) in `[start, end)`, leaving out `skip` (the
 * cited source). Two claims naming different people or places are about different occasions.
 */
export function namesIn(a: Analysis, key: ActorKeyFn, start: number, end: number, skip: Span | null | undefined): string[] {
  const out = new Set<string>();
  for (const e of a.entities) {
    if (e.type !== "PER" && e.type !== "GPE" && e.type !== "LOC") continue;
    for (const m of e.mentions) {
      if (m.kind !== "name" || m.start < start || m.end > end) continue;
      if (skip && m.start < skip.end && skip.start < m.end) continue;
      out.add(key(e.name, e.type === "PER"));
    }
  }
  return [...out].sort();
}
