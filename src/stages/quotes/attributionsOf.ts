import type { Attribution, Quote, Span } from "../../types.js";
import type { ExtractedAttribution } from "../../model/attribution/assemble.js";
import { withComplementizer, withQuoteMarks } from "../../model/attribution/polnearContent.js";
import { SpanBuckets } from "../../util/SpanBuckets.js";
import { quoteChains } from "./quoteChains.js";

/**
 * The attributions layer (`Attribution`, `docs/FORMATS.md`): every attribution the learned model
 * found, with its own (PolNeAR-style) extents, then the quotes no model attribution overlaps (the
 * rules' fallback: a continuation chain becomes one attribution, its contents in PolNeAR's
 * convention by `withQuoteMarks` / `withComplementizer`, its source the model's extent when the
 * quote has one, else the speaker's mention). Each attribution links to the first quote whose
 * content overlaps its content (`quote`).
 *
 * Why the model's attributions win over the quotes here, and not in `quotes`: PolNeAR annotates
 * every attribution (beliefs, intentions, denials), dossier's quote gold only statements, and the
 * model's extents are PolNeAR's (on PolNeAR dev the model's attributions plus the rule quotes it
 * lacks score exact source / cue / content 71.4 / 69.4 / 54.4; the quotes with the model's extents
 * 58.3 / 56.1 / 46.3, `scripts/tune-model-refiner.ts`).
 */
export function attributionsOf(text: string, quotes: readonly Quote[], model: readonly ExtractedAttribution[]): Attribution[] {
  const span = (s: { start: number; end: number }): Span => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const quoteAt = new SpanBuckets<{ start: number; end: number; id: string; order: number }>();
  quotes.forEach((q, order) => quoteAt.add({ start: q.content.start, end: q.content.end, id: q.id, order }));
  const linked = (pieces: readonly Span[]): string | null => {
    let best: { id: string; order: number } | null = null;
    for (const p of pieces) {
      quoteAt.some(p, (q) => {
        if (q.start < p.end && p.start < q.end && (!best || q.order < best.order)) best = q;
        return false;
      });
    }
    return best ? (best as { id: string }).id : null;
  };
  const out: Array<Omit<Attribution, "id">> = [];
  const covered = new SpanBuckets<{ start: number; end: number }>();
  for (const a of model) {
    const content = trimmedPieces(text, a.content.fragments).map(span);
    if (!content.length) continue;
    for (const c of content) covered.add(c);
    out.push({ source: a.source ? span(a.source) : null, cue: a.cue ? span(a.cue) : null, content, quote: linked(content), method: "model", score: a.score === undefined ? null : Math.round(a.score * 10) / 10 });
  }
  for (const chain of quoteChains(quotes)) {
    const pieces = chain.map((q, k) => (k === 0 ? withComplementizer(text, withQuoteMarks(text, q.content)) : withQuoteMarks(text, q.content)));
    if (pieces.some((p) => covered.some(p, (c) => c.start < p.end && p.start < c.end))) continue;
    const head = chain.find((q) => q.extents?.source || q.speaker?.mention);
    const withCue = chain.find((q) => q.extents?.cue || q.cue);
    out.push({
      source: head ? head.extents?.source ?? head.speaker?.mention ?? null : null,
      cue: withCue ? withCue.extents?.cue ?? withCue.cue : null,
      content: pieces.map(span),
      quote: chain[0].id,
      method: "rules",
      score: null,
    });
  }
  out.sort((x, y) => x.content[0].start - y.content[0].start || x.content[0].end - y.content[0].end);
  return out.map((a, i) => ({ id: `a${i + 1}`, ...a }));
}

/** Content pieces without their outer spaces (empty ones dropped). */
function trimmedPieces(text: string, fragments: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const f of fragments) {
    let { start, end } = f;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
