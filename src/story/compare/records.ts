/**
 * Attribution shifts of record comparisons: "the deadliest calamity … since the 1939
 * earthquake" credited to Erdogan by one outlet and stated by another as its own ("one of the
 * deadliest on record since 1939"), or credited to two different people.
 */
import type { AttributedSide, AttributionShift } from "../StoryReport.js";
import type { RecordClaim } from "../claims/types.js";
import type { StoryDoc } from "./docs.js";

interface Held {
  doc: StoryDoc;
  claim: RecordClaim;
}

function side(list: Held[]): AttributedSide {
  const c = list[0].claim;
  return {
    label: `${c.evidence.span.text}${c.speakerName ? ` — ${c.speakerName}` : " — (the outlet)"}`,
    speaker: c.speakerName,
    speakerKind: c.speakerKind,
    evidence: list.map((x) => x.claim.evidence),
    sources: new Set(list.map((x) => x.doc.group)).size,
  };
}

/** Record comparisons against the same year whose speakers differ between independent outlets. */
export function recordShifts(docs: readonly StoryDoc[]): AttributionShift[] {
  const byYear = new Map<number, Held[]>();
  for (const d of docs) for (const c of d.claims.records) byYear.set(c.year, [...(byYear.get(c.year) ?? []), { doc: d, claim: c }]);
  const out: AttributionShift[] = [];
  for (const list of byYear.values()) {
    const bySpeaker = new Map<string, Held[]>();
    for (const h of list) {
      const k = h.claim.speakerKey ?? "";
      bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), h]);
    }
    const speakers = [...bySpeaker.entries()].sort((x, y) => (x[0] === "" ? 1 : 0) - (y[0] === "" ? 1 : 0));
    for (let i = 0; i < speakers.length; i++) {
      for (let j = i + 1; j < speakers.length; j++) {
        const a = speakers[i][1];
        const b = speakers[j][1];
        if (a.every((x) => b.some((y) => y.doc.group === x.doc.group))) continue; // one wire text
        const ka = a[0].claim.speakerKind;
        const kb = b[0].claim.speakerKind;
        const shift = b[0].claim.speakerKey === null ? `${ka}→unattributed` : ka === "person" && kb === "person" ? "different person" : `${ka}→${kb}`;
        out.push({ shift, a: side(a), b: side(b), similarity: 1 });
      }
    }
  }
  return out;
}
