/**
 * Counterparts of a fact some outlets leave out: in each outlet that does not carry it, the
 * sentence that tells the same thing without it ("The interior minister has ordered an inquiry"
 * against "Interior Minister Maren Voss ordered an inquiry"; "Rescuers were searching for the
 * missing" against "… 31 were missing"). An omission shown with both sides: what the carriers
 * say, and what the others say in its place. An outlet with no such sentence has no counterpart.
 */
import type { Evidence } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { STOP_WORDS, sentenceWords, spanOf } from "../claims/text.js";

/** Content words a counterpart must share with the fact's sentences (besides its numbers). */
const MIN_SHARED = 2;
/** Share of the closest carrier sentence's content words the counterpart must hold. */
const MIN_SHARE = 0.3;

/** Content words of normalised words: no stop words, no numbers, no one- or two-letter words. */
function content(norms: readonly string[]): Set<string> {
  return new Set(norms.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d/.test(w)));
}

/** The counterpart sentences, one per outlet of `missing` that has one, best match first. */
export function counterparts(evidence: readonly Evidence[], missing: readonly StoryDoc[]): Evidence[] {
  const facts = evidence.map((e) => content(sentenceWords(e.sentence.text).flatMap((s) => s.norms))).filter((s) => s.size > 0);
  const out: { ev: Evidence; score: number }[] = [];
  for (const d of missing) {
    const text = d.analysis.document.text;
    let best: { ev: Evidence; score: number } | null = null;
    for (const s of sentenceWords(text)) {
      const mine = content(s.norms);
      for (const f of facts) {
        let shared = 0;
        for (const w of f) if (mine.has(w)) shared++;
        const score = shared / f.size;
        if (shared < MIN_SHARED || score < MIN_SHARE || (best && best.score >= score)) continue;
        const span = spanOf(text, s.sentence.start, s.sentence.end);
        best = { score, ev: { docId: d.analysis.document.id, outlet: d.outlet, published: d.analysis.document.published, span, sentence: span } };
      }
    }
    if (best) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score).map((x) => x.ev);
}
