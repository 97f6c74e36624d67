/**
 * Evaluation runners: dossier (and, with `peers`, other libraries and baselines) on TempEval-3
 * time expressions and PolNeAR quote attribution. Each returns one report with a stable, flat
 * metric map per system (all values in 0..1). CoNLL-2003 NER is in `evalNer.ts`.
 *
 * Timex metrics (scorer: `tempeval/scoreTimex.ts`): `f1`, `precision`, `recall` are the
 * **relaxed** span scores (`f1` = `relaxed_f1`); `strict_f1`, `strict_precision`,
 * `strict_recall`, `type_accuracy`, `type_f1`, `value_accuracy`, `value_f1` (the TE3 ranking
 * metric).
 *
 * Quote metrics (scorer: `polnear/scoreAttribution.ts`): `f1`, `precision`, `recall` are the
 * **attribution-level** scores; `source_exact_f1`, `cue_exact_f1`, `content_exact_f1` (exact
 * extent), `source_partial_f1`, `cue_partial_f1`, `content_partial_f1` (token overlap).
 *
 * Systems:
 * - `dossier`: `analyze({ text, published })` with the DCT date (TempEval) or the publication date
 *   (PolNeAR); `times` map to (span, type, value); `quotes` map to (speaker mention → source, cue,
 *   content), where quotes chained by `continues` become one attribution whose content has one
 *   fragment per piece (PolNeAR annotates an interrupted quotation as one discontinuous content),
 *   and a content piece is widened by a directly adjacent double quote mark on either side
 *   (PolNeAR's content includes the marks; dossier's excludes them).
 * - `dossier-rules` (quotes): the same with entities from lexicons and patterns only (no NER
 *   model), to show what the model changes in attribution.
 * - `chrono-node` (timex, `peers/chronoTimexes.ts`): `chrono.parse(text, DCT)`.
 * - `compromise` (timex, `peers/compromiseTimexes.ts`): `#Date+` matches (compromise-dates, the
 *   plugin that would give values, is not installed: reported under `skipped`).
 * - `compromise` (quotes, `peers/compromiseAttributions.ts`): `quotations()`, content only.
 * - `quote-marks baseline` (quotes, `peers/quoteMarksBaseline.ts`): double-quoted spans, the
 *   nearest capitalised name as source, no cue.
 */
import { createEngine } from "../engine.js";
import { ENGINE_VERSION } from "../version.js";
import type { Analysis, Stage } from "../types.js";
import { defaultStages } from "../pipeline.js";
import { quotesStage, ruleQuotesStage } from "../stages/quotes/extractQuotes.js";
import { quoteChains } from "../stages/quotes/quoteChains.js";
import { readTempEval, type TempEvalSplit } from "./tempeval/readTimeml.js";
import { scoreTimex, type TimexSpan } from "./tempeval/scoreTimex.js";
import { readPolnear, type PolnearSplit } from "./polnear/readPolnear.js";
import { scoreAttribution, type AttributionTriple, type Fragment } from "./polnear/scoreAttribution.js";
import { timed, type EvalOptions, type EvalReport, type Split, type SystemResult } from "./EvalReport.js";
import { datasetDir } from "./datasetDir.js";
import { packageVersion } from "./peers/packageVersion.js";
import { loadCompromise } from "./peers/compromise.js";
import { chronoTimexes } from "./peers/chronoTimexes.js";
import { compromiseTimexes } from "./peers/compromiseTimexes.js";
import { compromiseAttributions } from "./peers/compromiseAttributions.js";
import { quoteMarksBaseline } from "./peers/quoteMarksBaseline.js";
import { rulesOnlyEngine } from "./peers/rulesOnlyEngine.js";
import { LEARNED_NOTE, learnedAttributions, learnedAttributionsAvailable, learnedAttributionsVersion } from "./peers/learnedAttributions.js";
import { quoteMetrics } from "./polnear/quoteMetrics.js";
import { withComplementizer, withQuoteMarks } from "../model/attribution/polnearContent.js";

export { withComplementizer, withQuoteMarks };

