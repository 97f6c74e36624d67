import type { Analysis, EntityType } from "../../types.js";
import type { TypedSpan } from "../conll/conllText.js";

/** dossier entity types as CoNLL-2003 types (GPE counts as LOC, NORP as MISC). */
export const CONLL_TYPE: Record<EntityType, string> = { PER: "PER", ORG: "ORG", LOC: "LOC", GPE: "LOC", NORP: "MISC", MISC: "MISC" };

/** The `name` mentions of an analysis as CoNLL-typed spans (titles, nominals and pronouns are not CoNLL entities). */
export function analysisNerSpans(a: Analysis): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const e of a.entities) for (const m of e.mentions) if (m.kind === "name") out.push({ start: m.start, end: m.end, type: CONLL_TYPE[e.type] });
  return out;
}
