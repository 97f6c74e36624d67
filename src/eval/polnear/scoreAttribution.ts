/**
 * Attribution (quote) scorer for PolNeAR-style gold: source, cue and content spans scored
 * separately, plus whole attributions. Micro-averaged over documents (counts and credits summed,
 * then ratios).
 *
 * **Span normalisation.** Every span is a list of fragments (a discontinuous gold content keeps its
 * pieces; a contiguous span is one fragment). Whitespace at the edges of each fragment is trimmed
 * first, on gold and predictions alike (a few gold spans end in a newline). A span's *extent* is
 * its first fragment's start to its last fragment's end.
 *
 * **Tokens.** Runs of letters/digits (with inner apostrophes: `didn’t`) and single punctuation
 * marks. A span's tokens are the tokens that intersect any of its fragments.
 *
 * **Per role** (source, cue, content), over the role's *distinct* spans in a document (PolNeAR
 * shares one source span among several attributions, "He said X, adding Y"; a system may repeat a
 * speaker mention — each span is counted once):
 * - **exact**: a predicted span matches a gold span with the same extent, one-to-one.
 *   P = matched / predicted spans, R = matched / gold spans.
 * - **partial** (token overlap, fractional credit): predicted and gold spans are paired
 *   one-to-one by largest token overlap (overlap ≥ 1 token). Each pair earns
 *   `overlap / |predicted tokens|` towards precision and `overlap / |gold tokens|` towards recall;
 *   P = Σ precision credit / predicted spans, R = Σ recall credit / gold spans. An exact match
 *   earns 1 and 1.
 *
 * **Per attribution**: a predicted (source, cue, content) triple matches a gold attribution when
 * (1) their contents share at least 50% of the tokens of the *larger* of the two contents (so
 * each covers at least half of the other), and (2) their sources share at least one token, or
 * both have no source. The cue is not required. One-to-one, greedy by content overlap.
 * P = matched / predicted triples, R = matched / gold attributions.
 *
 * Ratio conventions: with a zero denominator a ratio is 1 when there is neither gold nor
 * prediction, else 0. F1 = 2PR / (P + R), 0 when P + R = 0.
 */

export interface Fragment {
  start: number;
  end: number;
}

/** A span to score: its extent, and its fragments when it is discontinuous. */
export interface ScoredSpan {
  start: number;
  end: number;
  fragments?: Fragment[];
}

export interface AttributionTriple {
  source?: ScoredSpan | null;
  cue?: ScoredSpan | null;
  content: ScoredSpan;
}