export type { EvalOptions, EvalReport, Split, SystemResult } from "./EvalReport.js";
export { chronoTimexes, chronoTimexValue } from "./peers/chronoTimexes.js";
export { compromiseTimexes } from "./peers/compromiseTimexes.js";
export { compromiseAttributions } from "./peers/compromiseAttributions.js";
export { quoteMarksBaseline } from "./peers/quoteMarksBaseline.js";
export type { Nlp } from "./peers/compromise.js";

/** A short text analysed once before timing, so one-time loading is not counted. */
const WARM_UP = "Officials in Paris said on Monday that talks would resume.";

/** `YYYY-MM-DD` of a DCT value (`1998-02-13T13:10:00` → `1998-02-13`), or null. */
export function dctDate(dct: string | null): string | null {
  const m = dct ? /^(\d{4}-\d{2}-\d{2})/.exec(dct) : null;
  return m ? m[1] : null;
}

// ─── Timex systems ─────────────────────────────────────────────────────────────────────────────

/** dossier's `times` layer as scorer input. */
export function dossierTimexes(a: Analysis): TimexSpan[] {
  return a.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
}

/**
 * TempEval-3 Task A: dossier (and peers) on one split. `dataDir` is the `tempeval3` folder or
 * its parent.
 */
export async function evalTimex(dataDir: string, split: Split, options: EvalOptions = {}): Promise<EvalReport> {
  const dir = datasetDir(dataDir, "tempeval3", "te3-platinum");
  const docs = readTempEval(dir, split as TempEvalSplit, { limit: options.limit });
  const gold = docs.map((d) => d.timexes);
  const systems: SystemResult[] = [];

  const run = (name: string, version: string, predict: (i: number) => TimexSpan[], note?: string) => {
    const [predicted, seconds] = timed(() => docs.map((_, i) => predict(i)));
    const s = scoreTimex(docs.map((_, i) => ({ gold: gold[i], predicted: predicted[i] })));
    systems.push({
      name,
      version,
      seconds,
      metrics: {
        f1: s.relaxed.f1,
        precision: s.relaxed.p,
        recall: s.relaxed.r,
        strict_f1: s.strict.f1,
        strict_precision: s.strict.p,
        strict_recall: s.strict.r,
        relaxed_f1: s.relaxed.f1,
        type_accuracy: s.typeAccuracy,
        type_f1: s.typeF1,
        value_accuracy: s.valueAccuracy,
        value_f1: s.valueF1,
      },
      counts: { ...s.counts },
      ...(note ? { note } : {}),
    });
  };

  const skipped: EvalReport["skipped"] = [];
  const engine = createEngine();
  engine.analyze({ text: WARM_UP }); // loads the NER model outside the timed run
  run("dossier", ENGINE_VERSION, (i) => dossierTimexes(engine.analyze({ text: docs[i].text, published: dctDate(docs[i].dct) })));
  if (options.peers) {
    run("chrono-node", packageVersion("chrono-node"), (i) => chronoTimexes(docs[i].text, docs[i].dct), "reference date = DCT; type DATE/TIME only, values from parsed components");
    const nlp = await loadCompromise();
    run("compromise", nlp.version ?? packageVersion("compromise"), (i) => compromiseTimexes(nlp, docs[i].text), "#Date+ matches of core compromise: spans and type DATE only, no values");
    if (packageVersion("compromise-dates") === "unknown") skipped.push({ name: "compromise-dates", reason: "not installed (the compromise plugin that gives date values)" });
  }
  return { task: "timex", split, source: `tempeval3 ${split === "test" ? "te3-platinum" : "TBAQ-cleaned"}`, documents: docs.length, systems, skipped };
}

// ─── Quote systems ─────────────────────────────────────────────────────────────────────────────

/**
 * dossier's attributions for the PolNeAR scorer: the analysis' `attributions` layer when it has
 * one (every attribution the learned model found, PolNeAR's sense, plus the rule quotes it does
 * not have; `src/stages/quotes/attributionsOf.ts`), else its quotes ({@link quoteAttributions}).
 */
