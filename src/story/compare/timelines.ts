/**
 * Figure timelines: every value a quantity took across a story's articles (a toll reported as
 * 40, then over 60, 93, 115, …), with who gave it, which outlets carried it and when, and which
 * pairs are real disagreements rather than updates: for quantities that grow while a story
 * unfolds (`GROWING_QUANTITIES`), only incompatible values stated on the same day; for the others
 * (a magnitude, a depth), any incompatible values.
 */
import type { Approx } from "../../types.js";
import type { Evidence, FigureTimeline, TimelineEntry } from "../StoryReport.js";
import type { FigureClaim } from "../claims/types.js";
import { GROWING_QUANTITIES } from "../claims/lexicon.js";
import { ONE_LOCALITY } from "../claims/figureScope.js";
import { articleDate } from "../cluster/articleDay.js";
import type { StoryDoc } from "./docs.js";
import { compatible, formatValue, sameMeasure } from "./figures.js";
import { soleUnit } from "./soleUnit.js";

/** Bare people words say too little to line two counts up ("5 people" and "7,200 people"). */
const VAGUE_UNITS = new Set(["people", "person", "persons", "others", "individuals", "times", "year", "years"]);

interface Draft {
  value: number;
  approx: Approx;
  rounding: number;
  unit: string;
  claims: { doc: StoryDoc; claim: FigureClaim }[];
}

/** Two sentences about the same thing: at least two content words in common, a quarter of the shorter one's. */
function related(a: readonly string[], b: readonly string[]): boolean {
  const A = new Set(a);
  const B = new Set(b);
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return n >= 2 && n / Math.max(1, Math.min(A.size, B.size)) >= 0.25;
}

function mostCommon(xs: (string | null)[]): string | null {
  const count = new Map<string, number>();
  for (const x of xs) if (x) count.set(x, (count.get(x) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of count) if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c];
  return best;
}

function entryOf(d: Draft): TimelineEntry {
  const source = mostCommon(d.claims.map((c) => c.claim.citedSource));
  const dates = d.claims.map((c) => articleDate(c.doc.analysis)).filter((x): x is string => x !== null).sort();
  const q = d.approx === "exact" ? "" : `${d.approx} `;
  const evidence: Evidence[] = d.claims.map((c) => c.claim.evidence);
  return {
    value: d.value,
    approx: d.approx,
    upTo: null,
    unit: d.unit,
    label: `${q}${formatValue(d.value)}${source ? ` — ${source}` : ""}`,
    source,
    date: dates[0] ?? null,
    outlets: [...new Set(d.claims.map((c) => c.doc.outlet))],
    evidence,
    sources: new Set(d.claims.map((c) => c.doc.group)).size,
  };
}

/** The figure timelines of a story: quantities stated with at least two different values by at least two articles. */
export function figureTimelines(docs: readonly StoryDoc[]): FigureTimeline[] {
  // The story's year: figures in a clause naming an earlier year are history ("the 1939
  // earthquake, which left more than 32,000 dead"), not values of this story's quantities.
  const dated = docs.map((d) => articleDate(d.analysis)).filter((x): x is string => x !== null);
  const storyYear = dated.length > 0 ? Math.max(...dated.map((x) => Number(x.slice(0, 4)))) : Math.max(0, ...docs.flatMap((d) => d.claims.figures.flatMap((c) => c.years)));
  const byKey = new Map<string, { quantity: string; scope: string | null; unit: string; generic: boolean; drafts: Draft[] }>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (c.generic && VAGUE_UNITS.has(c.unit.toLowerCase())) continue;
      if (c.years.some((y) => y < storyYear)) continue;
      // "11 dead in a northwestern Syrian town alone": one unnamed place's count is in no timeline.
      if (c.scope?.includes(`(${ONE_LOCALITY})`)) continue;
      // A generic quantity is its unit word, singular ("crew members" and "crew" are "crew").
      const key = `${c.quantity}|${c.scope ?? ""}`;
      let t = byKey.get(key);
      if (!t) byKey.set(key, (t = { quantity: c.quantity, scope: c.scope, unit: c.unit, generic: c.generic, drafts: [] }));
      let dr = t.drafts.find((x) => x.value === c.value && x.approx === c.approx);
      if (!dr) t.drafts.push((dr = { value: c.value, approx: c.approx, rounding: c.rounding, unit: c.unit, claims: [] }));
      if (!dr.claims.some((x) => x.doc === d && x.claim.evidence.span.start === c.evidence.span.start)) dr.claims.push({ doc: d, claim: c });
    }
  }
  // Quantities some article names outright ("magnitude"): a bare unit word of the same name ("a
  // 7.5-magnitude quake") is not taken as one thing across the story on its own.
  const named = new Set([...byKey.values()].filter((t) => !t.generic).map((t) => t.quantity));
  const out: FigureTimeline[] = [];
  for (const t of byKey.values()) {
    let drafts = t.drafts;
    if (t.generic && !(soleUnit(drafts) && !named.has(t.quantity))) {
      // A quantity known only by its unit word: keep values whose sentences share words with a
      // value from another article (the same "buildings collapsed", not any buildings).
      drafts = drafts.filter((a) =>
        drafts.some((b) => b !== a && b.claims.some((y) => a.claims.some((x) => x.doc !== y.doc && related(x.claim.context, y.claim.context)))),
      );
    }
    // A value the story gives as a part of a larger one of this timeline ("11 people, including
    // four suspected gunmen") counts a subgroup, not the quantity: "four men detained" is left out.
    const parts = new Set(drafts.flatMap((d) => d.claims.flatMap((c) => c.claim.parts)));
    drafts = drafts.filter((d) => !(parts.has(d.value) && drafts.some((o) => o.value > d.value && o.claims.some((c) => c.claim.parts.includes(d.value)))));
    if (drafts.length < 2) continue;
    if (new Set(drafts.flatMap((d) => d.claims.map((c) => c.doc))).size < 2) continue;
    drafts = [...drafts].sort((a, b) => a.value - b.value || a.approx.localeCompare(b.approx));
    const entries = drafts.map(entryOf);
    const growing = GROWING_QUANTITIES.has(t.quantity);
    const disagreements: FigureTimeline["disagreements"] = [];
    for (let i = 0; i < drafts.length; i++) {
      for (let j = i + 1; j < drafts.length; j++) {
        if (compatible(drafts[i], drafts[j]) || sameMeasure(drafts[i], drafts[j])) continue;
        if (!growing) disagreements.push({ a: i, b: j, reason: "different values" });
        else if (entries[i].date !== null && entries[i].date === entries[j].date) disagreements.push({ a: i, b: j, reason: "different values on the same day" });
      }
    }
    out.push({ quantity: t.quantity, scope: t.scope, unit: t.unit, entries, disagreements });
  }
  // Most carried first: the timelines a reader follows across the most outlets.
  const reach = (t: FigureTimeline) => new Set(t.entries.flatMap((e) => e.outlets)).size;
  return out.sort((a, b) => reach(b) - reach(a) || b.entries.length - a.entries.length || (a.quantity < b.quantity ? -1 : 1));
}
