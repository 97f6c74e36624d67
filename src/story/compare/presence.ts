/**
 * Presence: which facts only some outlets carry, and per outlet what it leaves out that at least
 * two other independent sources carry. A fact counts as carried when the article has the claim,
 * or when its text holds the same number or the same words (so an extraction miss is not
 * reported as an omission).
 */
import type { Evidence, OutletOmissions, PresenceFact } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import type { FigureFindings } from "./figures.js";
import { compatible, formatValue } from "./figures.js";
import type { QuoteFindings } from "./quotes.js";
import type { DateFindings } from "./dates.js";
import { alignWords, containmentBound, setContainmentBound } from "./alignTokens.js";
import { sentenceWords } from "../claims/text.js";
import { GROWING_QUANTITIES } from "../claims/lexicon.js";
import { COUNT_NOUN_SYNONYMS } from "../../lexicons/en/countNouns.js";
import { counterparts } from "./counterparts.js";
import { holdsStatement, statementFacts } from "./statementFacts.js";

/**
 * Counted things (`COUNT_NOUN_SYNONYMS`): a count of them is a fact even when only its noun
 * names it ("14 aircraft"); people counts by noun alone ("3 children") are too often a part of a toll.
 */
const COUNTED = new Set(Object.values(COUNT_NOUN_SYNONYMS));

interface Fact {
  kind: PresenceFact["kind"];
  key: string;
  label: string;
  carriers: Set<StoryDoc>;
  evidence: Evidence[];
  /** Whether a document without the claim still carries the fact in its text. */
  inText: (d: StoryDoc) => boolean;
  /** Whether a document gives another value of the same quantity (neither carrying nor leaving it out). */
  statesOther?: (d: StoryDoc) => boolean;
}

function numberForms(v: number): string[] {
  if (!Number.isInteger(v)) return [String(v)];
  return [v.toLocaleString("en-US"), String(v)];
}

function hasWords(d: StoryDoc, toks: string[]): boolean {
  const tset = new Set(toks);
  const need = Math.max(4, 0.6 * toks.length);
  for (const { norms: sw, set } of sentenceWords(d.claims.text)) {
    if (setContainmentBound(toks, tset, sw, set) * Math.min(toks.length, sw.length) < need) continue;
    if (alignWords(toks, sw).pairs.length >= need) return true;
  }
  return false;
}

/**
 * Whether a text stops mid-sentence (an excerpt cut at a byte limit, a page cut by the reader):
 * its last visible character is not a sentence end or a closing quotation mark or bracket.
 */
