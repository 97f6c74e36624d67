/**
 * Prediction-time scoring of the NER model. It computes exactly the sums that
 * {@link greedyDecode} computes (the same float64 additions, in the same order), arranged so that
 * each local feature is looked up once for all stages and the part of a token's sum that depends
 * on the word alone is cached:
 *
 * - {@link scoreLocalCached} sums the local feature weights of every token of a sentence for
 *   every stage in one pass, taking the intrinsic part (word identity, shape, flags, affixes) from
 *   an {@link IntrinsicCache} of frequent words;
 * - {@link decodeScored} decodes one sentence greedily with one stage from those sums, adding the
 *   stage's extra (stacked) rows and its history features in the order `greedyDecode` adds them.
 *
 * Predictions are therefore bit-for-bit those of `greedyDecode` over the concatenated rows.
 */
import type { FeatureTable } from "./FeatureTable.js";
import { FLAG, KeyBuffer, T, capClass } from "./features.js";
import type { FeatureExtractor, PredictionHistory, SentenceAtoms } from "./features.js";
import type { DecodeSetup, SentenceRows } from "./decode.js";
import { keyHi, keyLo } from "./hash.js";

/**
 * Sums of the intrinsic features of a word (see {@link KeyBuffer.ctxStart}) for every stage, by
 * word and sentence-start / headline flags. The intrinsic keys come first in a token's keys, so
 * the cached sum is exactly the running sum at `ctxStart`. Words with a recased spelling (which
 * depends on the document) are never cached. Bounded: cleared when `limit` words are held.
 */
export class IntrinsicCache {
  /** One map per value of the (SENT_START, HEADLINE) flag pair. */
  private readonly maps = [new Map<string, Float64Array>(), new Map<string, Float64Array>(), new Map<string, Float64Array>(), new Map<string, Float64Array>()];
  private size = 0;
  constructor(readonly limit = 20_000) {}

  /** Which map a token with flags `fl` uses. */
  static slot(fl: number): number {
    return ((fl & FLAG.SENT_START ? 1 : 0) | (fl & FLAG.HEADLINE ? 2 : 0));
  }

  get(slot: number, word: string): Float64Array | undefined {
    return this.maps[slot].get(word);
  }

  set(slot: number, word: string, sums: Float64Array): void {
    if (this.size >= this.limit) {
      for (const m of this.maps) m.clear();
      this.size = 0;
    }
    this.maps[slot].set(word, sums);
    this.size++;
  }
}

/**
 * Per token and stage, the sum of the weights of the token's local features (missing features
 * skipped), written to `out[(i * stages + stage) * labels + label]` (`out` must hold
 * `n * stages * labels` zeros). The intrinsic part of each sum comes from `cache` when present
 * (and is stored there otherwise). Emits the keys itself (`extractor.localKeys` into `buf`).
 * Tokens marked in `inactive` (see `inactiveTokens`) are not scored: their sums stay as they are.
 */
export function scoreLocalCached(
  extractor: FeatureExtractor,
  a: SentenceAtoms,
  table: FeatureTable,
  ws: readonly Float32Array[],
  labels: number,
  buf: KeyBuffer,
  cache: IntrinsicCache,
  out: Float64Array,
  inactive: Uint8Array | null = null,
): void {
  const n = a.n;
  const stride = ws.length * labels;
  const hit: (Float64Array | undefined)[] = new Array(n);
  const skip = new Uint8Array(n);
  const slots = new Int8Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (a.DW[i] !== 0 || (inactive !== null && inactive[i])) continue;
    const slot = IntrinsicCache.slot(a.FL[i]);
    const v = cache.get(slot, a.tokens[i]);
    if (v !== undefined) {
      hit[i] = v;
      skip[i] = 1;
    } else slots[i] = slot;
  }
  extractor.localKeys(a, buf, skip, inactive ?? undefined);
  const start = buf.start;
  const ctx = buf.ctxStart;
  // All rows first, then the weights: the table probes are independent of each other, so the
  // processor overlaps their cache misses instead of waiting for each before adding its row.
  const rows = resolveRows(table, buf);
  for (let i = 0; i < n; i++) {
    if (inactive !== null && inactive[i]) continue;
    const o = i * stride;
    const v = hit[i];
    if (v !== undefined) out.set(v, o);
    else {
      addRows(rows, ws, labels, start[i], ctx[i], out, o);
      if (slots[i] >= 0) cache.set(slots[i], a.tokens[i], out.slice(o, o + stride));
    }
    addRows(rows, ws, labels, ctx[i], start[i + 1], out, o);
  }
}

