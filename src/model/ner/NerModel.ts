/**
 * A trained named-entity recogniser: averaged-perceptron weights over hashed features (see
 * `features.ts`), decoded greedily left to right (see `decode.ts`). Predicts CoNLL-2003 types
 * `PER`, `ORG`, `LOC`, `MISC` as IOB2 (BIO) tags.
 *
 * ```ts
 * const model = loadNerModel("models/ner.bin.gz");
 * model.predict(["Benjamin", "Netanyahu", "visited", "Jerusalem", "."]);
 * // ["B-PER", "I-PER", "O", "B-LOC", "O"]
 * ```
 *
 * With two stages, the second re-tags the document using the first stage's labels for every
 * sentence (see `stacking.ts`). Both stages share one feature table, so each local feature is
 * looked up once.
 *
 * File format (`saveNerModel`): gzip of `"DNER"`, u32 version, u32 header length, a JSON header
 * (labels, scheme, feature options, multi-token gazetteer entries, counts), padding to 4 bytes,
 * then little-endian arrays: feature keys `lo` and `hi` (u32 × F, sorted by key), weights (f32,
 * stage-major then label-major: stage 0's weights for label 0 over all features, then label 1, …),
 * capitalisation-statistics keys (u32 × C) and buckets (u8 × C), then (version 2) padding to 4
 * bytes and the one-token gazetteer entries: exact-word hashes (u32 × GE, sorted), their category
 * bits (u32 × GE), lower-cased-word hashes (u32 × GL, sorted) and bits (u32 × GL). Version 1 files
 * (all entries in the header) are read too.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { FeatureTable } from "./FeatureTable.js";
import { Gazetteer, HashBits } from "./gazetteer.js";
import { DocContext, FeatureExtractor, KeyBuffer, PredictionHistory, DEFAULT_FEATURE_OPTIONS, inactiveTokens } from "./features.js";
import type { CapStats, FeatureOptions, SentenceAtoms } from "./features.js";
import type { DecodeSetup, SentenceRows } from "./decode.js";
import { ENTITY_TYPES, labelsOf, toBio, transitionMask, typeIndexOf } from "./tags.js";
import { stackDocument } from "./stacking.js";
import { IntrinsicCache, decodeScored, forcedLabels, historyTagRows, resolveRows, scoreLocalCached } from "./scoreLocal.js";
import type { HistoryTagRows } from "./scoreLocal.js";
import type { TagScheme } from "./tags.js";

/** Everything a {@link NerModel} is made of. */
export interface NerModelParts {
  scheme: TagScheme;
  labels: string[];
  types: string[];
  options: FeatureOptions;
  gazetteer: Gazetteer;
  capStats: CapStats;
  /**
   * One or two stages of weights. The first tags with local, document and history features; the
   * optional second one also sees the first stage's labels for the whole document (`stacking.ts`).
   */
  stages: NerStage[];
  /** Free-form facts about training (settings, dev score), kept in the file header. */
  meta?: Record<string, unknown>;
}

/** Weights of one stage: a feature table giving rows, and `rows × labels` weights. */
export interface NerStage {
  table: FeatureTable;
  weights: Float32Array;
}

const FORMAT_VERSION = 2;

export class NerModel {
  readonly scheme: TagScheme;
  readonly labels: string[];
  readonly types: string[];
  readonly options: FeatureOptions;
  readonly gazetteer: Gazetteer;
  readonly capStats: CapStats;
  /** Union of the stages' features → row of each stage's weights. */
  readonly table: FeatureTable;
  /** Per stage, `rows × labels` weights over {@link table}. */
  readonly stageWeights: Float32Array[];
  readonly meta: Record<string, unknown>;
  /** @internal */
  readonly setup: DecodeSetup;
  /** @internal */
  readonly extractor: FeatureExtractor;
  private readonly buf = new KeyBuffer();
  private readonly bioIds: Map<string, number>;
  /** Scratch: one sentence's local sums for every stage. */
  private sums = new Float64Array(1024);
  /** Cached intrinsic feature sums of frequent words (see scoreLocal.ts). */
  private intrinsic?: IntrinsicCache;
  /** Rows of the previous-tag features. */
  private tagRows?: HistoryTagRows;
  /** IOB2 tag of each label id. */
  private bioLabels?: string[];
  /** Label of an unscored token, by previous label (see `forcedLabels`). */
  private forced?: Int32Array;