export interface AttributionDocumentPair {
  /** The document text (for tokens and whitespace trimming). */
  text: string;
  gold: AttributionTriple[];
  predicted: AttributionTriple[];
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface RoleScore {
  exact: PRF;
  partial: PRF;
  gold: number;
  predicted: number;
  exactMatched: number;
}

export interface AttributionScore {
  source: RoleScore;
  cue: RoleScore;
  content: RoleScore;
  attribution: PRF & { gold: number; predicted: number; matched: number };
}

export type Role = "source" | "cue" | "content";
export const ROLES: Role[] = ["source", "cue", "content"];

/** Minimum share of the larger content's tokens that must overlap for an attribution match. */
export const CONTENT_OVERLAP = 0.5;

function ratio(num: number, den: number, empty: boolean): number {
  if (den > 0) return num / den;
  return empty ? 1 : 0;
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function prfFrom(pNum: number, predicted: number, rNum: number, gold: number): PRF {
  const empty = predicted === 0 && gold === 0;
  const p = ratio(pNum, predicted, empty);
  const r = ratio(rNum, gold, empty);
  return { p, r, f1: f1(p, r) };
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Token offsets of a text (see the module comment). */
export function tokenize(text: string): Fragment[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** A normalised span: trimmed fragments, extent, extent key and token indices. */
interface NormSpan {
  key: string;
  tokens: Set<number>;
}

function trimFragment(text: string, f: Fragment): Fragment | null {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

class DocTokens {
  readonly tokens: Fragment[];
  constructor(readonly text: string) {
    this.tokens = tokenize(text);
  }

  /** Index of the first token ending after `pos`. */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  normalise(span: ScoredSpan | null | undefined): NormSpan | null {
    if (!span) return null;
    const raw = span.fragments && span.fragments.length > 0 ? span.fragments : [{ start: span.start, end: span.end }];
    const frags = raw
      .map((f) => trimFragment(this.text, f))
      .filter((f): f is Fragment => f !== null)
      .sort((a, b) => a.start - b.start);
    if (frags.length === 0) return null;
    const tokens = new Set<number>();
    for (const f of frags) {
      for (let i = this.firstEndingAfter(f.start); i < this.tokens.length && this.tokens[i].start < f.end; i++) tokens.add(i);
    }
    return { key: `${frags[0].start}:${frags[frags.length - 1].end}`, tokens };
  }
}

function overlap(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

/** Greedy one-to-one pairing of candidate pairs, best score first (ties: earlier gold, prediction). */
function greedy(cands: Array<{ g: number; p: number; score: number }>): Array<{ g: number; p: number; score: number }> {
  cands.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: typeof cands = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push(c);
  }
  return out;
}

function distinct(spans: Array<NormSpan | null>): NormSpan[] {
  const seen = new Map<string, NormSpan>();
  for (const s of spans) if (s && s.tokens.size > 0 && !seen.has(s.key)) seen.set(s.key, s);
  return [...seen.values()];
}

/** Scores predicted attributions against gold over a set of documents. */
export function scoreAttribution(docs: AttributionDocumentPair[]): AttributionScore {
  const role = Object.fromEntries(ROLES.map((r) => [r, { gold: 0, predicted: 0, exact: 0, pCredit: 0, rCredit: 0 }])) as Record<
    Role,
    { gold: number; predicted: number; exact: number; pCredit: number; rCredit: number }
  >;
  const att = { gold: 0, predicted: 0, matched: 0 };

  for (const doc of docs) {
    const tk = new DocTokens(doc.text);
    const norm = (list: AttributionTriple[]) =>
      list.map((a) => ({ source: tk.normalise(a.source), cue: tk.normalise(a.cue), content: tk.normalise(a.content) }));
    const gold = norm(doc.gold);
    const pred = norm(doc.predicted);

    for (const r of ROLES) {
      const g = distinct(gold.map((a) => a[r]));
      const p = distinct(pred.map((a) => a[r]));
      const c = role[r];
      c.gold += g.length;
      c.predicted += p.length;
      const goldKeys = new Set(g.map((s) => s.key));
      for (const s of p) if (goldKeys.has(s.key)) c.exact++;
      const cands: Array<{ g: number; p: number; score: number }> = [];
      for (let gi = 0; gi < g.length; gi++) {
        for (let pi = 0; pi < p.length; pi++) {
          const ov = overlap(g[gi].tokens, p[pi].tokens);
          if (ov > 0) cands.push({ g: gi, p: pi, score: ov });
        }
      }
      for (const m of greedy(cands)) {
        c.pCredit += m.score / p[m.p].tokens.size;
        c.rCredit += m.score / g[m.g].tokens.size;
      }
    }

    const goldA = gold.filter((a) => a.content && a.content.tokens.size > 0);
    const predA = pred.filter((a) => a.content && a.content.tokens.size > 0);
    att.gold += goldA.length;
    att.predicted += predA.length;
    const cands: Array<{ g: number; p: number; score: number }> = [];
    for (let gi = 0; gi < goldA.length; gi++) {
      for (let pi = 0; pi < predA.length; pi++) {
        const gc = goldA[gi].content!.tokens;
        const pc = predA[pi].content!.tokens;
        const ov = overlap(gc, pc);
        if (ov === 0 || ov < CONTENT_OVERLAP * Math.max(gc.size, pc.size)) continue;
        const gs = goldA[gi].source;
        const ps = predA[pi].source;
        const sourceOk = gs && ps ? overlap(gs.tokens, ps.tokens) > 0 : !gs && !ps;
        if (sourceOk) cands.push({ g: gi, p: pi, score: ov });
      }
    }
    att.matched += greedy(cands).length;
  }

  const roleScore = (r: Role): RoleScore => {
    const c = role[r];
    return {
      exact: prfFrom(c.exact, c.predicted, c.exact, c.gold),
      partial: prfFrom(c.pCredit, c.predicted, c.rCredit, c.gold),
      gold: c.gold,
      predicted: c.predicted,
      exactMatched: c.exact,
    };
  };
  return {
    source: roleScore("source"),
    cue: roleScore("cue"),
    content: roleScore("content"),
    attribution: { ...prfFrom(att.matched, att.predicted, att.matched, att.gold), ...att },
  };
}
