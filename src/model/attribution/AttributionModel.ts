/**
 * A trained attribution extractor in two stages, both structured averaged perceptrons decoded with
 * constrained Viterbi (`viterbi.ts`):
 *
 * 1. **cues**: BIO tags over the whole document from hashed token features (`features.ts`); a
 *    `cueBias` added to every `B-cue` score trades precision for recall, a `cueInsideBias` added
 *    to every `I-cue` score lengthens cues. (A one-stage model, with
 *    no argument stage, tags source/cue/content here and assembles them with `assemble.ts`.)
 * 2. **arguments**: for each cue, source and content tags in a sentence window around it, from
 *    features conditioned on the cue (`argumentFeatures.ts`, `argumentTagger.ts`); the content
 *    runs of a cue are one (possibly discontinuous) content (`argumentAssemble.ts`).
 *
 * ```ts
 * const model = loadAttributionModel("models/attribution.bin.gz");
 * model.extract("“We will win,” Flynn said.");
 * // [{ source: { text: "Flynn", … }, cue: { text: "said", … }, content: { text: "“We will win,”", … } }]
 * ```
 *
 * File format (`saveAttributionModel`): gzip of `"DATT"`, u32 format version, u32 header length,
 * a JSON header (labels, bucket bits, feature versions, stage count, cue biases, the cue lexicon,
 * training facts),
 * padding to 4 bytes, then per stage, little-endian: u32 R (rows with a non-zero weight), u32 × R
 * row (bucket) indices ascending, f32 × R·L weights (row-major), f32 × (L+1)·L transitions
 * (row L = start scores).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { extractFeatures, featureExtractor, FEATURE_VERSION, type DocumentFeatures } from "./features.js";
import { LABELS, NUM_LABELS, labelOf } from "./labels.js";
import { viterbi, ViterbiDecoder } from "./viterbi.js";
import { tokenizeDocument, type TokenizedDocument } from "./tokens.js";
import { assembleAttributions, tagSpans, type AssembleOptions, type ExtractedAttribution } from "./assemble.js";
import { emissionScores } from "./emissionScores.js";
import { ARGUMENT_FEATURE_VERSION, argumentWindow, tokenAtoms, type CueRange } from "./argumentFeatures.js";
import { otherCueMasks, tagArguments } from "./argumentTagger.js";
import { attributionFromArguments } from "./argumentAssemble.js";
import { lexiconFromJSON, lexiconToJSON, type CueLexicon } from "./cueLexicon.js";
import type { RuleView } from "./ruleRoles.js";
import { PackedRows } from "./PackedRows.js";

export { emissionScores };

const MAGIC = "DATT";
const B_CUE = labelOf("cue", false);
const I_CUE = labelOf("cue", true);
const B_CONTENT = labelOf("content", false);
const I_CONTENT = labelOf("content", true);
const FORMAT_VERSION = 2;
/** Tokens per block of the first stage in `extractFrom` (whole sentences; a longer sentence is a block of its own). */
const FIRST_STAGE_BLOCK = 8192;

/** Weights of one stage. */
export interface StageParts {
  /** `2^bucketBits × L` weights, row-major. */
  weights: Float32Array;
  /** `(L + 1) × L` transition weights; row L = start. */
  transitions: Float32Array;
  /**
   * The same weights with only the columns some row uses (what scoring reads, `PackedRows.ts`). A
   * model read from a file has these, and its `weights` is built only when asked for (training
   * scripts).
   */
  packed?: PackedRows;
}

/** A stage's packed rows: its own, or packed from its full table. */
function packedOf(st: StageParts): PackedRows {
  return st.packed ?? PackedRows.fromTable(st.weights, NUM_LABELS);
}

export interface AttributionModelParts extends StageParts {
  bucketBits: number;
  /** log2 of the argument stage's buckets. Default `bucketBits`. */
  argumentBucketBits?: number;
  /** The optional second stage: source and content conditioned on each cue. */
  argumentStage?: StageParts;
  /** Assembly settings picked on dev (one-stage assembly). */
  assemble?: AssembleOptions;
  /**
   * Added to every token's `B-cue` score in the first stage before decoding: > 0 finds more cues
   * (recall), < 0 fewer (precision). Picked on dev. Default 0.
   */
  cueBias?: number;
  /**
   * Added to every token's `I-cue` score in the first stage: > 0 makes cues longer (PolNeAR cues
   * often take particles, adverbials and verb chains: `called for`, `said in a statement`). Picked
   * on dev. Default 0.
   */
  cueInsideBias?: number;
  /** The cue lexicon the first stage's features read (learned from the training split). */
  lexicon?: CueLexicon;
  /** Free-form facts about training (settings, dev scores). */
  meta?: Record<string, unknown>;
}

