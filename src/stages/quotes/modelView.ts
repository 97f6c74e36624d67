/**
 * What the learned attribution model says about an analysed document (`modelView`): its
 * attributions over the pipeline's own tokens and sentences, with the rule quotes' roles as
 * features, read in windows of whole paragraphs on long texts. `combineWithModel.ts` combines it
 * with the rule quotes.
 */
import type { Layers, Quote } from "../../types.js";
import type { AttributionModel } from "../../model/attribution/AttributionModel.js";
import type { ExtractedAttribution } from "../../model/attribution/assemble.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../model/attribution/defaultAttributionModel.js";
import { ruleAttributions, type RuleChain } from "../../model/attribution/ruleAttributions.js";
import { ruleRoles } from "../../model/attribution/ruleRoles.js";
import { tokenizedFromLayers } from "../../model/attribution/tokens.js";
import { REPORTING_LEMMA } from "./cueLexicon.js";
import { CLAUSE_REPORTING_LEMMAS } from "../../lexicons/en/reportingVerbs.js";

/** What the model says about one document (computed once; the settings only combine it). */
export interface ModelView {
  chains: RuleChain[];
  attributions: ExtractedAttribution[];
}

let model: AttributionModel | null | undefined;

/** The bundled model, or null when it is absent or was trained for other features. */
export function bundledModel(): AttributionModel | null {
  if (model === undefined) {
    try {
      model = hasDefaultAttributionModel() ? getDefaultAttributionModel() : null;
    } catch {
      model = null;
    }
  }
  return model;
}

/**
 * Texts of more than this many tokens are read by the model in windows of whole paragraphs of
 * about this size (`modelView`), like the NER model's windows (`NER_WINDOW`); a long article has
 * about 12,000 tokens.
 */
export const MODEL_WINDOW = 100_000;

/**
 * Sentences on each side of a window the model also reads (their cues are another window's):
 * more than any feature looks across (the neighbouring sentences, two tokens) and than a cue's
 * argument window (two sentences before, three after).
 */
const WINDOW_MARGIN = 4;

/**
 * Runs the model over an analysed document with its rule quotes. With `rulesOnly` (the shipped
 * settings add no quote of the model's own) cues are looked for only in sentences that hold part
 * of a rule quote, so the model's cost follows the quotes, not the text.
 *
 * A text of more than `window` tokens is read in windows of whole paragraphs, each with
 * `WINDOW_MARGIN` sentences of context on both sides, keeping the cues that start inside the
 * window: the model's working memory (its per-token features, scores and atoms, some hundred
 * bytes a token) then follows the window, not the text. Every feature and argument window of
 * such a cue is the one of the whole text; only the first stage's decoding may differ near a
 * window's edge.
 */
export function modelView(text: string, layers: Layers, rules: readonly Quote[], m: AttributionModel, focusOn: "rules" | "cues" | "all" = "all", window = MODEL_WINDOW): ModelView {
  const chains = ruleAttributions(rules);
  const S = layers.sentences;
  if (!layers.tokens.length) return { chains, attributions: [] };
  if (layers.tokens.length <= window) return { chains, attributions: viewOf(text, layers, S, 0, S.length, 0, S.length, chains, m, focusOn) };
  const attributions: ExtractedAttribution[] = [];
  for (let from = 0; from < S.length; ) {
    let to = from + 1;
    let n = S[from].tokenEnd - S[from].tokenStart;
    while (to < S.length && (n < window || S[to].paragraph === S[to - 1].paragraph)) {
      n += S[to].tokenEnd - S[to].tokenStart;
      to++;
    }
    const a = Math.max(0, from - WINDOW_MARGIN);
    const b = Math.min(S.length, to + WINDOW_MARGIN);
    for (const x of viewOf(text, layers, S, a, b, from, to, chains, m, focusOn)) attributions.push(x);
    from = to;
  }
  // (each window's are in content order; a stable sort keeps cue order on a tie, as one reading)
  return { chains, attributions: attributions.sort((x, y) => x.content.start - y.content.start) };
}

/**
 * The model's attributions over the sentences `[a, b)` whose cue starts in the sentences
 * `[from, to)`, with token indices (`cueFirst`) of the whole text.
 */
function viewOf(text: string, layers: Layers, S: Layers["sentences"], a: number, b: number, from: number, to: number, chains: RuleChain[], m: AttributionModel, focusOn: "rules" | "cues" | "all"): ExtractedAttribution[] {
  const whole = a === 0 && b === S.length;
  const t0 = whole ? 0 : S[a].tokenStart;
  const t1 = whole ? layers.tokens.length : S[b - 1].tokenEnd;
  const sentences = whole ? S : S.slice(a, b).map((s) => ({ tokenStart: s.tokenStart - t0, tokenEnd: s.tokenEnd - t0, paragraph: s.paragraph }));
  const tokens = whole ? layers.tokens : layers.tokens.slice(t0, t1).map((t) => ({ start: t.start, end: t.end, text: t.text, pos: t.pos, sentence: t.sentence - a }));
  const doc = tokenizedFromLayers(text, sentences, tokens);
  if (!doc.tokens.length) return [];
  const view = ruleRoles(doc, chains);
  let focus: Uint8Array | undefined;
  if (focusOn !== "all") {
    focus = new Uint8Array(doc.sentences.length);
    let any = false;
    for (let i = 0; i < doc.tokens.length; i++) {
      // (with "cues", also the sentences where an added quote could come from: a reporting verb
      // of `CLAUSE_REPORTING_LEMMAS` or "according")
      if (view.role[i] || (focusOn === "cues" && clauseCueWord(layers.tokens[t0 + i]?.norm ?? ""))) {
        focus[doc.tokens[i].sentence] = 1;
        any = true;
      }
    }
    if (!any) return [];
  }
  const out = m.extractFrom(doc, undefined, view, focus);
  if (whole) return out;
  const lo = S[from].tokenStart - t0;
  const hi = S[to - 1].tokenEnd - t0;
  return out.filter((x) => x.cueFirst !== undefined && x.cueFirst >= lo && x.cueFirst < hi).map((x) => ({ ...x, cueFirst: x.cueFirst! + t0 }));
}

/** A word that can head a cue the refiner adds (`clauseCue`). */
export function clauseCueWord(w: string): boolean {
  return w === "according" || CLAUSE_REPORTING_LEMMAS.has(REPORTING_LEMMA.get(w) ?? "");
}