  constructor(parts: NerModelParts) {
    this.scheme = parts.scheme;
    this.labels = parts.labels;
    this.types = parts.types;
    this.options = parts.options;
    this.gazetteer = parts.gazetteer;
    this.capStats = parts.capStats;
    if (parts.stages.length < 1 || parts.stages.length > 2) throw new Error("NerModel: one or two stages");
    [this.table, this.stageWeights] = unionStages(parts.stages, parts.labels.length);
    this.meta = parts.meta ?? {};
    this.setup = makeDecodeSetup(this.labels, this.scheme, this.types, this.options);
    this.extractor = new FeatureExtractor(this.options, { gazetteer: this.gazetteer, capStats: this.capStats });
    this.extractor.enableWordCache();
    this.bioIds = new Map(labelsOf("bio", this.types).map((l, i) => [l, i]));
  }

  /** Number of distinct features (union over stages). */
  get featureCount(): number {
    return this.table.size;
  }

  /** Number of stages (1 or 2). */
  get stageCount(): number {
    return this.stageWeights.length;
  }

  /**
   * Tags one tokenised sentence (Penn-Treebank-style tokens work best: "U.S.", "'s" and
   * punctuation as separate tokens). Returns IOB2 tags (`B-PER`, `I-PER`, `O`, …). The sentence is
   * treated as a document of its own; use {@link predictDocument} when more context exists.
   */
  predict(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    return this.predictDocument([words])[0];
  }

  /**
   * Tags the sentences of one document in order. Document-level features (how a word is spelled
   * elsewhere in the document, which type it was given earlier) make this more accurate than
   * tagging the sentences one by one.
   *
   * By default, tokens without a capital or a digit are not scored unless they join or begin a
   * name (see `inactiveTokens`: they are tagged `O`), so only about a third of the tokens of
   * news text are scored; `exhaustive: true` scores every token, as training does.
   */
  predictDocument(sentences: readonly (readonly string[])[], options: { exhaustive?: boolean } = {}): string[][] {
    const exhaustive = options.exhaustive === true;
    const forced = (this.forced ??= forcedLabels(this.labels, this.setup.allowed));
    const doc = this.options.docFeatures ? new DocContext(sentences) : undefined;
    // Prediction computes exactly greedyDecode's sums (see scoreLocal.ts): each local feature is
    // looked up once for both stages, and the first stage decodes each sentence as soon as its
    // sums are known, so only the second stage's local sums are kept for the whole document.
    const nL = this.labels.length;
    const S = this.stageWeights.length;
    const stride = S * nL;
    const cache = (this.intrinsic ??= new IntrinsicCache());
    const tagRows = (this.tagRows ??= historyTagRows(this.table, nL));
    const offsets = new Int32Array(sentences.length + 1);
    sentences.forEach((words, k) => (offsets[k + 1] = offsets[k] + words.length));
    const second = S > 1 ? new Float64Array(offsets[sentences.length] * nL) : null;
    const history1 = this.options.predictionHistory ? new PredictionHistory(this.types.length) : null;
    // Atoms are built sentence by sentence; the second stage keeps only what it reads (slimAtoms).
    const atoms: SentenceAtoms[] = new Array(sentences.length);
    const inactiveBySentence: (Uint8Array | null)[] = new Array(sentences.length).fill(null);
    let ids = sentences.map((words, k) => {
      const a = this.extractor.atoms(words, doc);
      atoms[k] = second ? slimAtoms(a) : a;
      const out = new Int32Array(a.n);
      if (a.n === 0) return out;
      const need = a.n * stride;
      if (this.sums.length < need) this.sums = new Float64Array(2 * need);
      else this.sums.fill(0, 0, need);
      const sums = this.sums;
      const inactive = exhaustive ? null : inactiveTokens(a.FL, a.n, undefined, a.tokens);
      if (inactive) inactiveBySentence[k] = inactive;
      scoreLocalCached(this.extractor, a, this.table, this.stageWeights, nL, this.buf, cache, sums, inactive);
      decodeScored(this.setup, a, sums, 0, stride, null, this.table, this.stageWeights[0], history1, out, tagRows, inactive, forced);
      if (second) {
        const base = offsets[k] * nL;
        for (let i = 0; i < a.n; i++) for (let y = 0; y < nL; y++) second[base + i * nL + y] = sums[i * stride + nL + y];
      }
      return out;
    });
    if (second) {
      this.attachStack(sentences, atoms, this.bioOf(ids));
      const history2 = this.options.predictionHistory ? new PredictionHistory(this.types.length) : null;
      ids = atoms.map((a, k) => {
        const out = new Int32Array(a.n);
        if (a.n === 0) return out;
        this.extractor.stackKeys(a, this.buf);
        const extra = this.resolve(this.buf, a.n);
        decodeScored(this.setup, a, second, offsets[k] * nL, nL, extra, this.table, this.stageWeights[1], history2, out, tagRows, inactiveBySentence[k], forced);
        return out;
      });
    }
    return this.bioOf(ids);
  }