let rowScratch = new Int32Array(4096);

/** The weight row of every key in `buf` (-1 when missing), in a scratch array reused between calls. */
export function resolveRows(table: FeatureTable, buf: KeyBuffer): Int32Array {
  const len = buf.len;
  if (rowScratch.length < len) rowScratch = new Int32Array(2 * len);
  const rows = rowScratch;
  const lo = buf.lo;
  const hi = buf.hi;
  for (let f = 0; f < len; f++) rows[f] = table.get(lo[f], hi[f]);
  return rows;
}

/** Adds the weight rows (every stage) `rows[from..to)` (-1 skipped) to `out` from `o`. */
function addRows(rows: Int32Array, ws: readonly Float32Array[], labels: number, from: number, to: number, out: Float64Array, o: number): void {
  const S = ws.length;
  for (let f = from; f < to; f++) {
    const r = rows[f];
    if (r < 0) continue;
    const base = r * labels;
    for (let k = 0; k < S; k++) {
      const w = ws[k];
      const ok = o + k * labels;
      for (let y = 0; y < labels; y++) out[ok + y] += w[base + y];
    }
  }
}

/** Adds the weights of row `r` (skipped when -1) to `sc`. */
function addRow(r: number, w: Float32Array, nL: number, sc: Float64Array): void {
  if (r < 0) return;
  const base = r * nL;
  for (let y = 0; y < nL; y++) sc[y] += w[base + y];
}

/** Rows of the features that depend on the previous tags alone: `H1` by p1, `H2` by `p2 * (labels + 1) + p1` (label `labels` = sentence start). */
export interface HistoryTagRows {
  h1: Int32Array;
  h2: Int32Array;
}

/** Looks up the rows of every `H1` and `H2` feature once. */
export function historyTagRows(table: FeatureTable, labels: number): HistoryTagRows {
  const m = labels + 1;
  const h1 = new Int32Array(m);
  const h2 = new Int32Array(m * m);
  for (let p1 = 0; p1 < m; p1++) {
    h1[p1] = table.get(keyLo(T.H1, p1, 0), keyHi(T.H1, p1, 0));
    for (let p2 = 0; p2 < m; p2++) h2[p2 * m + p1] = table.get(keyLo(T.H2, p2, p1), keyHi(T.H2, p2, p1));
  }
  return { h1, h2 };
}

const hbuf = new KeyBuffer();
let scores = new Float64Array(32);

/**
 * Greedy decoding of one sentence with one stage: token i's scores start from its local sums
 * `local[localOff + i * localStride ..][0 .. labels)` (see {@link scoreLocalCached}), then add the
 * stage's extra (stacked) rows `extra` and the history features, with the stage's weights `w`.
 * Writes label ids to `out` and updates `history`, exactly as {@link greedyDecode} does — except
 * that tokens marked in `inactive` are not scored but given `forced[previous label]` (see
 * {@link forcedLabels}), and the token before one only chooses among the labels `O` may follow,
 * so an entity never runs into an unscored token; unscored tokens have no capital, so they never
 * enter the prediction history.
 */
