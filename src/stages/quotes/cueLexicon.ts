import { REPORTING_VERBS } from "../../lexicons/en/reportingVerbs.js";

/** Every inflected reporting-verb form (lower case) → its lemma. */
export const REPORTING_LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(REPORTING_VERBS)) for (const f of forms) REPORTING_LEMMA.set(f, lemma);

/** Every inflected reporting-verb form, lower case. */
export const REPORTING_FORMS = new Set(REPORTING_LEMMA.keys());
