/**
 * Greedy left-to-right decoding (Ratinov & Roth 2009 found it as accurate as Viterbi for NER, and
 * it allows features of any earlier prediction): for each token, score every label with the local
 * features plus the history features built from the labels already chosen, keep only labels
 * allowed after the previous one, and take the best. In training the same routine makes the
 * perceptron update whenever the chosen label differs from the gold one.
 */
import type { FeatureTable } from "./FeatureTable.js";
import { FLAG, KeyBuffer, T, capClass, PredictionHistory } from "./features.js";
import type { FeatureOptions, SentenceAtoms } from "./features.js";

/** Where the weights come from: a feature table giving rows, and `rows × labels` weights. */
export interface WeightSource {
  readonly table: FeatureTable;
  readonly w: Float32Array | Float64Array;
}

/** What a learner must offer to be trained by {@link greedyDecode}. */
export interface Learner extends WeightSource {
  update(lo: number, hi: number, label: number, delta: number): void;
  tick(): void;
}

/** Fixed facts about the label set. */
export interface DecodeSetup {
  options: FeatureOptions;
  /** Number of labels. */
  labels: number;
  /** Transition mask from {@link transitionMask} (row `labels` = sentence start). */
  allowed: Uint8Array;
  /** Entity type index of each label, -1 for `O`. */
  labelType: Int8Array;
  /** Number of entity types. */
  types: number;
}

/** Local feature keys of one sentence: token i owns `lo/hi[start[i] .. start[i+1])`. */
export interface SentenceKeys {
  lo: Uint32Array;
  hi: Uint32Array;
  start: Int32Array;
  /** `start[i] .. lexEnd[i]` are token i's word-identity keys (hidden under word dropout). */
  lexEnd?: Int32Array;
}

/** Local features already resolved to weight rows (-1: unknown): token i owns `rows[start[i] .. start[i+1])`. */
export interface SentenceRows {
  rows: Int32Array;
  start: Int32Array;
}

const hbuf = new KeyBuffer();
let scores = new Float64Array(32);

/** Emits the history (tag-dependent) feature keys of token i into `hb`. */
function historyKeys(o: FeatureOptions, a: SentenceAtoms, i: number, p1: number, p2: number, ph: [number, number] | null, hb: KeyBuffer): void {
  hb.reset(1);
  if (o.historyOrder >= 1) {
    hb.push(T.H1, p1, 0);
    hb.push(T.H1_L, p1, a.L[i]);
    hb.push(T.H1_SS, p1, a.SS[i]);
    hb.push(T.H1_W_NEXT, p1, i + 1 < a.n ? a.N[i + 1] : 0x7f000003);
  }
  if (o.historyOrder >= 2) hb.push(T.H2, p2, p1);
  if (ph && ph[0] >= 0) {
    const cc = capClass(a.FL[i]);
    hb.push(T.PH, ph[0], ph[1]);
    hb.push(T.PH_CC, ph[0], cc);
  }
}

/**
 * Decodes one sentence greedily into `out` (label ids). With `gold` and `learner`, also trains:
 * each wrong choice (or a right one won by less than `margin`) moves the weights towards the gold
 * label and away from the best other label.
 * `history` (may be null) carries the document's prediction history and is updated. In training,
 * `dropWords[i] = 1` hides token i's word-identity features (word dropout).
 */
export function greedyDecode(
  setup: DecodeSetup,
  a: SentenceAtoms,
  keys: SentenceKeys | SentenceRows,
  src: WeightSource,
  history: PredictionHistory | null,
  out: Int32Array,
  gold?: Int32Array,
  learner?: Learner,
  margin = 0,
  dropWords?: Uint8Array,
): void {
  const nL = setup.labels;
  if (scores.length < nL) scores = new Float64Array(nL);
  const o = setup.options;
  const usePh = o.predictionHistory && history !== null;
  let p1 = nL;
  let p2 = nL;
  for (let i = 0; i < a.n; i++) {
    const w = src.w;
    const table = src.table;
    scores.fill(0, 0, nL);
    const s0 = dropWords && dropWords[i] && "lo" in keys && keys.lexEnd ? keys.lexEnd[i] : keys.start[i];
    const s1 = keys.start[i + 1];
    if ("rows" in keys) {
      const rows = keys.rows;
      for (let f = s0; f < s1; f++) {
        const r = rows[f];
        if (r < 0) continue;
        const base = r * nL;
        for (let y = 0; y < nL; y++) scores[y] += w[base + y];
      }
    } else {
      for (let f = s0; f < s1; f++) {
        const r = table.get(keys.lo[f], keys.hi[f]);
        if (r < 0) continue;
        const base = r * nL;
        for (let y = 0; y < nL; y++) scores[y] += w[base + y];
      }
    }
    const capitalised = (a.FL[i] & (FLAG.INIT_CAP | FLAG.ALL_CAPS)) !== 0;
    const ph = usePh && capitalised ? history!.lookup(a.lower[i]) : null;
    historyKeys(o, a, i, p1, p2, ph, hbuf);
    for (let f = 0; f < hbuf.len; f++) {
      const r = table.get(hbuf.lo[f], hbuf.hi[f]);
      if (r < 0) continue;
      const base = r * nL;
      for (let y = 0; y < nL; y++) scores[y] += w[base + y];
    }
    const row = p1 * nL;
    let best = -1;
    let bestScore = -Infinity;
    for (let y = 0; y < nL; y++) {
      if (setup.allowed[row + y] === 0) continue;
      if (scores[y] > bestScore) {
        bestScore = scores[y];
        best = y;
      }
    }
    if (gold && learner && "lo" in keys) {
      const g = gold[i];
      // Rival: the best allowed label other than gold. Update when it wins or is within `margin`.
      let rival = best;
      if (best === g) {
        rival = -1;
        let rs = -Infinity;
        for (let y = 0; y < nL; y++) {
          if (y === g || setup.allowed[row + y] === 0) continue;
          if (scores[y] > rs) {
            rs = scores[y];
            rival = y;
          }
        }
        if (rival >= 0 && scores[g] - rs >= margin) rival = -1;
      }
      if (rival >= 0) {
        for (let f = s0; f < s1; f++) {
          learner.update(keys.lo[f], keys.hi[f], g, 1);
          learner.update(keys.lo[f], keys.hi[f], rival, -1);
        }
        for (let f = 0; f < hbuf.len; f++) {
          learner.update(hbuf.lo[f], hbuf.hi[f], g, 1);
          learner.update(hbuf.lo[f], hbuf.hi[f], rival, -1);
        }
      }
      learner.tick();
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
