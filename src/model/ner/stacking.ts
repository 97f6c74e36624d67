/**
 * Document-level stacking (a second pass, in the spirit of Krishnan & Manning 2006 and Ratinov &
 * Roth 2009's "context aggregation"): a first-stage model tags the whole document, and the second
 * stage sees, for every token, what the first stage said about it and about the same strings in
 * the *other* sentences of the document:
 *
 * - `self`: the first-stage labels of tokens i−1, i, i+1;
 * - `docGaz`: the token lies inside a string that the first stage tagged as an entity elsewhere in
 *   the document (matched case-insensitively): entity type × position in the match (B/I/L/U);
 * - `docTok`: the (lower-cased) token occurs inside first-stage entities elsewhere in the document:
 *   type × position in that entity (e.g. "Clinton" alone, after "Bill Clinton" was tagged `PER`);
 * - `majority`: the type most often given to this capitalised word elsewhere in the document, and
 *   whether all those occurrences agree.
 *
 * In training, the first-stage labels of the training documents come from models that did not see
 * those documents (k-fold jackknifing), so the second stage learns how far to trust them.
 */
import { GAZ_MAX_TOKENS, bioSpans } from "./gazetteer.js";

/** Per-sentence stacked feature codes (see the module comment). */
export interface StackCodes {
  /** First-stage label id (in the model's label set, via BIO → id) of each token. */
  self: Int32Array;
  /** Per token: codes `type * 4 + position` of document-gazetteer matches from other sentences. */
  docGaz: number[][];
  /** Per token: codes `type * 4 + position` of the token inside other sentences' entities. */
  docTok: number[][];
  /** Per token: `majorityType + 1` (0: no other capitalised occurrence; `types + 1`: mostly not an entity). */
  majority: Int32Array;
  /** Per token: 1 when every other capitalised occurrence got the majority type. */
  unanimous: Uint8Array;
}

const POS_B = 0;
const POS_I = 1;
const POS_L = 2;
const POS_U = 3;

function bump(m: Map<string, Int32Array>, key: string, idx: number, size: number, by: number): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Int32Array(size)));
  c[idx] += by;
}

function positionOf(k: number, len: number): number {
  return len === 1 ? POS_U : k === 0 ? POS_B : k === len - 1 ? POS_L : POS_I;
}

/**
 * Computes stacked codes for every sentence of a document from the first stage's IOB2 tags.
 * `labelIdOf` maps a first-stage IOB2 tag to the id used in the `self` feature. `lowered`, when
 * given, is the lower-cased tokens (saves recomputing them).
 */
export function stackDocument(
  sentences: readonly (readonly string[])[],
  bio: readonly (readonly string[])[],
  types: readonly string[],
  labelIdOf: (tag: string) => number,
  lowered?: readonly (readonly string[])[],
): StackCodes[] {
  const nT = types.length;
  const typeIdx = new Map(types.map((t, i) => [t, i]));
  const lowerSents = lowered ?? sentences.map((s) => s.map((w) => w.toLowerCase()));
  // Per sentence contributions, and document totals.
  const entTotal = new Map<string, Int32Array>();
  const tokTotal = new Map<string, Int32Array>();
  const wordTotal = new Map<string, Int32Array>();
  const entOwn: Map<string, Int32Array>[] = [];
  const tokOwn: Map<string, Int32Array>[] = [];
  const wordOwn: Map<string, Int32Array>[] = [];
  const prefixes = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s];
    const low = lowerSents[s];
    const eo = new Map<string, Int32Array>();
    const to = new Map<string, Int32Array>();
    const wo = new Map<string, Int32Array>();
    const inEntity = new Int32Array(toks.length).fill(-1);
    for (const sp of bioSpans(bio[s])) {
      const t = typeIdx.get(sp.type);
      if (t === undefined) continue;
      const len = sp.end - sp.start;
      for (let k = sp.start; k < sp.end; k++) inEntity[k] = t;
      if (len <= GAZ_MAX_TOKENS) {
        const key = low.slice(sp.start, sp.end).join(" ");
        bump(eo, key, t, nT, 1);
        bump(entTotal, key, t, nT, 1);
        let p = "";
        for (let k = sp.start; k < sp.end; k++) {
          p = k === sp.start ? low[k] : `${p} ${low[k]}`;
          prefixes.add(p);
        }
      }
      for (let k = sp.start; k < sp.end; k++) {
        const code = t * 4 + positionOf(k - sp.start, len);
        bump(to, low[k], code, nT * 4, 1);
        bump(tokTotal, low[k], code, nT * 4, 1);
      }
    }
    for (let k = 0; k < toks.length; k++) {
      const w = toks[k];
      if (w === low[k]) continue; // no capital letter
      const t = inEntity[k] < 0 ? nT : inEntity[k];
      bump(wo, low[k], t, nT + 1, 1);
      bump(wordTotal, low[k], t, nT + 1, 1);
    }
    entOwn.push(eo);
    tokOwn.push(to);
    wordOwn.push(wo);
  }

  const out: StackCodes[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const low = lowerSents[s];
    const n = low.length;
    const self = new Int32Array(n);
    for (let k = 0; k < n; k++) self[k] = labelIdOf(bio[s][k]);
    const docGaz: number[][] = Array.from({ length: n }, () => []);
    const docTok: number[][] = Array.from({ length: n }, () => []);
    const majority = new Int32Array(n);
    const unanimous = new Uint8Array(n);
    // Document gazetteer from the other sentences.
    for (let i = 0; i < n; i++) {
      let key = "";
      for (let j = i; j < n && j - i < GAZ_MAX_TOKENS; j++) {
        key = j === i ? low[j] : `${key} ${low[j]}`;
        if (!prefixes.has(key)) break;
        const tot = entTotal.get(key);
        if (!tot) continue;
        const own = entOwn[s].get(key);
        for (let t = 0; t < nT; t++) {
          if (tot[t] - (own ? own[t] : 0) <= 0) continue;
          const len = j - i + 1;
          for (let k = i; k <= j; k++) docGaz[k].push(t * 4 + positionOf(k - i, len));
        }
      }
    }
    for (let k = 0; k < n; k++) {
      const tt = tokTotal.get(low[k]);
      if (tt) {
        const own = tokOwn[s].get(low[k]);
        for (let c = 0; c < tt.length; c++) if (tt[c] - (own ? own[c] : 0) > 0) docTok[k].push(c);
      }
      const wt = wordTotal.get(low[k]);
      if (wt) {
        const own = wordOwn[s].get(low[k]);
        let best = -1;
        let bestN = 0;
        let total = 0;
        for (let t = 0; t <= nT; t++) {
          const c = wt[t] - (own ? own[t] : 0);
          total += c;
          if (c > bestN) [best, bestN] = [t, c];
        }
        if (best >= 0) {
          majority[k] = best + 1;
          unanimous[k] = bestN === total ? 1 : 0;
        }
      }
    }
    out.push({ self, docGaz, docTok, majority, unanimous });
  }
  return out;
}
