/**
 * CoNLL-2003 NER evaluation: dossier (and, with `peers`, other systems) on one split, scored
 * with conlleval rules (`conll/scoreConll.ts`: exact type and boundaries, micro-averaged).
 * Splits: `train` = eng.train, `dev` = eng.testa, `test` = eng.testb.
 *
 * Systems:
 * - `dossier`: the trained model (`models/ner.bin.gz`) on the gold tokens, one document at a time
 *   (`predictDocument`). Its `tokens_per_second` is measured after an untimed warm-up pass.
 * - `dossier-analyze`: the full engine, `analyze()` on each document's text rebuilt from the
 *   tokens (`conll/conllText.ts`), its `name` mentions mapped to tokens; types GPE → LOC and
 *   NORP → MISC (lexicons, patterns and the model merged, `stages/entities/mergeNer.ts`).
 * - `dossier-rules` (peer): the same without the trained model (lexicons and patterns only).
 * - `compromise` (peer): `people()`/`places()`/`organizations()` as PER/LOC/ORG on the same text;
 *   it has no MISC, which counts as missed (the micro scores include MISC for every system).
 * - wink-nlp is not run: its English model's entities are dates, numbers, money, e-mails and
 *   the like, with no person, organisation or place type.
 *
 * Metrics: `f1`, `precision`, `recall` (micro), `f1_<TYPE>`, `precision_<TYPE>`,
 * `recall_<TYPE>` for PER LOC ORG MISC, `tokens_per_second`.
 */
import path from "node:path";
import { createEngine } from "../engine.js";
import { ENGINE_VERSION } from "../version.js";
import { readConll, groupDocuments, type ConllSentence } from "./conll/readConll.js";
import { scoreConll, type ConllScore } from "./conll/scoreConll.js";
import { conllDocumentText, spansToTags, type TypedSpan } from "./conll/conllText.js";
import { getDefaultNerModel } from "../model/ner/defaultModel.js";
import type { NerModel } from "../model/ner/NerModel.js";
import { DataError, timed, type EvalOptions, type EvalReport, type Split, type SystemResult } from "./EvalReport.js";
import { datasetDir } from "./datasetDir.js";
import { analysisNerSpans } from "./peers/analysisNer.js";
import { compromiseNerSpans } from "./peers/compromiseNer.js";
import { loadCompromise } from "./peers/compromise.js";
import { packageVersion } from "./peers/packageVersion.js";
import { rulesOnlyEngine } from "./peers/rulesOnlyEngine.js";

/** The CoNLL-2003 file of each split. */
export const CONLL_FILES: Record<Split, string> = { train: "eng.train", dev: "eng.testa", test: "eng.testb" };

/** CoNLL types, in report order. */
export const CONLL_TYPES = ["PER", "LOC", "ORG", "MISC"] as const;

export interface EvalNerOptions extends EvalOptions {
  /** The model to evaluate as `dossier`. Default: the bundled model. */
  model?: NerModel;
  /** Run `dossier-analyze` (the full engine). Default true. */
  analyze?: boolean;
}

/** Metrics of a CoNLL score under the stable names (see the module comment). */
export function nerMetrics(s: ConllScore, tokens: number, seconds: number): Record<string, number> {
  const m: Record<string, number> = { f1: s.micro.f1, precision: s.micro.precision, recall: s.micro.recall };
  for (const t of CONLL_TYPES) {
    const b = s.byType[t];
    m[`f1_${t}`] = b?.f1 ?? 0;
    m[`precision_${t}`] = b?.precision ?? 0;
    m[`recall_${t}`] = b?.recall ?? 0;
  }
  m.tokens_per_second = seconds > 0 ? Math.round(tokens / seconds) : 0;
  return m;
}

/** Reads one split's documents, or throws {@link DataError}. */
export function readConllSplit(dataDir: string, split: Split, limit?: number): { docs: ConllSentence[][]; file: string } {
  const file = CONLL_FILES[split];
  const dir = datasetDir(dataDir, "conll2003", file);
  let docs = groupDocuments(readConll(path.join(dir, file)));
  if (limit !== undefined) docs = docs.slice(0, limit);
  if (docs.length === 0) throw new DataError(`${file} holds no sentences`);
  return { docs, file };
}

/** CoNLL-2003 NER: dossier (and peers) on one split. `dataDir` is the `conll2003` folder or its parent. */
export async function evalNer(dataDir: string, split: Split, options: EvalNerOptions = {}): Promise<EvalReport> {
  const { docs, file } = readConllSplit(dataDir, split, options.limit);
  const gold = docs.flatMap((d) => d.map((s) => s.tags));
  const tokens = gold.reduce((n, s) => n + s.length, 0);
  const texts = docs.map((d) => conllDocumentText(d));
  const systems: SystemResult[] = [];
  const skipped: EvalReport["skipped"] = [];

  const add = (name: string, version: string, predicted: string[][], seconds: number, note: string) => {
    const s = scoreConll(gold, predicted);
    systems.push({ name, version, seconds, note, metrics: nerMetrics(s, tokens, seconds), counts: { gold: s.micro.gold, predicted: s.micro.predicted, correct: s.micro.correct, tokens } });
  };
  /** A text-level system: character spans per document → tags per token. */
  const runText = (name: string, version: string, spansOf: (text: string) => TypedSpan[], note: string) => {
    for (const t of texts.slice(0, 3)) spansOf(t.text); // warm-up, untimed
    const [spans, seconds] = timed(() => texts.map((t) => spansOf(t.text)));
    add(name, version, texts.flatMap((t, i) => spansToTags(t, spans[i])), seconds, note);
  };

  const model = options.model ?? getDefaultNerModel();
  const words = docs.map((d) => d.map((s) => s.tokens));
  for (const w of words.slice(0, 20)) model.predictDocument(w); // warm-up (JIT), untimed
  const [tags, seconds] = timed(() => words.map((w) => model.predictDocument(w)));
  add("dossier", ENGINE_VERSION, tags.flat(), seconds, "trained NER model (models/ner.bin.gz) on the gold tokens");

  if (options.analyze !== false) {
    const engine = createEngine();
    runText("dossier-analyze", ENGINE_VERSION, (text) => analysisNerSpans(engine.analyze({ text })), "full engine: analyze() on the rebuilt text, name mentions (lexicons + patterns + model)");
  }
  if (options.peers) {
    const rules = rulesOnlyEngine();
    runText("dossier-rules", ENGINE_VERSION, (text) => analysisNerSpans(rules.analyze({ text })), "analyze() without the trained model: lexicons and patterns only");
    const nlp = await loadCompromise();
    runText("compromise", nlp.version ?? packageVersion("compromise"), (text) => compromiseNerSpans(nlp, text), "people/places/organizations as PER/LOC/ORG; no MISC");
    skipped.push({ name: "wink-nlp", reason: "its English model has no person, organisation or place entities" });
  }
  return { task: "ner", split, source: `conll2003 ${file}`, documents: docs.length, systems, skipped };
}