export function endsCut(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && !/[.!?…"”’)\]]$/.test(t);
}

/** Words of the units a converted measure may be written in. */
const MEASURE_UNIT_WORDS: Record<string, RegExp> = {
  km: /km|kilomet|mile/i,
  m: /\bm\b|metre|meter|\bft\b|feet|foot|km|kilomet|mile|yard/i,
  t: /tonne|\btons?\b|\bkg\b|kilogram|\blbs?\b/i,
  "km/h": /mph|km|kph|kilomet|mile|knot/i,
};

/** Whether `num` occurs in `text` with a word of `unit` within 25 characters of it. */
function unitNear(text: string, num: string, unit: string): boolean {
  const unitRe = MEASURE_UNIT_WORDS[unit] ?? new RegExp(unit.split(/\s+/).pop()!.replace(/[^\p{L}]/gu, "").slice(0, 5) || "\\u0000", "iu");
  const re = new RegExp(`(?<![\\d,.])${num.replace(/[.,]/g, "\\$&")}(?![\\d]|,\\d)`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (unitRe.test(text.slice(Math.max(0, m.index - 25), m.index + num.length + 25))) return true;
  }
  return false;
}

export function comparePresence(docs: readonly StoryDoc[], figures: FigureFindings, quotes: QuoteFindings, dates: DateFindings): { facts: PresenceFact[]; omissions: OutletOmissions[] } {
  const facts: Fact[] = [];
  for (const [, all] of figures.statements) {
    // A count known only by its unit word ("60 adults", "6 C.") is too loose to call missing, and
    // a growing count (a toll) is reported at different stages: its figure timeline says who gave which.
    const q = all[0]?.claims[0]?.claim;
    // A count of a known counted noun ("14 aircraft") or a rate ("450,000 barrels a day") is not loose.
    if (!q || (q.generic && !COUNTED.has(q.quantity) && !q.quantity.includes(" per ")) || GROWING_QUANTITIES.has(q.quantity)) continue;
    // One fact per set of statements about the same thing: compatible values, or values close
    // enough to be one quantity reported differently (1,213 / 1,231 / more than 1,200).
    const parent = all.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const lo = Math.min(all[i].value, all[j].value);
        const hi = Math.max(all[i].value, all[j].value);
        // A count known by its noun alone is one fact only with a compatible value.
        if (compatible(all[i], all[j]) || (!q.generic && lo > 0 && hi / lo <= 1.5)) parent[find(j)] = find(i);
      }
    }
    const sets = new Map<number, typeof all>();
    all.forEach((st, i) => sets.set(find(i), [...(sets.get(find(i)) ?? []), st]));
    for (const list of sets.values()) {
      const carriers = new Set(list.flatMap((st) => st.claims.map((c) => c.doc)));
      const values = list.map((st) => `${st.approx === "exact" ? "" : st.approx + " "}${formatValue(st.value)}`);
      const nums = list.flatMap((st) => numberForms(st.value));
      facts.push({
        kind: "figure",
        key: list[0].quantity,
        label: `${list[0].quantity}: ${values.join(" / ")} ${list[0].unit}`,
        carriers,
        evidence: list.flatMap((st) => st.claims.map((c) => c.claim.evidence)),
        // The same number near a word of its unit ("10 km", "magnitude 7.8"): a bare "10" elsewhere is not this fact.
        // An article giving another value of the quantity does not leave it out (the values differ),
        // nor does it carry this value.
        statesOther: (d) => all.some((st) => st.claims.some((c) => c.doc === d)),
        inText: (d) =>
          list[0].unit !== "hours" &&
          nums.some((n) => new RegExp(`(?<![\\d,.])${n.replace(/[.,]/g, "\\$&")}(?![\\d]|,\\d)`, "g").test(d.claims.text) && unitNear(d.claims.text, n, list[0].unit)),
      });
    }
  }
  const quoteFacts: { toks: string[]; fact: Fact }[] = [];
  for (const c of quotes.clusters) {
    const toks = c.items[0].claim.norm.split(" ");
    // The same words credited to different speakers are one fact here (the shift is reported apart).
    const same = quoteFacts.find((q) => containmentBound(q.toks, toks) >= 0.85 && alignWords(q.toks, toks).containment >= 0.85);
    if (same) {
      for (const i of c.items) same.fact.carriers.add(i.doc);
      same.fact.evidence.push(...c.items.map((i) => i.claim.evidence));
      continue;
    }
    const fact: Fact = { kind: "quote", key: c.key, label: c.label, carriers: new Set(c.items.map((i) => i.doc)), evidence: c.items.map((i) => i.claim.evidence), inText: (d) => hasWords(d, toks) };
    quoteFacts.push({ toks, fact });
    facts.push(fact);
  }
  for (const [ev, list] of dates.groups) {
    facts.push({
      kind: "date",
      key: ev,
      label: `${ev}: ${list.map((g) => g.day).join(" / ")}`,
      carriers: new Set(list.flatMap((g) => g.claims.map((c) => c.doc))),
      evidence: list.flatMap((g) => g.claims.map((c) => c.claim.evidence)),
      inText: () => false,
    });
  }
  // Statements (neither figure, quotation nor date) carried by several outlets.
  for (const st of statementFacts(docs)) {
    facts.push({ kind: "statement", key: st.key, label: st.label, carriers: st.carriers, evidence: st.evidence, inText: (d) => holdsStatement(d, st.core) });
  }
  const outFacts: PresenceFact[] = [];
  const omissions = new Map<StoryDoc, OutletOmissions>();
  for (const f of facts) {
    const carriedBy = docs.filter((d) => f.carriers.has(d) || f.inText(d));
    // An excerpt that stops mid-text may carry the fact past its cut: it is not blamed for it.
    const missing = docs.filter((d) => !carriedBy.includes(d) && !endsCut(d.claims.text) && !f.statesOther?.(d));
    if (missing.length === 0) continue;
    const sources = new Set(carriedBy.map((d) => d.group)).size;
    outFacts.push({ kind: f.kind, key: f.key, label: f.label, sources, carriedBy: carriedBy.map((d) => d.outlet), missingFrom: missing.map((d) => d.outlet), evidence: f.evidence, counterparts: counterparts(f.evidence, missing) });
    for (const d of missing) {
      const others = new Set(carriedBy.filter((x) => x.group !== d.group).map((x) => x.group));
      if (others.size < 2) continue;
      let o = omissions.get(d);
      if (!o) omissions.set(d, (o = { outlet: d.outlet, docId: d.analysis.document.id, omitted: [] }));
      o.omitted.push({ key: f.key, label: f.label, carriedBy: carriedBy.map((x) => x.outlet) });
    }
  }
  outFacts.sort((a, b) => b.sources - a.sources || a.key.localeCompare(b.key));
  return { facts: outFacts, omissions: docs.filter((d) => omissions.has(d)).map((d) => omissions.get(d)!) };
}
