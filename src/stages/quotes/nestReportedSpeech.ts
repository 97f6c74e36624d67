import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * Reported speech inside a quotation: "“He told me that the government accepts the plan,” she
 * said". The inner quote (his words, reported by her) is kept beside hers with her as its `via`,
 * instead of being dropped as an overlap. Not when the inner speaker is the quoted person
 * herself ("I told them that …", "we said …"): that is just her quote. Only clauses reported
 * with "that" ("he told me that …"): the other shapes inside quotations are too often not speech.
 */
export function nestReportedSpeech(text: string, drafts: QuoteDraft[]): QuoteDraft[] {
  for (const d of drafts) {
    if (!d.cue || d.type === "direct" || !d.speaker?.mention || /^(i|we|you|me|us)$/i.test(d.speaker.mention.text)) continue;
    // (only a clause reported with "that": "he told me that …", not "he told me ‘we will win’ and …")
    if (!/\bthat\s*$/.test(text.slice(d.cue.end, d.content.start))) continue;
    const cue = d.cue;
    const outer = drafts.find((o) => o !== d && (o.type === "direct" || o.type === "mixed") && o.segment && o.segment.start <= cue.start && d.content.end <= o.segment.end + 1 && o.content.start <= d.content.start && d.content.end <= o.content.end);
    if (!outer || !outer.speaker) continue;
    d.nestedIn = outer;
    d.via = { name: outer.speaker.name, span: outer.speaker.mention ?? outer.cue ?? { start: outer.content.start, end: outer.content.end, text: "" } };
  }
  return drafts;
}
