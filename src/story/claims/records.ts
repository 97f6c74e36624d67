/**
 * Record comparisons: "the deadliest calamity to hit the nation since the 1939 earthquake",
 * "the largest disaster since 1939", "one of the deadliest on record since 1939" — a superlative
 * measured against a year, with who the article credits it to (a speaker, or the outlet itself).
 */
import type { Analysis } from "../../types.js";
import type { ActorKeyFn, RecordClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { sentenceAt } from "./text.js";

const SUPERLATIVE = String.raw`(?:deadliest|worst|largest|biggest|strongest|most\s+(?:powerful|devastating|destructive|severe|serious|lethal)|greatest|costliest|heaviest|bloodiest)`;
/** "the deadliest … since (the) 1939", within one clause (no sentence stop, semicolon or second "since"). */
const RECORD = new RegExp(String.raw`\b${SUPERLATIVE}\b(?:(?!\bsince\b)[^.;:!?]){0,70}?\bsince\s+(?:the\s+)?((?:18|19|20)\d\d)\b`, "gi");
/** "X called it …", "X described it as …", "what X say is …" right before the superlative. */
const CALLED_BEFORE = /(?:\b(?:called|described|termed|dubbed|labelled|labeled)\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+(?:as\s+)?(?:the\s+|an?\s+|one\s+of\s+the\s+)?|\bwhat\s+[\w\s-]{2,40}?\s+(?:say|says|said|called|call|calls)\s+(?:is|was)\s+(?:the\s+|an?\s+|one\s+of\s+the\s+)?)$/i;
/** Words that credit a sentence to someone: such a sentence is not the outlet's own statement. */
const REPORTING = /\b(?:said|says|say|told|tells|according|stated|states|added|adds|noted|called|described|claimed|claims|announced|reported|reports|believes?|thinks?|warned|insisted|argued|wrote|tweeted|posted)\b/i;

/** The record comparisons of one article, each with its speaker. */
export function recordClaims(a: Analysis, key: ActorKeyFn): RecordClaim[] {
  const text = a.document.text;
  const out: RecordClaim[] = [];
  const persons = a.entities.filter((e) => e.type === "PER");
  for (const m of text.matchAll(RECORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sent = sentenceAt(text, start);
    const ev = evidenceFor(a, start, end);
    // 1. Inside a quotation or a reported statement with a speaker.
    const q = a.quotes.find((x) => x.speaker && x.content.start <= start && end <= x.content.end);
    if (q?.speaker) {
      const ent = q.speaker.entity ? a.entities.find((e) => e.id === q.speaker!.entity) : undefined;
      const person = ent?.type === "PER";
      out.push({ year: Number(m[1]), speakerName: q.speaker.name, speakerKey: key(q.speaker.name, person), speakerKind: person ? "person" : "organisation", evidence: ev });
      continue;
    }
    // 2. "Erdogan, the president of Turkey, called it the deadliest …": the person named first in the clause.
    const lead = text.slice(sent.start, start);
    if (CALLED_BEFORE.test(lead)) {
      const who = persons
        .flatMap((e) => e.mentions.filter((x) => x.kind === "name" && x.start >= sent.start && x.end <= start).map((x) => ({ e, x })))
        .sort((p, r) => p.x.start - r.x.start)[0];
      if (who) out.push({ year: Number(m[1]), speakerName: who.e.name, speakerKey: key(who.e.name, true), speakerKind: "person", evidence: ev });
      continue; // a speaker the sentence credits but that is not a person: left out
    }
    // 3. The outlet's own statement: no reporting word anywhere in the sentence.
    if (REPORTING.test(text.slice(sent.start, sent.end))) continue;
    out.push({ year: Number(m[1]), speakerName: null, speakerKey: null, speakerKind: "unknown", evidence: ev });
  }
  return out;
}
