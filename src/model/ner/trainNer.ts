/**
 * Trains the NER model: a greedy left-to-right averaged perceptron (see `decode.ts`) over the
 * features of `features.ts`, on CoNLL-style sentences grouped into documents.
 *
 * - Documents are visited in an order shuffled by a seeded PRNG each epoch (sentences keep their
 *   order inside a document, which the prediction-history features need), so training is
 *   deterministic for a given seed: the same data and options give the same model, byte for byte.
 * - Margin perceptron: besides every wrong choice, a right choice that beats the best other
 *   label by less than `margin` also triggers an update (on eng.testa this was worth +1.8 F1
 *   over the plain perceptron).
 * - Gazetteer: the project lexicons (`src/lexicons/en/`) and the external gazetteers built from
 *   npm packages (`externalGazetteer.ts`: cities, countries, languages, person names, companies;
 *   worth +0.4 F1 on eng.testa), by default. With
 *   `trainingGazetteer: true` the entity strings of the training data are added too, jackknifed
 *   (the sentences of fold k, documents `i % folds === k`, see only the entities of the other
 *   folds, so the model learns how far to trust the gazetteer on unseen text; without jackknifing
 *   dev F1 fell by 11 points) — but the saved model then holds that list of names in clear, and
 *   CoNLL-2003 (Reuters) text may not be redistributed. It was worth +0.7 F1 on eng.testa; the
 *   bundled model is trained without it (docs/EVALUATION.md).
 * - Previous-tag features use the model's own predictions during training, as at prediction time.
 * - Sentence mode: each epoch, a share of the documents is trained on as one-sentence documents,
 *   so `predict` on a lone sentence stays accurate.
 * - Two stages (default): the second stage is trained on first-stage labels of each training
 *   document produced by models that did not see it (`stackFolds`-fold jackknifing).
 *
 * ```ts
 * const model = trainNer(readConll("eng.train"), { epochs: 10, seed: 1 });
 * ```
 */
import { AveragedPerceptron } from "./AveragedPerceptron.js";
import { greedyDecode } from "./decode.js";
import type { SentenceKeys } from "./decode.js";
import { DEFAULT_FEATURE_OPTIONS, DocContext, FLAG, FeatureExtractor, KeyBuffer, PredictionHistory, buildCapStats } from "./features.js";
import type { CapStats, FeatureOptions, SentenceAtoms } from "./features.js";
import { Gazetteer, gazetteerFromSentences, lexiconGazetteer } from "./gazetteer.js";
import { commonWords, externalGazetteer, loadExternalLists } from "./externalGazetteer.js";
import type { ExternalGazetteerOptions } from "./externalGazetteer.js";
import { NerModel, makeDecodeSetup } from "./NerModel.js";
import type { NerStage } from "./NerModel.js";
import { ENTITY_TYPES, fromBio, labelsOf } from "./tags.js";
import type { TagScheme } from "./tags.js";
import { mulberry32, shuffleInPlace } from "./hash.js";
import { scoreConll } from "../../eval/conll/scoreConll.js";

/** A labelled training sentence: tokens, IOB1/IOB2 tags (read as IOB2), and its document index. */
export interface NerTrainingSentence {
  tokens: readonly string[];
  tags: readonly string[];
  /** Document index; consecutive sentences with the same value form a document. Default: each sentence alone. */
  doc?: number;
}

/** Per-epoch progress report. */
export interface NerEpochReport {
  epoch: number;
  /** Training tokens whose greedy prediction was wrong this epoch (before the update). */
  errors: number;
  tokens: number;
  /** Micro F1 on `dev` with the averaged weights after this epoch, when `dev` was given. */
  devF1?: number;
  /** Stage being trained (1 or 2; the jackknife models of stage 1 do not report). */
  stage?: number;
  seconds: number;
}

