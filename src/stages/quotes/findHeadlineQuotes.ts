import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { segmentsIn, tokenSpan, trimContent } from "./QuoteContext.js";
import { personBySurname } from "./people.js";

/**
 * A headline "NAME: clause" ("Blinken: Gaza ceasefire push may be 'last opportunity'", "Hamas:
 * US proposal gives Israel cover"): a paragraph of one sentence without a final full stop, a
 * person or organisation named from its start to the colon, and at least three words after it.
 * A place before the colon is a topic, not a speaker ("Gaza: death toll rises").
 */
export function findHeadlineQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const T = ctx.tokens;
  const out: QuoteCandidate[] = [];
  for (const s of ctx.sentences) {
    const p = ctx.paragraphs[s.paragraph];
    if (!p || p.start !== s.start || p.end !== s.end || /[.!]$/.test(s.text)) continue;
    let colon = -1;
    for (let i = s.tokenStart + 1; i < Math.min(s.tokenEnd, s.tokenStart + 6); i++) {
      if (T[i].text === ":") {
        colon = i;
        break;
      }
    }
    if (colon < 0 || s.tokenEnd - colon - 1 < 3) continue;
    const from = T[s.tokenStart].start;
    const to = T[colon - 1].end;
    const named = ctx.mentions.inside(from, to).some((m) => (m.entity.type === "PER" || m.entity.type === "ORG") && m.mention.start === from && m.mention.end === to);
    // ("Trump: …" where the headline's word is no mention, the model being unsure of title case:
    // a person named in full in the article, whose surname it is)
    const person = named ? null : personBySurname(ctx, ctx.text.slice(from, to));
    if (!named && !person) continue;
    const content = trimContent(ctx.text, T[colon + 1].start, s.end, true);
    const segs = segmentsIn(ctx, content.start, content.end);
    out.push({
      type: segs.length ? "mixed" : "indirect",
      np: { from: s.tokenStart, to: colon },
      cue: tokenSpan(ctx, colon, colon + 1),
      cueToken: -1,
      content,
      claims: segs,
      rejectIf: "any",
      method: "pattern:headline-colon",
      confidence: [0.6, 0.6],
      sentence: s.index,
      order: [1, s.index, 0],
      speaker: person ? { speaker: { entity: person.id, name: person.name, mention: { start: from, end: to, text: ctx.text.slice(from, to) } }, method: "speaker:surname" } : undefined,
    });
  }
  return out;
}
