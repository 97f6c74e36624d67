import type { Token } from "../../types.js";
import type { NumberCandidate } from "./NumberCandidate.js";
import type { ApproxMatch } from "./findApprox.js";
import { cleanValue } from "./parseNumber.js";

/**
 * Pairs numbers that form a range — "10-15", "10 to 15", "two to three days", "between 10 and
 * 15" (not "from 10 to 15", a change) — marking the low end "at least" and the high end "at
 * most" unless a qualifier says otherwise. The low end borrows the high end's scale ("between 1
 * and 2 million") and currency or percent ("10 to 15%"). Returns, per candidate, the index of its
 * high partner (for unit sharing) or -1.
 */
export function linkRanges(cands: NumberCandidate[], approx: ApproxMatch[], tokens: readonly Token[]): number[] {
  const partner = new Array<number>(cands.length).fill(-1);
  for (let x = 0; x + 1 < cands.length; x++) {
    const a = cands[x];
    const b = cands[x + 1];
    if (a.ordinal || b.ordinal || a.kind === "vague" || b.kind === "vague" || a.kind === "fraction" || b.kind === "fraction") continue;
    let isRange = false;
    if (a.tokenRange === "low" && b.tokenRange === "high") isRange = true;
    else if (b.first === a.last + 2) {
      const mid = tokens[a.last + 1].norm;
      const opener = approx[x].range;
      const from = approx[x].first > 0 && tokens[approx[x].first - 1].norm === "from";
      if ((mid === "to" || mid === "-") && !from) isRange = true;
      if (mid === "and" && opener) isRange = true;
    }
    if (!isRange) continue;
    if (a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value) {
      a.value = cleanValue(a.value * b.scale);
      a.scale = b.scale;
    }
    if (!(a.value < b.value)) continue;
    if (a.unitKind === null && (b.unitKind === "currency" || b.unitKind === "percent")) {
      a.unit = b.unit;
      a.unitKind = b.unitKind;
    }
    if (a.unitKind === null && b.unitKind === "hyphen") {
      a.unit = b.unit;
      a.unitKind = "hyphen";
    }
    if (approx[x].approx === null && a.approx === null) a.approx = "at least";
    if (approx[x + 1].approx === null && b.approx === null) b.approx = "at most";
    partner[x] = x + 1;
  }
  return partner;
}