/** Options of {@link trainNer}. */
export interface TrainNerOptions {
  /** Passes over the training data (per stage and per jackknife model). Default 10. */
  epochs?: number;
  /** Seed of the shuffling PRNG. Default 1. */
  seed?: number;
  /** Tag scheme inside the model. Default `"bilou"`. */
  scheme?: TagScheme;
  /** Feature switches (defaults: {@link DEFAULT_FEATURE_OPTIONS}). */
  features?: Partial<FeatureOptions>;
  /** Jackknife folds for the training-data gazetteer; 0 or 1 = no jackknifing. Default 10. */
  gazetteerFolds?: number;
  /** Include the project lexicons in the gazetteer. Default true. */
  lexicons?: boolean;
  /**
   * Include the external gazetteers built from npm packages (`externalGazetteer.ts`: cities,
   * countries, languages, person names, companies), filtered against the common words of the
   * training text; `false` to leave them out, or options. Default true (needs the dev
   * dependencies installed).
   */
  external?: boolean | ExternalGazetteerOptions;
  /**
   * Include entity strings of the training data in the gazetteer (`T:*`, `FIRST`, `LAST`).
   * Default false: the saved model then holds no list of names taken from the training data
   * (CoNLL-2003 / Reuters text is not redistributable), only the project lexicons; on eng.testa
   * the training-data gazetteer was worth less than its licensing cost (see docs/EVALUATION.md).
   */
  trainingGazetteer?: boolean;
  /** Dev sentences: when given, micro F1 on them is computed after every epoch. */
  dev?: readonly NerTrainingSentence[];
  /** Called after every epoch. */
  onEpoch?: (report: NerEpochReport) => void;
  /** Perceptron margin: also update when the gold label wins by less than this. Default {@link DEFAULT_MARGIN}. */
  margin?: number;
  /** 1: one stage; 2: add a second, stacked stage that sees the first stage's labels for the whole document. Default 2. */
  stages?: number;
  /** Folds for the jackknifed first-stage labels the second stage is trained on. Default 5. */
  stackFolds?: number;
  /**
   * Probability, drawn per document and epoch, of training on a document's sentences as
   * separate one-sentence documents, so that `predict` on a lone sentence sees the same kind of
   * input as in training. Default {@link DEFAULT_SENTENCE_MODE}.
   */
  sentenceMode?: number;
  /**
   * Word dropout: probability, per capitalised training token and epoch, of hiding its
   * word-identity features, so the model also learns to recognise names from shape, affixes and
   * context (as it must for names it never saw). Default {@link DEFAULT_WORD_DROPOUT}.
   */
  wordDropout?: number;
  /** Free-form facts stored in the model header. */
  meta?: Record<string, unknown>;
}

/** Default perceptron margin (chosen on eng.testa). */
export const DEFAULT_MARGIN = 100;

/** Default `sentenceMode` (chosen on eng.testa). */
export const DEFAULT_SENTENCE_MODE = 0.2;

/** Default `wordDropout`: off (0.15 made no difference on eng.testa). */
export const DEFAULT_WORD_DROPOUT = 0;

interface Prepared {
  atoms: SentenceAtoms;
  keys: SentenceKeys;
  gold: Int32Array;
}

/** A prepared training document: with document context, and (optionally) each sentence alone. */
interface PreparedDoc {
  doc: Prepared[];
  /** The same sentences, each prepared as a document of its own (for `sentenceMode`). */
  alone?: Prepared[];
}

function groupDocs<S extends { doc?: number }>(sentences: readonly S[]): S[][] {
  const docs: S[][] = [];
  let last: number | undefined = Number.NaN;
  for (const s of sentences) {
    if (s.doc === undefined || s.doc !== last) docs.push([]);
    docs[docs.length - 1].push(s);
    last = s.doc;
  }
  return docs;
}

function copyKeys(buf: KeyBuffer, n: number): SentenceKeys {
  return { lo: buf.lo.slice(0, buf.len), hi: buf.hi.slice(0, buf.len), start: buf.start.slice(0, n + 1), lexEnd: buf.lexEnd.slice(0, n) };
}

interface StageSetup {
  fo: FeatureOptions;
  scheme: TagScheme;
  types: string[];
  labels: string[];
  labelId: Map<string, number>;
  setup: ReturnType<typeof makeDecodeSetup>;
  lex: Gazetteer;
  capStats: CapStats;
  folds: number;
  trainingGazetteer: boolean;
}

/** Atoms, local keys and gold labels of documents, with jackknifed training-data gazetteers. */
function prepareDocs(
  docs: readonly (readonly NerTrainingSentence[])[],
  ss: StageSetup,
  withAlone: boolean,
): { prepared: PreparedDoc[]; gazetteer: Gazetteer } {
  const { fo, folds, lex } = ss;
  const entityGaz = (ds: readonly (readonly NerTrainingSentence[])[]): Gazetteer =>
    gazetteerFromSentences(ds.flat().map((s) => ({ tokens: s.tokens, tags: toIob2Tags(s.tags) })));
  const fullGaz = new Gazetteer();
  fullGaz.addAll(lex);
  if (ss.trainingGazetteer) fullGaz.addAll(entityGaz(docs));
  const foldGaz: Gazetteer[] = [];
  if (folds > 1 && ss.trainingGazetteer) {
    for (let k = 0; k < folds; k++) {
      const g = new Gazetteer();
      g.addAll(lex);
      g.addAll(entityGaz(docs.filter((_, d) => d % folds !== k)));
      foldGaz.push(g);
    }
  }
  const fx = new FeatureExtractor(fo, { gazetteer: fullGaz, capStats: ss.capStats });
  const buf = new KeyBuffer();
  const prep = (s: NerTrainingSentence, ctx: DocContext | undefined, gaz: Gazetteer): Prepared => {
    const atoms = fx.atoms(s.tokens, ctx, gaz);
    fx.localKeys(atoms, buf);
    const tags = fromBio(toIob2Tags(s.tags), ss.scheme);
    const gold = Int32Array.from(tags, (t) => {
      const id = ss.labelId.get(t);
      if (id === undefined) throw new Error(`trainNer: unknown tag ${t}`);
      return id;
    });
    return { atoms, keys: copyKeys(buf, atoms.n), gold };
  };
  const prepared = docs.map((doc, d): PreparedDoc => {
    const ctx = fo.docFeatures ? new DocContext(doc.map((s) => s.tokens)) : undefined;
    const gaz = foldGaz.length > 0 ? foldGaz[d % folds] : fullGaz;
    return {
      doc: doc.map((s) => prep(s, ctx, gaz)),
      alone: withAlone ? doc.map((s) => prep(s, undefined, gaz)) : undefined,
    };
  });
  return { prepared, gazetteer: fullGaz };
}