  /** IOB2 tags of label ids (B/U → B, I/L → I). */
  private bioOf(ids: readonly Int32Array[]): string[][] {
    const tags = (this.bioLabels ??= toBio(this.labels));
    return ids.map((s) => {
      const out = new Array<string>(s.length);
      for (let i = 0; i < s.length; i++) out[i] = tags[s[i]];
      return out;
    });
  }

  /** The second stage's rows of one sentence (in `resolveRows`'s scratch array: read them before the next sentence is resolved). */
  private resolve(buf: KeyBuffer, n: number): SentenceRows {
    return { rows: resolveRows(this.table, buf), start: buf.start.slice(0, n + 1) };
  }

  /** @internal Sets the stacked (second-stage) codes of each sentence from first-stage IOB2 tags. */
  attachStack(sentences: readonly (readonly string[])[], atoms: readonly SentenceAtoms[], bio: readonly (readonly string[])[]): void {
    const codes = stackDocument(sentences, bio, this.types, (t) => this.bioIds.get(t) ?? 0, atoms.map((a) => a.lower));
    atoms.forEach((a, k) => (a.stack = codes[k]));
  }
}

const NO_I32 = new Int32Array(0);

/**
 * The atoms the second stage reads (history and stacked features: words, `L`, `N`, `SS`, `FL`);
 * the others are replaced by empty arrays so a long document does not hold them all at once.
 */
function slimAtoms(a: SentenceAtoms): SentenceAtoms {
  return {
    n: a.n, tokens: a.tokens, lower: a.lower, L: a.L, N: a.N, SS: a.SS, FL: a.FL,
    W: NO_I32, SH: NO_I32, CR: NO_I32, DF: NO_I32, DW: NO_I32, DL: NO_I32, PRE: NO_I32, SUF: NO_I32,
    gaz: [], gazBits: NO_I32, RUN: NO_I32, QUOTE: new Uint8Array(0), HY: NO_I32, HYG: NO_I32,
  };
}

/** Merges stages into one feature table (union of keys) and per-stage weights over it. */
function unionStages(stages: readonly NerStage[], nL: number): [FeatureTable, Float32Array[]] {
  if (stages.every((s) => s.table === stages[0].table)) return [stages[0].table, stages.map((s) => s.weights)];
  const table = new FeatureTable(stages.reduce((n, s) => n + s.table.size, 0));
  const maps = stages.map((s) => {
    const { lo, hi } = s.table.keys();
    return Int32Array.from(lo, (l, r) => table.add(l, hi[r]));
  });
  const weights = stages.map((s, k) => {
    const w = new Float32Array(table.size * nL);
    const map = maps[k];
    for (let r = 0; r < map.length; r++) w.set(s.weights.subarray(r * nL, (r + 1) * nL), map[r] * nL);
    return w;
  });
  return [table, weights];
}