export function decodeScored(
  setup: DecodeSetup,
  a: SentenceAtoms,
  local: Float64Array,
  localOff: number,
  localStride: number,
  extra: SentenceRows | null,
  table: FeatureTable,
  w: Float32Array,
  history: PredictionHistory | null,
  out: Int32Array,
  tagRows: HistoryTagRows,
  inactive: Uint8Array | null = null,
  forced: Int32Array | null = null,
): void {
  const nL = setup.labels;
  if (scores.length < nL) scores = new Float64Array(nL);
  const sc = scores;
  const o = setup.options;
  const usePh = o.predictionHistory && history !== null;
  const allowed = setup.allowed;
  const L = a.L;
  const SS = a.SS;
  const N = a.N;
  const FL = a.FL;
  const n = a.n;
  let p1 = nL;
  let p2 = nL;
  for (let i = 0; i < n; i++) {
    if (inactive !== null && forced !== null && inactive[i]) {
      // Not scored (see inactiveTokens): `O`, or the label that must follow the previous one.
      const y = forced[p1];
      out[i] = y;
      p2 = p1;
      p1 = y;
      continue;
    }
    const lb = localOff + i * localStride;
    for (let y = 0; y < nL; y++) sc[y] = local[lb + y];
    if (extra !== null) {
      const rows = extra.rows;
      const end = extra.start[i + 1];
      for (let f = extra.start[i]; f < end; f++) {
        const r = rows[f];
        if (r < 0) continue;
        const base = r * nL;
        for (let y = 0; y < nL; y++) sc[y] += w[base + y];
      }
    }
    const capitalised = (FL[i] & (FLAG.INIT_CAP | FLAG.ALL_CAPS)) !== 0;
    // History features, in decode.ts's order: H1, H1_L, H1_SS, H1_W_NEXT, H2, then PH, PH_CC.
    // H1 and H2 depend on the previous tags alone, so their rows come from `tagRows`.
    const hb = hbuf;
    if (o.historyOrder >= 1) {
      addRow(tagRows.h1[p1], w, nL, sc);
      hb.reset(1);
      hb.push(T.H1_L, p1, L[i]);
      hb.push(T.H1_SS, p1, SS[i]);
      hb.push(T.H1_W_NEXT, p1, i + 1 < n ? N[i + 1] : 0x7f000003);
      for (let f = 0; f < hb.len; f++) addRow(table.get(hb.lo[f], hb.hi[f]), w, nL, sc);
    }
    if (o.historyOrder >= 2) addRow(tagRows.h2[p2 * (nL + 1) + p1], w, nL, sc);
    if (usePh && capitalised) {
      const ph = history!.lookup(a.lower[i]);
      if (ph[0] >= 0) {
        hb.reset(1);
        hb.push(T.PH, ph[0], ph[1]);
        hb.push(T.PH_CC, ph[0], capClass(FL[i]));
        for (let f = 0; f < hb.len; f++) addRow(table.get(hb.lo[f], hb.hi[f]), w, nL, sc);
      }
    }
    const row = p1 * nL;
    let best = -1;
    let bestScore = -Infinity;
    // Before an unscored token only a label that `O` may follow, so that the unscored token is
    // `O` (forced[y] is `O` exactly when `O` may follow y; forced[nL], after the sentence start, is `O`).
    const closes = forced !== null && inactive !== null && i + 1 < n && inactive[i + 1] === 1;
    const oId = closes ? forced![nL] : -1;
    for (let y = 0; y < nL; y++) {
      if (allowed[row + y] === 0) continue;
      if (closes && forced![y] !== oId) continue;
      if (sc[y] > bestScore) {
        bestScore = sc[y];
        best = y;
      }
    }
    out[i] = best;
    if (usePh && capitalised) {
      const t = setup.labelType[best];
      history!.record(a.lower[i], t < 0 ? setup.types : t);
    }
    p2 = p1;
    p1 = best;
  }
}

/**
 * For each previous label (index `labels` = sentence start), the label an unscored token gets:
 * `O` when `O` may follow, else the allowed label of the same entity type that closes the entity
 * (`L-` in BILOU, `I-` otherwise), else the first allowed label.
 */
export function forcedLabels(labelNames: readonly string[], allowed: Uint8Array): Int32Array {
  const nL = labelNames.length;
  const o = labelNames.indexOf("O");
  const out = new Int32Array(nL + 1);
  for (let p = 0; p <= nL; p++) {
    const row = p * nL;
    if (o >= 0 && allowed[row + o]) {
      out[p] = o;
      continue;
    }
    const type = p < nL ? labelNames[p].slice(2) : "";
    let pick = -1;
    for (const prefix of ["L-", "E-", "I-"]) {
      const y = labelNames.indexOf(prefix + type);
      if (y >= 0 && allowed[row + y]) {
        pick = y;
        break;
      }
    }
    for (let y = 0; pick < 0 && y < nL; y++) if (allowed[row + y]) pick = y;
    out[p] = Math.max(0, pick);
  }
  return out;
}
