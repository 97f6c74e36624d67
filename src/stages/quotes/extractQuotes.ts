import type { Entity, NewsDocument, Paragraph, Quote, Sentence, Span, Stage, StageContext, Token } from "../../types.js";
import { accordingToAsVia } from "./accordingToAsVia.js";
import { relayAsVia } from "./relayAsVia.js";
import { dropCutQuotations } from "./dropCutQuotations.js";
import { dropOverlappingQuotes } from "./dropOverlappingQuotes.js";
import { findAccordingTo } from "./findAccordingTo.js";
import { findAttributionSentences } from "./findAttributionSentences.js";
import { findBareSegments } from "./findBareSegments.js";
import { findDirectQuotes } from "./findDirectQuotes.js";
import { findFragmentQuotes } from "./findFragmentQuotes.js";
import { findHeadlineQuotes } from "./findHeadlineQuotes.js";
import { findIndirectQuotes } from "./findIndirectQuotes.js";
import { findNominalQuotes } from "./findNominalQuotes.js";
import { nestReportedSpeech } from "./nestReportedSpeech.js";
import { orderCandidates, type QuoteCandidate, type QuoteDraft } from "./QuoteCandidate.js";
import { createQuoteContext, type QuoteContext } from "./QuoteContext.js";
import { settleCandidates } from "./settleCandidates.js";
import { speakerFromNextParagraph } from "./speakerFromNextParagraph.js";
import { speakerFromNextSentence } from "./speakerFromNextSentence.js";
import { refineWithModel } from "./refineWithModel.js";

/**
 * The finders, each proposing candidates from the document alone (no finder sees another's
 * output). Their rank in `order` decides who claims a cue or a quotation first:
 * 0 direct quotes (quotation marks with an attribution next to them) before
 * 1 headlines, indirect and "according to" quotes (sentence by sentence, by cue position) before
 * 2 quoted fragments ("described it as “…”") before
 * 3 bare quotations (continuations and unattributed quotes).
 */
const FINDERS: readonly ((ctx: QuoteContext) => QuoteCandidate[])[] = [
  findDirectQuotes, // “…,” X said / X said: “…” / “…” — X
  findHeadlineQuotes, // "Blinken: Gaza ceasefire push may be 'last opportunity'"
  findIndirectQuotes, // X said (that) …, …, X said, The deal, X said, could …, …, adding …
  findAccordingTo, // according to X, …
  findAttributionSentences, // "The toll has risen to 143. The committee reported."
  findNominalQuotes, // put the toll at 412, the minister's announcement that …
  findFragmentQuotes, // described the talks as “…”
  findBareSegments, // “…” with no attribution of its own
];

/**
 * Finds direct, indirect and mixed quotes with their speakers, cues and contents.
 *
 * Refiners, in order:
 * 1. `settleCandidates` accepts candidates in rank order, claiming cues and quotations, taking
 *    inherited subjects and continuations and resolving speakers (one pass: each step reads
 *    the quotes accepted before the candidate; see there);
 * 2. `speakerFromNextParagraph` gives unattributed paragraph quotations the speaker of the
 *    attributed one that ends their run (after 1, which leaves them unattributed);
 * 2b. `speakerFromNextSentence` gives a quotation without attribution the speaker of the next
 *    sentence's quotation when that one's attribution trails it in the same paragraph (after 1,
 *    which accepts that quote and leaves this one unattributed or unheld; after 2, which gives
 *    paragraph runs their speaker first);
 * 2c. `dropCutQuotations` drops quotations without a cue that the excerpt cuts off in its last
 *    paragraph (after 2 and 2b, which give them a speaker from a neighbour: none is visible);
 * 3. `accordingToAsVia` folds "according to X" into the other quote of its sentence (after 1,
 *    so both are known; before 6, so the folded one cannot displace another);
 * 4. `relayAsVia` keeps a quote relayed by another ("Reuters reported that sources said …", "X
 *    said …, the agency reported") with the relay as its `via`, dropping the relay (after 3, so
 *    a quote with an "according to" source is not taken for a relay);
 * 5. `nestReportedSpeech` marks reported speech inside a quotation ("“He told me that …,” she
 *    said") with the quoted speaker as its `via` (after 3 and 4, which set `via` for relays);
 * 6. `dropOverlappingQuotes` keeps the more confident of overlapping quotes, and the nested ones
 *    beside theirs (last, over the final confidences and nesting).
 */
export function extractQuotes(doc: Readonly<NewsDocument>, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[], entities: readonly Entity[], ctx: StageContext): Quote[] {
  const qc = createQuoteContext(doc.text, paragraphs, sentences, tokens, entities, ctx.report);
  const cands: QuoteCandidate[] = [];
  for (const find of FINDERS) for (const c of find(qc)) cands.push(c);
  let drafts = settleCandidates(qc, orderCandidates(cands));
  drafts = speakerFromNextParagraph(qc, drafts);
  drafts = speakerFromNextSentence(qc, drafts);
  drafts = dropCutQuotations(qc, drafts);
  drafts = accordingToAsVia(drafts);
  drafts = relayAsVia(drafts);
  drafts = nestReportedSpeech(doc.text, drafts);
  return toQuotes(doc.text, dropOverlappingQuotes(drafts));
}

/** Numbers the kept drafts q1, q2, … in text order and links continuations by id. */
function toQuotes(text: string, kept: readonly QuoteDraft[]): Quote[] {
  const ids = new Map<QuoteDraft, string>();
  kept.forEach((d, i) => ids.set(d, `q${i + 1}`));
  return kept.map((d) => {
    const q: Quote & { via?: { name: string; span: Span } } = {
      id: ids.get(d)!,
      type: d.type,
      speaker: d.speaker,
      cue: d.cue,
      content: { start: d.content.start, end: d.content.end, text: text.slice(d.content.start, d.content.end) },
      continues: d.continues ? ids.get(d.continues) ?? null : null,
      method: d.method,
      confidence: d.confidence,
    };
    if (d.via) q.via = d.via;
    return q;
  });
}

/**
 * Stage: quotes. The rules above propose; the learned attribution model (`refineWithModel.ts`,
 * when its file is bundled) scores and bounds their quotes and adds the ones it is sure of; the
 * attributions layer holds every attribution it found (`attributionsOf.ts`).
 */
export const quotesStage: Stage<"quotes" | "attributions"> = {
  name: "quotes",
  requires: ["paragraphs", "sentences", "tokens", "entities"],
  produces: ["quotes", "attributions"],
  run(doc, layers, ctx) {
    const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx);
    return refineWithModel(doc.text, layers, rules);
  },
};

/** Stage: the quote rules alone (the model's training input, and an ablation in `dossier eval`). */
export const ruleQuotesStage: Stage<"quotes"> = {
  name: quotesStage.name,
  requires: quotesStage.requires,
  produces: ["quotes"],
  run(doc, layers, ctx) {
    return { quotes: extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx) };
  },
};