/** Recomputes the local keys of prepared sentences (after their atoms got stacked codes). */
function rekey(prepared: PreparedDoc[], ss: StageSetup, gazetteer: Gazetteer): void {
  const fx = new FeatureExtractor(ss.fo, { gazetteer, capStats: ss.capStats });
  const buf = new KeyBuffer();
  for (const pd of prepared) {
    for (const p of [...pd.doc, ...(pd.alone ?? [])]) {
      fx.localKeys(p.atoms, buf);
      p.keys = copyKeys(buf, p.atoms.n);
    }
  }
}

/** Runs the perceptron epochs over prepared documents. */
function trainStage(
  prepared: PreparedDoc[],
  ss: StageSetup,
  epochs: number,
  seed: number,
  margin: number,
  sentenceMode: number,
  wordDropout: number,
  onEpoch?: (r: NerEpochReport, p: AveragedPerceptron) => void,
): AveragedPerceptron {
  const perceptron = new AveragedPerceptron(ss.labels.length);
  const rand = mulberry32(seed);
  const order = prepared.map((_, i) => i);
  let totalTokens = 0;
  for (const pd of prepared) for (const p of pd.doc) totalTokens += p.atoms.n;
  const run = (sentences: Prepared[], history: PredictionHistory | null, fresh: boolean): number => {
    let errors = 0;
    for (const p of sentences) {
      if (fresh && ss.fo.predictionHistory) history = new PredictionHistory(ss.types.length);
      const out = new Int32Array(p.atoms.n);
      let drop: Uint8Array | undefined;
      if (wordDropout > 0) {
        drop = new Uint8Array(p.atoms.n);
        for (let i = 0; i < p.atoms.n; i++) if (p.atoms.FL[i] & (FLAG.INIT_CAP | FLAG.ALL_CAPS) && rand() < wordDropout) drop[i] = 1;
      }
      greedyDecode(ss.setup, p.atoms, p.keys, perceptron, history, out, p.gold, perceptron, margin, drop);
      for (let i = 0; i < out.length; i++) if (out[i] !== p.gold[i]) errors++;
    }
    return errors;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    shuffleInPlace(order, rand);
    let errors = 0;
    for (const d of order) {
      const pd = prepared[d];
      const alone = sentenceMode > 0 && pd.alone !== undefined && rand() < sentenceMode;
      const history = ss.fo.predictionHistory ? new PredictionHistory(ss.types.length) : null;
      errors += alone ? run(pd.alone!, history, true) : run(pd.doc, history, false);
    }
    onEpoch?.({ epoch, errors, tokens: totalTokens, seconds: (Date.now() - t0) / 1000 }, perceptron);
  }
  return perceptron;
}