export class AttributionModel {
  readonly bucketBits: number;
  readonly argumentBucketBits: number;
  readonly transitions: Float32Array;
  readonly argumentStage: StageParts | null;
  private readonly first: StageParts;
  /** The stages' weights as scoring reads them (the used columns only). */
  private readonly table: PackedRows;
  private readonly argumentTable: PackedRows | null;
  readonly assembleOptions: AssembleOptions;
  readonly cueBias: number;
  readonly cueInsideBias: number;
  readonly lexicon: CueLexicon | undefined;
  readonly meta: Record<string, unknown>;

  constructor(parts: AttributionModelParts) {
    this.bucketBits = parts.bucketBits;
    this.argumentBucketBits = parts.argumentBucketBits ?? parts.bucketBits;
    this.first = parts;
    this.transitions = parts.transitions;
    this.argumentStage = parts.argumentStage ?? null;
    this.assembleOptions = parts.assemble ?? {};
    this.cueBias = parts.cueBias ?? 0;
    this.cueInsideBias = parts.cueInsideBias ?? 0;
    this.lexicon = parts.lexicon;
    this.meta = parts.meta ?? {};
    for (const [st, bits] of [[parts, this.bucketBits], ...(parts.argumentStage ? [[parts.argumentStage, this.argumentBucketBits]] : [])] as Array<[StageParts, number]>) {
      const size = st.packed ? st.packed.buckets * st.packed.width : st.weights.length;
      if (size !== (1 << bits) * NUM_LABELS) throw new Error("attribution model: weight array has the wrong size");
      if (st.transitions.length !== (NUM_LABELS + 1) * NUM_LABELS) throw new Error("attribution model: transition array has the wrong size");
    }
    this.table = packedOf(parts);
    this.argumentTable = parts.argumentStage ? packedOf(parts.argumentStage) : null;
  }

  /** The first stage's full weight table (`2^bucketBits × L`; built on first use for a model read from a file). */
  get weights(): Float32Array {
    return this.first.weights;
  }

  /** Whether the model was trained with the rule quotes' roles as features (`ruleRoles.ts`). */
  get readsRules(): boolean {
    return this.meta.ruleFeatures === true;
  }

  /** First-stage features of a tokenised document (with the model's cue lexicon). */
  features(doc: TokenizedDocument, rules?: RuleView, focus?: Uint8Array): DocumentFeatures {
    return extractFeatures(doc, this.bucketBits, this.lexicon, this.readsRules ? rules : undefined, focus);
  }

  /** First-stage emission scores with the cue biases added. */
  private emissions(features: DocumentFeatures, n: number): Float64Array {
    const em = this.table.scores(features, n);
    if (this.cueBias !== 0) for (let i = 0; i < n; i++) em[i * NUM_LABELS + B_CUE] += this.cueBias;
    if (this.cueInsideBias !== 0) for (let i = 0; i < n; i++) em[i * NUM_LABELS + I_CUE] += this.cueInsideBias;
    return em;
  }

  /** First-stage label tags (indices into `LABELS`) for a tokenised document. */
  tag(doc: TokenizedDocument, features: DocumentFeatures = this.features(doc)): Uint8Array {
    return viterbi(this.emissions(features, doc.tokens.length), doc.tokens.length, NUM_LABELS, this.transitions);
  }

  /** Attributions (source, cue, content) found in a text; spans are offsets into `text`. */
  extract(text: string): ExtractedAttribution[] {
    return this.extractFrom(tokenizeDocument(text));
  }

