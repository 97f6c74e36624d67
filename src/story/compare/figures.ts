/**
 * Figures across outlets: the same quantity (same key and unit) stated with values that cannot
 * both be true is a numeric conflict; compatible values with different qualifiers ("more than
 * 1,200" vs "1,213") are a qualifier difference; the same statement from two independent sources
 * is an agreement.
 */
import type { Approx } from "../../types.js";
import type { Agreement, FigureSide, NumericConflict, QualifierDifference } from "../StoryReport.js";
import { sameOccasion, type FigureClaim } from "../claims/claims.js";
import type { StoryDoc } from "./docs.js";
import { soleUnit } from "./soleUnit.js";
import { GROWING_QUANTITIES } from "../claims/lexicon.js";
import { articleDate } from "../cluster/articleDay.js";

export interface FigureOptions {
  /** Values further apart than this ratio are taken to measure different things (default 1.5). */
  maxRatio?: number;
  /** Sentence content-word overlap needed when a quantity is known only by its unit (default 0.3). */
  genericContext?: number;
}

interface Statement {
  quantity: string;
  unit: string;
  value: number;
  approx: Approx;
  rounding: number;
  citedSource: string | null;
  claims: { doc: StoryDoc; claim: FigureClaim }[];
}

/** Units measures are converted to (claims/measures.ts, LENGTH_UNITS): values within 5 % are one value. */
const CONVERTED_UNITS = new Set(["km", "m", "t", "km/h"]);

/** Whether two values of a converted measure are one value written in two units (within 5 %). */
export function sameMeasure(a: { unit: string; value: number }, b: { unit: string; value: number }): boolean {
  return CONVERTED_UNITS.has(a.unit) && a.unit === b.unit && Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
}

/** The interval of values a statement allows. */
export function figureInterval(value: number, approx: Approx, rounding = 0): [number, number] {
  switch (approx) {
    case "exact":
      return [value - rounding / 2, value + rounding / 2];
    case "more than":
    case "at least":
      return [value, Infinity];
    case "less than":
    case "at most":
      return [-Infinity, value];
    case "nearly":
      return [value * 0.9, value];
    case "about":
      return [value * 0.9, value * 1.1];
  }
}

export function compatible(a: { value: number; approx: Approx; rounding: number }, b: { value: number; approx: Approx; rounding: number }): boolean {
  const [a0, a1] = figureInterval(a.value, a.approx, a.rounding);
  const [b0, b1] = figureInterval(b.value, b.approx, b.rounding);
  // Two ranges that only touch ("400 m" ± 50 and "about 500 m" ± 10 %) share no value a reader
  // would take for both; a single value at the edge of a range ("more than 1,200" / "1,200") is in it.
  if (a0 < a1 && b0 < b1 && (a1 === b0 || b1 === a0)) return false;
  return a0 <= b1 && b0 <= a1;
}

export function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString("en-US") : String(Math.round(v * 100) / 100);
}

function describe(s: Statement): string {
  const q = s.approx === "exact" ? "" : `${s.approx} `;
  const src = s.citedSource ? ` — according to ${s.citedSource}` : "";
  return `${q}${formatValue(s.value)} ${s.unit}${src}`;
}

function side(s: Statement, groups: (d: StoryDoc) => number): FigureSide {
  return {
    label: describe(s),
    value: s.value,
    unit: s.unit,
    approx: s.approx,
    citedSource: s.citedSource,
    citations: s.claims.map((c) => ({ docId: c.doc.analysis.document.id, outlet: c.doc.outlet, approx: c.claim.approx, source: c.claim.citedSource })),
    evidence: s.claims.map((c) => c.claim.evidence),
    sources: new Set(s.claims.map((c) => groups(c.doc))).size,
  };
}

const LOWER = new Set<Approx>(["more than", "at least"]);
const UPPER = new Set<Approx>(["less than", "at most"]);
function sameBound(a: Approx, b: Approx): boolean {
  return (LOWER.has(a) && LOWER.has(b)) || (UPPER.has(a) && UPPER.has(b));
}

function overlap(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return A.size + B.size - n ? n / (A.size + B.size - n) : 0;
}

/** The comparison key of a figure claim: its quantity, unit and scope ("deaths|killed|Syria"). */
function figureKey(c: FigureClaim): string {
  return `${c.quantity}|${GROWING_QUANTITIES.has(c.quantity) || c.generic ? "" : c.unit}|${c.scope ?? ""}`;
}

/**
 * Whether `a` is a hedged round number and `b` the exact figure behind it: "over 40,000" and
 * "40,130", "more than 1,200" and "1,213" (b at most one unit of a's last non-zero digit and 10 % above it).
 */
function hedgedRound(a: Statement, b: Statement): boolean {
  if (a.approx === "exact" || b.approx !== "exact" || !Number.isInteger(a.value)) return false;
  let unit = 1;
  while (a.value % (unit * 10) === 0 && unit < 1e9) unit *= 10;
  return unit >= 10 && b.value >= a.value && b.value < a.value + unit && b.value <= a.value * 1.1;
}

/** Whether two statements were made the same day: one of their articles' dates in common. */
function sameDate(a: Statement, b: Statement): boolean {
  const da = new Set(a.claims.map((c) => articleDate(c.doc.analysis)).filter((x) => x !== null));
  return b.claims.some((c) => {
    const d = articleDate(c.doc.analysis);
    return d !== null && da.has(d);
  });
}

