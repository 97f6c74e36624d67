/**
 * The differences of a story report as one flat list of items, each with its sides' evidence:
 * what `dossier eval stories` matches against hand-listed differences, and what the reports rank.
 */
import type { Evidence, StoryReport } from "../StoryReport.js";

export type DifferenceKind =
  | "figure-timeline"
  | "numeric"
  | "qualifier"
  | "quote"
  | "attribution"
  | "date"
  | "place"
  | "cause"
  | "label"
  | "omission";

export interface DifferenceItem {
  kind: DifferenceKind;
  /** One line: "deaths: 60 ≠ 93", "Vladimir Putin: two wordings". */
  title: string;
  /** The evidence of each side (a timeline has one side per stated value). */
  sides: Evidence[][];
}

/** Every difference the report lists, section by section. */
export function differenceItems(r: StoryReport): DifferenceItem[] {
  const out: DifferenceItem[] = [];
  for (const t of r.figureTimelines) {
    if (t.entries.length < 2) continue;
    out.push({ kind: "figure-timeline", title: `${t.quantity}${t.scope ? ` (${t.scope})` : ""}: ${t.entries.map((e) => e.label).join(" → ")}`, sides: t.entries.map((e) => e.evidence) });
  }
  for (const c of r.numericConflicts) out.push({ kind: "numeric", title: `${c.quantity}: ${c.a.label} ≠ ${c.b.label}`, sides: [c.a.evidence, c.b.evidence] });
  for (const c of r.qualifierDifferences) out.push({ kind: "qualifier", title: `${c.quantity}: ${c.a.label} ~ ${c.b.label}`, sides: [c.a.evidence, c.b.evidence] });
  for (const v of r.quoteVariants) out.push({ kind: "quote", title: `${v.speaker}: two wordings`, sides: [v.a.evidence, v.b.evidence] });
  for (const s of r.attributionShifts) out.push({ kind: "attribution", title: `${s.shift}: ${s.a.speaker ?? "the outlet itself"} / ${s.b.speaker ?? "the outlet itself"}`, sides: [s.a.evidence, s.b.evidence] });
  for (const d of r.dateConflicts) out.push({ kind: "date", title: `${d.event}: ${d.a.value} ≠ ${d.b.value}`, sides: [d.a.evidence, d.b.evidence] });
  for (const p of r.placeConflicts) out.push({ kind: "place", title: `${p.topic}: ${p.sides.map((s) => s.label).join(" ≠ ")}`, sides: p.sides.map((s) => s.evidence) });
  for (const c of r.causeConflicts ?? []) out.push({ kind: "cause", title: `${c.topic}: ${c.sides.map((s) => s.cause).join(" ≠ ")}`, sides: c.sides.map((s) => s.evidence) });
  for (const l of r.framing.labels) {
    const sides = l.byOutlet.map((o) => o.labels.map((x) => x.evidence));
    if (sides.length >= 2) out.push({ kind: "label", title: `${l.actor}: labels`, sides });
  }
  for (const f of r.presence.facts) {
    // An omission matters when the fact is widely carried: three or more independent sources.
    if (f.missingFrom.length === 0 || f.evidence.length === 0 || f.sources < 3) continue;
    // Two sides when the outlets leaving it out tell the same thing without it: what they say instead.
    const sides = f.counterparts && f.counterparts.length > 0 ? [f.evidence, f.counterparts] : [f.evidence];
    out.push({ kind: "omission", title: `${f.label}: missing from ${f.missingFrom.length}`, sides });
  }
  return out;
}