  /**
   * Same as {@link extract} for an already tokenised document (`rules`: the rule quotes' roles,
   * read when the model was trained with them). Each attribution's `score` is its cue's first
   * token's `B-cue` score over `O` (biases included): > 0 means the tagger chose it on its own.
   * With `focus` (a flag per sentence) cues are looked for in the flagged sentences only, and
   * only their features are computed (the cost follows the focus, not the document).
   */
  extractFrom(doc: TokenizedDocument, features?: DocumentFeatures, rules?: RuleView, focus?: Uint8Array): ExtractedAttribution[] {
    const n = doc.tokens.length;
    const L = NUM_LABELS;
    // The first stage a block of sentences at a time (features, scores, Viterbi's forward pass):
    // a long text's features and scores never exist all at once. Each cue's score is kept.
    const decoder = new ViterbiDecoder(n, L, this.transitions);
    const cueScore = new Float64Array(n);
    const take = (em: Float64Array, from: number, count: number) => {
      for (let j = 0; j < count; j++) {
        const i = from + j;
        // (no cue outside the focus sentences: their tokens have no features)
        if (focus && !focus[doc.tokens[i].sentence]) {
          em[j * L + B_CUE] = -1e9;
          em[j * L + I_CUE] = -1e9;
        }
        cueScore[i] = em[j * L + B_CUE] - em[j * L];
      }
      decoder.push(em, count);
    };
    if (features) take(this.emissions(features, n), 0, n);
    else {
      const block = featureExtractor(doc, this.bucketBits, this.lexicon, this.readsRules ? rules : undefined, focus);
      const S = doc.sentences;
      for (let s0 = 0, t0 = 0; s0 < S.length; ) {
        let s1 = s0 + 1;
        while (s1 < S.length && S[s1].tokenEnd - t0 <= FIRST_STAGE_BLOCK) s1++;
        const t1 = s1 === S.length ? n : S[s1 - 1].tokenEnd;
        take(this.emissions(block(s0, s1, t0, t1), t1 - t0), t0, t1 - t0);
        s0 = s1;
        t0 = t1;
      }
      if (!S.length && n) take(this.emissions(block(0, 0, 0, n), n), 0, n);
    }
    const tags = decoder.finish();
    if (!this.argumentStage) return assembleAttributions(doc.text, doc.tokens, tags, this.assembleOptions);
    const cues: CueRange[] = tagSpans(tags)
      .filter((s) => s.role === "cue")
      .map((s) => ({ first: s.first, last: s.last }));
    const out = this.argumentsOf(doc, cues, rules);
    for (const a of out) {
      const i = a.cueFirst ?? -1;
      if (i >= 0) a.score = cueScore[i];
    }
    return out;
  }

  /**
   * Second stage only: the attributions of the given cues (token ranges). Each cue's window is
   * read narrow first (`NARROW`); `narrow: false` reads every full window.
   */
  argumentsOf(doc: TokenizedDocument, cues: CueRange[], rules?: RuleView, narrow = true): ExtractedAttribution[] {
    if (!this.argumentStage || !this.argumentTable) throw new Error("attribution model: no argument stage");
    const atoms = tokenAtoms(doc);
    const out: ExtractedAttribution[] = [];
    const r2 = this.readsRules ? rules : undefined;
    const others = otherCueMasks(doc.tokens.length, cues);
    const stage = { table: this.argumentTable, transitions: this.argumentStage.transitions };
    for (const cue of cues) {
      const win = argumentWindow(doc, cue);
      let r: { from: number; to: number; tags: Uint8Array } | null = null;
      // (the narrow window first; the emission scores of its tokens are the full window's)
      const near = narrow ? argumentWindow(doc, cue, NARROW[0], NARROW[1]) : win;
      if (near.from > win.from || near.to < win.to) {
        r = tagArguments(stage, this.argumentBucketBits, doc, atoms, cue, others(cue, near.from, near.to), r2, near);
        if (reachesEdge(doc, cue, r, win)) r = null;
      }
      r ??= tagArguments(stage, this.argumentBucketBits, doc, atoms, cue, others(cue, win.from, win.to), r2, win);
      const a = attributionFromArguments(doc, cue, r.from, r.tags);
      if (a) out.push(a);
    }
    return out.sort((a, b) => a.content.start - b.content.start);
  }
}

/**
 * Sentences before and after the cue's that the argument stage reads first (`argumentsOf`); the
 * full window (`argumentWindow`: two before, three after) is read only when what it tagged there
 * `reachesEdge`. Nine in ten PolNeAR train attributions lie in their cue's sentence and 97 % in
 * this narrow window; on PolNeAR dev (2,226 attributions) and news-dev two attributions changed
 * against the full window everywhere, and the argument stage reads a fifth fewer tokens.
 */
const NARROW: readonly [number, number] = [1, 2];

/**
 * Whether arguments tagged over a narrow window may go on beyond it: a label on the window's first
 * or last token, or in a sentence before or after the cue's whose neighbour the full window holds
 * and the narrow one does not; or no content at all (it may lie further away).
 */