/** Builds the decoding facts of a label set. */
export function makeDecodeSetup(labels: readonly string[], scheme: TagScheme, types: readonly string[], options: FeatureOptions): DecodeSetup {
  const labelType = new Int8Array(labels.length);
  for (let y = 0; y < labels.length; y++) labelType[y] = typeIndexOf(labels[y], types);
  return { options, labels: labels.length, allowed: transitionMask(labels, scheme), labelType, types: types.length };
}

/** Options of {@link saveNerModel}. */
export interface SaveNerModelOptions {
  /** Drop features whose largest absolute weight is below this. Default 0 (drop only all-zero rows). */
  pruneBelow?: number;
  /** gzip level. Default 9. */
  level?: number;
}

/** Serialises a model to bytes (gzip); see the module comment for the layout. Deterministic. */
export function serializeNerModel(model: NerModel, options: SaveNerModelOptions = {}): Buffer {
  const prune = options.pruneBelow ?? 0;
  const nL = model.labels.length;
  const le = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const { lo, hi } = model.table.keys();
  const S = model.stageWeights.length;
  const keep: number[] = [];
  for (let r = 0; r < model.table.size; r++) {
    let m = 0;
    for (const sw of model.stageWeights) for (let y = 0; y < nL; y++) m = Math.max(m, Math.abs(sw[r * nL + y]));
    if (m > prune && m > 0) keep.push(r);
  }
  // Order by key so the file does not depend on training's insertion order.
  keep.sort((a, b) => lo[a] - lo[b] || hi[a] - hi[b]);
  const F = keep.length;
  const kLo = new Uint32Array(F);
  const kHi = new Uint32Array(F);
  const w = new Float32Array(S * F * nL);
  for (let i = 0; i < F; i++) {
    const r = keep[i];
    kLo[i] = lo[r];
    kHi[i] = hi[r];
    for (let k = 0; k < S; k++) for (let y = 0; y < nL; y++) w[(k * nL + y) * F + i] = model.stageWeights[k][r * nL + y];
  }
  const sections = [le(kLo), le(kHi), le(w)];
  const ge = model.gazetteer.singleExact.sorted();
  const gl = model.gazetteer.singleLower.sorted();
  const capEntries = [...model.capStats.entries()].sort((a, b) => a[0] - b[0]);
  const C = capEntries.length;
  const capK = new Uint32Array(C);
  const capV = new Uint8Array(C);
  capEntries.forEach(([k, v], i) => {
    capK[i] = k;
    capV[i] = v;
  });
  const header = JSON.stringify({
    scheme: model.scheme,
    labels: model.labels,
    types: model.types,
    options: model.options,
    features: F,
    stages: S,
    capStats: C,
    gazetteer: model.gazetteer.entries(),
    gazetteerSingles: [ge.keys.length, gl.keys.length],
    meta: model.meta,
  });
  const headerBytes = Buffer.from(header, "utf8");
  const pre = Buffer.alloc(12);
  pre.write("DNER", 0, "latin1");
  pre.writeUInt32LE(FORMAT_VERSION, 4);
  pre.writeUInt32LE(headerBytes.length, 8);
  const pad = Buffer.alloc((4 - ((12 + headerBytes.length) % 4)) % 4);
  const pad2 = Buffer.alloc((4 - (C % 4)) % 4);
  const singles = [le(ge.keys), le(ge.bits), le(gl.keys), le(gl.bits)];
  const raw = Buffer.concat([pre, headerBytes, pad, ...sections, le(capK), le(capV), pad2, ...singles]);
  return zlib.gzipSync(raw, { level: options.level ?? 9 });
}