export interface FigureFindings {
  conflicts: NumericConflict[];
  qualifiers: QualifierDifference[];
  agreements: Agreement[];
  statements: Map<string, Statement[]>;
}

/** Compares the figure claims of a story's articles. */
export function compareFigures(docs: readonly StoryDoc[], opts: FigureOptions = {}): FigureFindings {
  const maxRatio = opts.maxRatio ?? 1.5;
  const genericContext = opts.genericContext ?? 0.3;
  const group = (d: StoryDoc) => d.group;
  // Statements per quantity key + unit. A document stating two different values for one key is
  // ambiguous about what it counts: it is left out of conflicts for that key.
  const byKey = new Map<string, Statement[]>();
  const ambiguous = new Set<string>();
  for (const d of docs) {
    const mine = new Map<string, Set<string>>();
    for (const c of d.claims.figures) {
      const k = figureKey(c);
      if (!mine.has(k)) mine.set(k, new Set());
      mine.get(k)!.add(`${c.value}|${c.approx}`);
    }
    for (const [k, vals] of mine) if (vals.size > 1) ambiguous.add(`${d.index}|${k}`);
    for (const c of d.claims.figures) {
      const k = figureKey(c);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      let st = list.find((s) => s.value === c.value && s.approx === c.approx);
      if (!st) list.push((st = { quantity: c.quantity, unit: c.unit, value: c.value, approx: c.approx, rounding: c.rounding, citedSource: c.citedSource, claims: [] }));
      if (!st.claims.some((x) => x.doc === d)) st.claims.push({ doc: d, claim: c });
    }
  }
  const out: FigureFindings = { conflicts: [], qualifiers: [], agreements: [], statements: byKey };
  const named = new Set(docs.flatMap((d) => d.claims.figures.filter((c) => !c.generic).map((c) => c.quantity)));
  for (const [k, list] of byKey) {
    const usable = list
      .map((s) => ({ ...s, claims: s.claims.filter((c) => !ambiguous.has(`${c.doc.index}|${k}`)) }))
      .filter((s) => s.claims.length > 0);
    for (const s of list) {
      const sources = new Set(s.claims.map((c) => c.doc.group)).size;
      if (sources >= 2) {
        out.agreements.push({ kind: "figure", key: s.quantity, label: `${s.quantity}: ${describe(s)}`, sources, evidence: s.claims.map((c) => c.claim.evidence) });
      }
    }
    const star = [...usable].sort((x, y) => new Set(y.claims.map((c) => c.doc.group)).size - new Set(x.claims.map((c) => c.doc.group)).size || x.value - y.value)[0];
    for (let i = 0; i < usable.length; i++) {
      for (let j = i + 1; j < usable.length; j++) {
        const a = usable[i];
        const b = usable[j];
        const ca = a.claims[0].claim;
        const cb = b.claims[0].claim;
        if (ca.generic && overlap(ca.context, cb.context) < genericContext && !(soleUnit(list) && !named.has(ca.quantity))) continue;
        const lo = Math.min(a.value, b.value);
        const hi = Math.max(a.value, b.value);
        if (lo <= 0 || hi / lo > maxRatio) continue; // too far apart to be one quantity
        // Different people or places named ("31 killed in Gaza City" / "35 in Khan Younis"): different occasions.
        if (!a.claims.some((x) => b.claims.some((y) => sameOccasion(x.claim.names, y.claim.names)))) continue;
        const [first, second] = a.value <= b.value ? [a, b] : [b, a];
        if (GROWING_QUANTITIES.has(a.quantity)) {
          // A toll or a count that grows: different values on different (or unknown) days are
          // updates, which the figure timeline shows; a pair is a difference only when both can be
          // one figure stated with different hedging ("more than 60" / "at least 60", "over
          // 40,000" / "40,130"), or when two incompatible values were stated the same day.
          if (a.value !== b.value && !hedgedRound(a, b) && !hedgedRound(b, a) && (compatible(a, b) || !sameDate(a, b))) continue;
        } else if (a !== star && b !== star) {
          // A fixed quantity with several values (7.5, 7.6, 7.7): each against the most widely
          // carried value, not every pair (the timeline lists them all).
          continue;
        }
        // Measures converted between units ("about 20 miles" = 32.2 km vs "about 33 km"; "47 mph" =
        // 75.6 km/h vs "about 75 km/h") within 5 %: the same value written in another unit.
        if (sameMeasure(a, b)) continue;
        // "about 450,000" and "450,000": one figure, the hedge is no difference.
        if (a.value === b.value && [a.approx, b.approx].every((x) => x === "exact" || x === "about")) continue;
        if (compatible(a, b)) {
          // Two lower (or two upper) bounds with different values are two statements of a bound,
          // not one figure hedged differently ("more than 110,000" / "more than 115,000").
          if (a.value !== b.value && sameBound(a.approx, b.approx)) continue;
          out.qualifiers.push({ quantity: a.quantity, a: side(first, group), b: side(second, group) });
        } else {
          out.conflicts.push({ quantity: a.quantity, a: side(first, group), b: side(second, group) });
        }
      }
    }
  }
  return out;
}
