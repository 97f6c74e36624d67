/**
 * Causes across outlets: when independent outlets give different causes of the story's incident
 * ("sparked by a downed power line" vs "started by lightning"), one cause conflict with every
 * outlet's wording as evidence. An article giving two causes says of neither that it is the
 * one and is left out; each side needs its own independent source.
 */
import type { CauseConflict, Evidence } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { mainClass } from "./incidents.js";

export function compareCauses(docs: readonly StoryDoc[]): CauseConflict[] {
  const byCause = new Map<string, { evidence: Evidence[]; groups: Set<number>; first: number }>();
  const classes = new Map<string, number>();
  for (const doc of docs) {
    const causes = new Set(doc.claims.causes.map((c) => c.cause));
    if (causes.size !== 1) continue;
    for (const c of doc.claims.causes) {
      let side = byCause.get(c.cause);
      if (!side) byCause.set(c.cause, (side = { evidence: [], groups: new Set(), first: doc.index }));
      if (!side.evidence.some((e) => e.docId === c.evidence.docId)) side.evidence.push(c.evidence);
      side.groups.add(doc.group);
      if (c.cls) classes.set(c.cls, (classes.get(c.cls) ?? 0) + 1);
    }
  }
  if (byCause.size < 2) return [];
  const sides = [...byCause].sort((a, b) => b[1].groups.size - a[1].groups.size || a[1].first - b[1].first);
  // Two causes from one wire group only are one outlet's hedging, not a disagreement.
  if (new Set(sides.flatMap(([, s]) => [...s.groups])).size < 2) return [];
  // The class the cause sentences name, else the story's main incident ("the explosion").
  const cls = [...classes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? mainClass(docs);
  return [{
    topic: `what caused the ${cls}`,
    sides: sides.map(([cause, s]) => ({ label: s.evidence[0].span.text, cause, evidence: s.evidence, sources: s.groups.size })),
  }];
}