function reachesEdge(doc: TokenizedDocument, cue: CueRange, r: { from: number; to: number; tags: Uint8Array }, full: { from: number; to: number }): boolean {
  const s = doc.tokens[cue.first].sentence;
  let content = false;
  for (let j = 0; j < r.tags.length; j++) {
    if (r.tags[j] === B_CONTENT || r.tags[j] === I_CONTENT) content = true;
    if (r.tags[j] === 0) continue;
    const i = r.from + j;
    if (i >= cue.first && i <= cue.last) continue;
    // (an argument on the window's first or last token may go on beyond it)
    if ((j === 0 && r.from > full.from) || (j === r.tags.length - 1 && r.to < full.to)) return true;
    const t = doc.tokens[i].sentence;
    if (t < s && r.from > full.from) return true;
    if (t > s && r.to < full.to) return true;
  }
  return !content;
}

function encodeStage(st: StageParts, bucketBits: number): Buffer {
  const L = NUM_LABELS;
  const rows: number[] = [];
  const buckets = 1 << bucketBits;
  for (let r = 0; r < buckets; r++) {
    for (let y = 0; y < L; y++) {
      if (st.weights[r * L + y] !== 0) {
        rows.push(r);
        break;
      }
    }
  }
  const body = Buffer.alloc(4 + rows.length * 4 + rows.length * L * 4 + st.transitions.length * 4);
  let o = body.writeUInt32LE(rows.length, 0);
  for (const r of rows) o = body.writeUInt32LE(r, o);
  for (const r of rows) for (let y = 0; y < L; y++) o = body.writeFloatLE(st.weights[r * L + y], o);
  for (let k = 0; k < st.transitions.length; k++) o = body.writeFloatLE(st.transitions[k], o);
  return body;
}

function decodeStage(buf: Buffer, o: number, bucketBits: number): { stage: StageParts; next: number } {
  const L = NUM_LABELS;
  const R = buf.readUInt32LE(o);
  o += 4;
  const transitions = new Float32Array((L + 1) * L);
  if (LITTLE_ENDIAN) {
    // Typed-array views on the gunzipped bytes (the file is little-endian, 4-aligned): a block
    // copy per row instead of a readFloatLE per weight (model loading was most of a worker's start-up).
    const rows = int32View(buf, o, R, Uint32Array);
    o += 4 * R;
    const rowWeights = int32View(buf, o, R * L, Float32Array);
    o += 4 * R * L;
    transitions.set(int32View(buf, o, transitions.length, Float32Array));
    o += 4 * transitions.length;
    return { stage: lazyStage(PackedRows.fromRows(1 << bucketBits, L, rows, rowWeights), transitions), next: o };
  }
  const rows = new Uint32Array(R);
  for (let k = 0; k < R; k++, o += 4) rows[k] = buf.readUInt32LE(o);
  const rowWeights = new Float32Array(R * L);
  for (let k = 0; k < R * L; k++, o += 4) rowWeights[k] = buf.readFloatLE(o);
  for (let k = 0; k < transitions.length; k++, o += 4) transitions[k] = buf.readFloatLE(o);
  return { stage: lazyStage(PackedRows.fromRows(1 << bucketBits, L, rows, rowWeights), transitions), next: o };
}

/** A stage read from a file: its packed rows, and its full table built when first asked for. */
function lazyStage(packed: PackedRows, transitions: Float32Array): StageParts {
  let full: Float32Array | null = null;
  return {
    packed,
    transitions,
    get weights(): Float32Array {
      full ??= packed.expand();
      return full;
    },
  };
}

const LITTLE_ENDIAN = os.endianness() === "LE";

/** `n` 4-byte values of `buf` from byte `o`: a view when aligned, else an aligned copy. */
function int32View<T extends Uint32Array | Float32Array>(buf: Buffer, o: number, n: number, Type: { new (b: ArrayBuffer, offset: number, length: number): T }): T {
  const at = buf.byteOffset + o;
  if (o + 4 * n > buf.length) throw new Error("attribution model: truncated file");
  if (at % 4 === 0) return new Type(buf.buffer as ArrayBuffer, at, n);
  const copy = new ArrayBuffer(4 * n);
  new Uint8Array(copy).set(buf.subarray(o, o + 4 * n));
  return new Type(copy, 0, n);
}

