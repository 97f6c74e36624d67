import { IRREGULAR_PLURALS } from "../../lexicons/en/figureUnits.js";

const ES_RE = /(?:s|x|z|ch|sh)$/;
const IES_RE = /[^aeiou]y$/;

/** Plural of a unit noun taken from a hyphenated adjective ("hour" → "hours", "storey" → "storeys"). */
export function pluralize(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (ES_RE.test(w)) return w + "es";
  if (IES_RE.test(w)) return w.slice(0, -1) + "ies";
  return w + "s";
}