export function dossierAttributions(a: Analysis): AttributionTriple[] {
  if (!a.attributions) return quoteAttributions(a);
  return a.attributions.map((t) => ({
    source: t.source,
    cue: t.cue,
    content: { start: t.content[0].start, end: t.content[t.content.length - 1].end, fragments: t.content.map((f) => ({ start: f.start, end: f.end })) },
  }));
}

/**
 * dossier's quotes as attributions; `continues` chains become one multi-fragment content, each
 * content piece takes in its adjacent quote marks ({@link withQuoteMarks}) and the first one a
 * "that" before it ({@link withComplementizer}).
 */
export function quoteAttributions(a: Analysis): AttributionTriple[] {
  return quoteChains(a.quotes).map((qs) => {
    const fragments: Fragment[] = qs.map((q, k) => (k === 0 ? withComplementizer(a.document.text, withQuoteMarks(a.document.text, q.content)) : withQuoteMarks(a.document.text, q.content)));
    const withSpeaker = qs.find((q) => q.speaker?.mention);
    const withCue = qs.find((q) => q.cue);
    // (PolNeAR's source and cue are whole phrases: the model's extents when the quote has them)
    const extents = qs.find((q) => q.extents)?.extents;
    return {
      source: extents?.source ?? withSpeaker?.speaker?.mention ?? null,
      cue: extents?.cue ?? withCue?.cue ?? null,
      content: { start: fragments[0].start, end: fragments[fragments.length - 1].end, fragments },
    };
  });
}

/**
 * PolNeAR attribution: dossier (and peers) on one split. `dataDir` is the `polnear` folder or
 * its parent.
 */
export async function evalQuotes(dataDir: string, split: Split, options: EvalOptions = {}): Promise<EvalReport> {
  const dir = datasetDir(dataDir, "polnear", "data/metadata.tsv");
  const docs = readPolnear(dir, split as PolnearSplit, { limit: options.limit });
  const gold: AttributionTriple[][] = docs.map((d) =>
    d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content })),
  );
  const systems: SystemResult[] = [];

  const run = (name: string, version: string, predict: (i: number) => AttributionTriple[], note?: string) => {
    const [predicted, seconds] = timed(() => docs.map((_, i) => predict(i)));
    const s = scoreAttribution(docs.map((d, i) => ({ text: d.text, gold: gold[i], predicted: predicted[i] })));
    systems.push({
      name,
      version,
      seconds,
      ...quoteMetrics(s),
      ...(note ? { note } : {}),
    });
  };

  const engine = createEngine();
  engine.analyze({ text: WARM_UP }); // loads the NER model outside the timed run
  const analyzeDoc = (eng: typeof engine, i: number) => eng.analyze({ text: docs[i].text, published: docs[i].published });
  run("dossier", ENGINE_VERSION, (i) => dossierAttributions(analyzeDoc(engine, i)));
  if (options.peers) {
    const rules = rulesOnlyEngine();
    run("dossier-rules", ENGINE_VERSION, (i) => dossierAttributions(analyzeDoc(rules, i)), "dossier without the trained NER model (lexicon and pattern entities only)");
    const nlp = await loadCompromise();
    run("compromise", nlp.version ?? packageVersion("compromise"), (i) => compromiseAttributions(nlp, docs[i].text), "quotations(): content only, no source or cue");
    run("quote-marks baseline", "1", (i) => quoteMarksBaseline(docs[i].text), "double-quoted spans + nearest capitalised name as source; no cue");
  }
  if (learnedAttributionsAvailable()) {
    // ablations of the product row: the quote rules alone, and the model alone (its own extents)
    const rules = createEngine({ stages: defaultStages.map((s) => (s === (quotesStage as Stage) ? (ruleQuotesStage as Stage) : s)) });
    run("dossier-quote-rules", ENGINE_VERSION, (i) => dossierAttributions(analyzeDoc(rules, i)), "the quote rules alone (no learned attribution model)");
    run("dossier-learned", learnedAttributionsVersion(), (i) => learnedAttributions(docs[i].text, docs[i].published), LEARNED_NOTE);
  }
  return { task: "quotes", split, source: `polnear ${split}`, documents: docs.length, systems, skipped: [] };
}