/** Parses bytes written by {@link serializeNerModel}. */
export function deserializeNerModel(bytes: Uint8Array): NerModel {
  const raw = zlib.gunzipSync(bytes);
  if (raw.toString("latin1", 0, 4) !== "DNER") throw new Error("not a dossier NER model (bad magic)");
  const version = raw.readUInt32LE(4);
  if (version !== FORMAT_VERSION && version !== 1) throw new Error(`unsupported NER model version ${version}`);
  const hlen = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString("utf8", 12, 12 + hlen)) as {
    scheme: TagScheme;
    labels: string[];
    types: string[];
    options: FeatureOptions;
    features: number;
    stages: number;
    capStats: number;
    gazetteer: [string, number][];
    gazetteerSingles?: [number, number];
    meta: Record<string, unknown>;
  };
  let off = 12 + hlen;
  off += (4 - (off % 4)) % 4;
  // Views on the gunzipped bytes where they are 4-aligned, else aligned copies.
  const take = (bytesLen: number): [ArrayBuffer, number] => {
    const at = raw.byteOffset + off;
    let out: [ArrayBuffer, number];
    if (at % 4 === 0) out = [raw.buffer as ArrayBuffer, at];
    else {
      const ab = new ArrayBuffer(bytesLen);
      new Uint8Array(ab).set(raw.subarray(off, off + bytesLen));
      out = [ab, 0];
    }
    off += bytesLen;
    return out;
  };
  const nL = header.labels.length;
  const F = header.features;
  const kLo = new Uint32Array(...take(4 * F), F);
  const kHi = new Uint32Array(...take(4 * F), F);
  const wCol = new Float32Array(...take(4 * header.stages * F * nL), header.stages * F * nL);
  const table = new FeatureTable(F);
  const rowOf = new Int32Array(F);
  for (let i = 0; i < F; i++) rowOf[i] = table.add(kLo[i], kHi[i]);
  const stages: NerStage[] = [];
  for (let k = 0; k < header.stages; k++) {
    const w = new Float32Array(F * nL);
    // Column by column: sequential reads of the file's label-major weights.
    for (let y = 0; y < nL; y++) {
      const col = (k * nL + y) * F;
      for (let i = 0; i < F; i++) w[rowOf[i] * nL + y] = wCol[col + i];
    }
    stages.push({ table, weights: w });
  }
  const C = header.capStats;
  const capK = new Uint32Array(...take(4 * C), C);
  const capV = new Uint8Array(...take(C), C);
  const capStats: CapStats = new Map();
  for (let i = 0; i < C; i++) capStats.set(capK[i], capV[i]);
  let gazetteer: Gazetteer;
  if (header.gazetteerSingles) {
    off += (4 - (off % 4)) % 4;
    const [GE, GL] = header.gazetteerSingles;
    const geK = new Uint32Array(...take(4 * GE), GE);
    const geB = new Uint32Array(...take(4 * GE), GE);
    const glK = new Uint32Array(...take(4 * GL), GL);
    const glB = new Uint32Array(...take(4 * GL), GL);
    gazetteer = Gazetteer.fromEntries(header.gazetteer, HashBits.from(geK, geB), HashBits.from(glK, glB));
  } else gazetteer = Gazetteer.fromEntries(header.gazetteer);
  return new NerModel({
    scheme: header.scheme,
    labels: header.labels,
    types: header.types ?? [...ENTITY_TYPES],
    options: { ...DEFAULT_FEATURE_OPTIONS, ...header.options },
    gazetteer,
    capStats,
    stages,
    meta: header.meta,
  });
}

/** Writes a model to `file` (gzip; parent directories are created). Returns the byte size. */
export function saveNerModel(model: NerModel, file: string, options: SaveNerModelOptions = {}): number {
  const bytes = serializeNerModel(model, options);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return bytes.length;
}

/** Reads a model written by {@link saveNerModel}. */
export function loadNerModel(file: string): NerModel {
  return deserializeNerModel(fs.readFileSync(file));
}