/** Trains a model on labelled sentences. See the module comment. */
export function trainNer(sentences: readonly NerTrainingSentence[], options: TrainNerOptions = {}): NerModel {
  const epochs = options.epochs ?? 10;
  const seed = options.seed ?? 1;
  const scheme = options.scheme ?? "bilou";
  const folds = options.gazetteerFolds ?? 10;
  const trainingGazetteer = options.trainingGazetteer ?? false;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const stages = options.stages ?? 2;
  const stackFolds = options.stackFolds ?? 5;
  const sentenceMode = options.sentenceMode ?? DEFAULT_SENTENCE_MODE;
  const wordDropout = options.wordDropout ?? DEFAULT_WORD_DROPOUT;
  const fo: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  const types = [...ENTITY_TYPES];
  const labels = labelsOf(scheme, types);
  const ss: StageSetup = {
    fo,
    scheme,
    types,
    labels,
    labelId: new Map(labels.map((l, i) => [l, i])),
    setup: makeDecodeSetup(labels, scheme, types, fo),
    lex: baseGazetteer(sentences, options),
    capStats: buildCapStats(sentences.map((s) => s.tokens)),
    folds,
    trainingGazetteer,
  };
  const docs = groupDocs(sentences);
  const devDocs = options.dev ? groupDocs(options.dev) : [];
  const meta: Record<string, unknown> = { epochs, seed, scheme, margin, stages, stackFolds, sentenceMode, wordDropout, gazetteerFolds: folds, trainingGazetteer, external: options.external ?? true, trainSentences: sentences.length, ...options.meta };
  const makeModel = (gazetteer: Gazetteer, st: NerStage[]): NerModel =>
    new NerModel({ scheme, labels, types, options: fo, gazetteer, capStats: ss.capStats, stages: st, meta });
  const report = (stage: number, gazetteer: Gazetteer, before: NerStage[]) => (r: NerEpochReport, p: AveragedPerceptron): void => {
    if (devDocs.length > 0) r.devF1 = evaluateDocs(makeModel(gazetteer, [...before, { table: p.table, weights: p.averaged() }]), devDocs).micro.f1;
    options.onEpoch?.({ ...r, stage });
  };

  const withAlone = sentenceMode > 0;
  const { prepared, gazetteer } = prepareDocs(docs, ss, withAlone);
  const p1 = trainStage(prepared, ss, epochs, seed, margin, sentenceMode, wordDropout, report(1, gazetteer, []));
  const stage1: NerStage = { table: p1.table, weights: p1.averaged() };
  if (stages < 2) return makeModel(gazetteer, [stage1]);

  // Jackknifed first-stage labels of the training documents (and of their sentences tagged alone).
  const bio: string[][][] = new Array(docs.length);
  const bioAlone: string[][][] = new Array(docs.length);
  for (let k = 0; k < stackFolds; k++) {
    const inFold = (d: number): boolean => d % stackFolds === k;
    const subDocs = docs.filter((_, d) => !inFold(d));
    const sub = prepareDocs(subDocs, ss, withAlone);
    const sp = trainStage(sub.prepared, ss, epochs, seed + 1 + k, margin, sentenceMode, wordDropout);
    const subModel = makeModel(sub.gazetteer, [{ table: sp.table, weights: sp.averaged() }]);
    docs.forEach((doc, d) => {
      if (!inFold(d)) return;
      bio[d] = subModel.predictDocument(doc.map((s) => s.tokens));
      if (withAlone) bioAlone[d] = doc.map((s) => subModel.predict(s.tokens));
    });
  }
  const stacker = makeModel(gazetteer, [stage1]);
  prepared.forEach((pd, d) => {
    stacker.attachStack(
      docs[d].map((s) => s.tokens),
      pd.doc.map((p) => p.atoms),
      bio[d],
    );
    pd.alone?.forEach((p, k) => stacker.attachStack([docs[d][k].tokens], [p.atoms], [bioAlone[d][k]]));
  });
  rekey(prepared, ss, gazetteer);
  const p2 = trainStage(prepared, ss, epochs, seed + 1000, margin, sentenceMode, wordDropout, report(2, gazetteer, [stage1]));
  return makeModel(gazetteer, [stage1, { table: p2.table, weights: p2.averaged() }]);
}

/** Project lexicons and external gazetteers, as the options ask. */
function baseGazetteer(sentences: readonly NerTrainingSentence[], options: TrainNerOptions): Gazetteer {
  const g = options.lexicons === false ? new Gazetteer() : lexiconGazetteer();
  if (options.external !== false) {
    const eo = typeof options.external === "object" ? options.external : {};
    g.addAll(externalGazetteer(loadExternalLists(), commonWords(sentences.map((s) => s.tokens)), eo));
  }
  return g;
}

function toIob2Tags(tags: readonly string[]): string[] {
  // Accept IOB1 input too: an I-X that begins an entity becomes B-X.
  const out: string[] = new Array(tags.length);
  let prev = "O";
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === "O") out[i] = "O";
    else if (t[0] === "I" && (prev === "O" || prev.slice(2) !== t.slice(2))) out[i] = `B-${t.slice(2)}`;
    else out[i] = t;
    prev = t;
  }
  return out;
}

/** Tags documents with `predictDocument` and scores them with conlleval rules. */
export function evaluateDocs(model: NerModel, docs: readonly (readonly NerTrainingSentence[])[]): ReturnType<typeof scoreConll> {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const doc of docs) {
    const tags = model.predictDocument(doc.map((s) => s.tokens));
    for (let k = 0; k < doc.length; k++) {
      gold.push(toIob2Tags(doc[k].tags));
      pred.push(tags[k]);
    }
  }
  return scoreConll(gold, pred);
}
