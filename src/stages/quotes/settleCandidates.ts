import type { QuoteCandidate, QuoteDraft } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { namesSomeone } from "./QuoteContext.js";
import type { QuoteSegment } from "./quoteSegments.js";
import { lastDraftBefore } from "./lastDraftBefore.js";
import { draftIndex, firstDraftAround } from "./DraftIndex.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";
import { speakerOf } from "./speakerOf.js";
import type { TokenRange } from "./speakerPhrase.js";

/**
 * Accepts candidates one by one in acceptance order (direct quotes, then headlines and
 * indirect quotes sentence by sentence, then fragments, then bare quotations). Each candidate
 * goes through four steps; each needs the quotes accepted before it, which is why this is one
 * pass in that order and not four passes:
 * 1. `claimable`: its cue and (per `rejectIf`) its quotations are not held by an earlier quote,
 *    and a fragment or bare quotation is not inside one (claims by priority: the earlier finder wins);
 * 2. `inheritSubject`: ", adding …", "… and said …" take the speaker of the sentence's first
 *    accepted quote (so that quote must be accepted first);
 * 3. `attachContinuation`: a bare quotation continues the last quote before it, takes its
 *    speaker, or stays unattributed (after 1, so it sees every attributed quote before it);
 * 4. `speakerOf`: the phrase is resolved to an entity; pronouns and descriptions read the
 *    speakers accepted before (the newswire convention "“…,” he said" after a named speaker).
 */
export function settleCandidates(ctx: QuoteContext, ordered: readonly QuoteCandidate[]): QuoteDraft[] {
  const accepted: QuoteDraft[] = [];
  const cues = new Set<number>();
  const segments = new Set<QuoteSegment>();
  for (const c of ordered) {
    if (!claimable(c, accepted, cues, segments)) continue;
    let draft: QuoteDraft | null;
    if (c.bare) draft = attachContinuation(ctx, c, accepted);
    else {
      const np = c.subject ? inheritSubject(ctx, c, accepted) : c.np;
      if (c.subject && !np) continue;
      const sp = c.speaker ?? speakerOf(ctx, np, accepted);
      const [withEntity, without] = c.confidence;
      draft = { type: c.type, np, speaker: sp.speaker, cue: c.cue, content: c.content, continues: null, method: `${c.method}+${sp.method}`, confidence: sp.speaker?.entity ? withEntity : without, sentence: c.sentence, segment: c.segment };
    }
    if (!draft) continue;
    if (c.cueToken >= 0) cues.add(c.cueToken);
    for (const sg of c.claims) segments.add(sg);
    accepted.push(draft);
  }
  return accepted;
}

function claimable(c: QuoteCandidate, accepted: readonly QuoteDraft[], cues: ReadonlySet<number>, segments: ReadonlySet<QuoteSegment>): boolean {
  if (c.cueToken >= 0 && cues.has(c.cueToken)) return false;
  if (c.rejectIf === "any" && c.claims.some((sg) => segments.has(sg))) return false;
  const seg = c.segment;
  if (c.notInsideAnother && seg && firstDraftAround(accepted, seg.start, seg.end, 1)) return false;
  return true;
}

function inheritSubject(ctx: QuoteContext, c: QuoteCandidate, accepted: readonly QuoteDraft[]): TokenRange | null {
  const sub = c.subject!;
  const host = (draftIndex(accepted).bySentence.get(c.sentence) ?? []).find((d) => (!sub.needsNp || d.np) && (sub.before === undefined || (d.np && d.np.to <= sub.before)));
  const np = host ? host.np ?? sub.withHost : sub.alone;
  if (!np) return null;
  if (sub.mustName && !namesSomeone(ctx, np)) return null;
  if (sub.verbAt !== undefined && !(np.to < sub.verbAt && ctx.tokens.slice(np.to, sub.verbAt).some((x) => x.pos === "VERB"))) return null;
  return np;
}

/** Does the quotation open its sentence? */
function startsSentence(ctx: QuoteContext, seg: QuoteSegment): boolean {
  const s = ctx.sentences[spanIndexAt(ctx.sentences, seg.open)];
  return !!s && seg.open <= s.start + 1;
}

/** A quotation no finder attributed: a continuation of the quote before, that quote's speaker's, unattributed, or nothing. */
function attachContinuation(ctx: QuoteContext, c: QuoteCandidate, accepted: readonly QuoteDraft[]): QuoteDraft | null {
  const seg = c.segment!;
  const { words, startsParagraph, afterColon } = c.bare!;
  const prev = lastDraftBefore(accepted, seg.start, true);
  const prevPara = prev ? ctx.sentences[prev.sentence]?.paragraph ?? -1 : -1;
  let method: string;
  let confidence: number;
  let continues: QuoteDraft | null = null;
  if (prev && prev.speaker && prev.segment && prev.segment.close < 0 && prevPara === seg.paragraph - 1 && startsParagraph) {
    method = "pattern:continuation-paragraph";
    confidence = 0.85;
    continues = prev;
  } else if (prev && prev.speaker && prev.type === "direct" && prevPara === seg.paragraph && words >= 3) {
    method = "pattern:continuation-sentence";
    confidence = 0.8;
    continues = prev;
  } else if (prev && prev.speaker && ((startsParagraph && prevPara >= seg.paragraph - 1) || (prevPara === seg.paragraph && prev.sentence === c.sentence - 1 && startsSentence(ctx, seg))) && words >= 4) {
    // (also a quoted sentence right after the speaker's reported one: "X vowed to … . “The main thing …”")
    method = "pattern:previous-speaker";
    confidence = 0.6;
  } else if (words >= 4 && (startsParagraph || afterColon)) {
    method = "pattern:unattributed";
    confidence = 0.3;
  } else return null;
  return {
    type: "direct",
    np: continues?.np ?? (method === "pattern:previous-speaker" ? prev!.np : null),
    speaker: method === "pattern:unattributed" ? null : prev!.speaker,
    cue: null,
    content: c.content,
    continues,
    method,
    confidence,
    sentence: c.sentence,
    segment: seg,
  };
}