/** Serialises a model (deterministic: the same model gives the same bytes). */
export function encodeAttributionModel(m: AttributionModelParts): Buffer {
  const stages = [m, ...(m.argumentStage ? [m.argumentStage] : [])];
  const header = Buffer.from(
    JSON.stringify({
      labels: LABELS,
      bucketBits: m.bucketBits,
      argumentBucketBits: m.argumentBucketBits ?? m.bucketBits,
      featureVersion: FEATURE_VERSION,
      argumentFeatureVersion: ARGUMENT_FEATURE_VERSION,
      stages: stages.length,
      assemble: m.assemble ?? {},
      cueBias: m.cueBias ?? 0,
      cueInsideBias: m.cueInsideBias ?? 0,
      lexicon: m.lexicon ? lexiconToJSON(m.lexicon) : [],
      meta: m.meta ?? {},
    }),
    "utf8",
  );
  const pad = (4 - ((12 + header.length) % 4)) % 4;
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, "ascii");
  head.writeUInt32LE(FORMAT_VERSION, 4);
  head.writeUInt32LE(header.length, 8);
  return zlib.gzipSync(Buffer.concat([head, header, Buffer.alloc(pad), ...stages.map((st, k) => encodeStage(st, k === 0 ? m.bucketBits : (m.argumentBucketBits ?? m.bucketBits)))]), { level: 9 });
}

/** Parses a model file's bytes. */
export function decodeAttributionModel(bytes: Buffer): AttributionModel {
  const buf = zlib.gunzipSync(bytes);
  if (buf.toString("ascii", 0, 4) !== MAGIC) throw new Error("attribution model: bad magic");
  const version = buf.readUInt32LE(4);
  if (version !== FORMAT_VERSION) throw new Error(`attribution model: unsupported format version ${version}`);
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + hlen)) as {
    labels: string[];
    bucketBits: number;
    argumentBucketBits?: number;
    featureVersion: number;
    argumentFeatureVersion?: number;
    stages: number;
    assemble: AssembleOptions;
    cueBias?: number;
    cueInsideBias?: number;
    lexicon?: Array<[string, number, number, number]>;
    meta: Record<string, unknown>;
  };
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`attribution model: trained with feature version ${header.featureVersion}, code has ${FEATURE_VERSION}`);
  }
  if (header.stages > 1 && (header.argumentFeatureVersion ?? 1) !== ARGUMENT_FEATURE_VERSION) {
    throw new Error(`attribution model: argument stage trained with feature version ${header.argumentFeatureVersion ?? 1}, code has ${ARGUMENT_FEATURE_VERSION}`);
  }
  if (header.labels.join() !== LABELS.join()) throw new Error("attribution model: label set differs");
  let o = 12 + hlen;
  o += (4 - (o % 4)) % 4;
  const first = decodeStage(buf, o, header.bucketBits);
  const argumentBucketBits = header.argumentBucketBits ?? header.bucketBits;
  const second = header.stages > 1 ? decodeStage(buf, first.next, argumentBucketBits).stage : undefined;
  return new AttributionModel({
    bucketBits: header.bucketBits,
    argumentBucketBits,
    ...first.stage,
    argumentStage: second,
    assemble: header.assemble,
    cueBias: header.cueBias ?? 0,
    cueInsideBias: header.cueInsideBias ?? 0,
    lexicon: header.lexicon && header.lexicon.length > 0 ? lexiconFromJSON(header.lexicon) : undefined,
    meta: header.meta,
  });
}

/**
 * The raw stages of a model file, without the feature-version check (for training scripts that
 * reuse one stage of an earlier file; the argument stage's features are versioned apart).
 */
export function readModelStages(bytes: Buffer): { bucketBits: number; argumentBucketBits: number; argumentFeatureVersion: number; stages: StageParts[] } {
  const buf = zlib.gunzipSync(bytes);
  if (buf.toString("ascii", 0, 4) !== MAGIC) throw new Error("attribution model: bad magic");
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + hlen)) as { bucketBits: number; argumentBucketBits?: number; stages: number; argumentFeatureVersion?: number };
  const argumentBucketBits = header.argumentBucketBits ?? header.bucketBits;
  let o = 12 + hlen;
  o += (4 - (o % 4)) % 4;
  const stages: StageParts[] = [];
  for (let k = 0; k < header.stages; k++) {
    const r = decodeStage(buf, o, k === 0 ? header.bucketBits : argumentBucketBits);
    stages.push(r.stage);
    o = r.next;
  }
  return { bucketBits: header.bucketBits, argumentBucketBits, argumentFeatureVersion: header.argumentFeatureVersion ?? 1, stages };
}

/** Writes a model file (creating its folder). */
export function saveAttributionModel(file: string, m: AttributionModelParts): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodeAttributionModel(m));
}

/** Reads a model file. */
export function loadAttributionModel(file: string): AttributionModel {
  return decodeAttributionModel(fs.readFileSync(file));
}
