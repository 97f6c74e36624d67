import type { QuoteDraft } from "./QuoteCandidate.js";
import { draftsBySentence } from "./draftsBySentence.js";
import { REPORTING_LEMMA } from "./cueLexicon.js";
import { CLAUSE_REPORTING_LEMMAS } from "../../lexicons/en/reportingVerbs.js";

/** Does the draft report a clause with a clause-reporting verb ("said", "reported"; not "pledged €500 million")? */
const reportsClause = (d: QuoteDraft) => !!d.cue && CLAUSE_REPORTING_LEMMAS.has(REPORTING_LEMMA.get(d.cue.text.toLowerCase()) ?? "");

/**
 * "Reuters reported that unconfirmed sources said the toll could rise", "The ministry said the
 * talks had failed, the state news agency reported": a quote whose content holds another
 * quote's whole attribution (its speaker, cue and content) relays that quote. The inner quote is
 * kept, credited to its own speaker (the innermost, as the gold guidelines credit nested
 * attribution) with the relay as its `via`; the relaying quote is dropped. Only reported
 * clauses with clause-reporting cues relay this way (not "said that allies pledged €500 million
 * …"); a cue inside a quotation is `nestReportedSpeech`'s.
 */
export function relayAsVia(drafts: QuoteDraft[]): QuoteDraft[] {
  const bySentence = draftsBySentence(drafts);
  const dropped = new Set<QuoteDraft>();
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    for (const outer of list) {
      const cue = outer.cue;
      if (outer.type === "direct" || !cue || !reportsClause(outer) || !outer.speaker || outer.via) continue;
      const within = (d: QuoteDraft) => !!d.cue && (d.speaker?.mention?.start ?? -1) >= outer.content.start && d.cue.start >= outer.content.start && d.cue.end <= outer.content.end && d.content.start >= outer.content.start && d.content.end <= outer.content.end + 2;
      const inner = list.find((d) => d !== outer && !dropped.has(d) && d.type !== "direct" && reportsClause(d) && within(d));
      if (!inner) continue;
      inner.via = { name: outer.speaker.name, span: outer.speaker.mention ?? cue };
      dropped.add(outer);
    }
  }
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}
