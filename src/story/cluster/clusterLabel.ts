import type { ArticleFeatures } from "./features.js";
import type { ArticleVectors } from "./vectors.js";
import { contentWords, foldText } from "./featuresText.js";

/**
 * A short label for a story: its most characteristic entities (summed corpus-weighted entity
 * vectors of the members) then its top content words not already part of them, joined by " · ".
 * Entity keys that are part of a longer chosen key ("blinken" inside "antony blinken") are skipped.
 */
export function clusterLabel(
  members: readonly { f: ArticleFeatures; v: ArticleVectors }[],
  maxEntities = 3,
  maxTerms = 2,
): string {
  const ent = new Map<string, number>();
  const names = new Map<string, Map<string, number>>();
  const terms = new Map<string, number>();
  for (const { f, v } of members) {
    for (const [k, x] of v.entities) {
      ent.set(k, (ent.get(k) ?? 0) + x);
      const n = f.entityNames.get(k);
      if (n) {
        const m = names.get(k) ?? new Map<string, number>();
        m.set(n, (m.get(n) ?? 0) + 1);
        names.set(k, m);
      }
    }
    for (const [k, x] of v.terms) terms.set(k, (terms.get(k) ?? 0) + x);
  }
  const byWeight = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
  const displayOf = (k: string) => {
    const m = names.get(k);
    return m ? byWeight(m)[0] : k;
  };
  const chosen: string[] = [];
  const parts: string[] = [];
  for (const k of byWeight(ent)) {
    if (chosen.length >= maxEntities) break;
    if (chosen.some((c) => ` ${c} `.includes(` ${k} `) || ` ${k} `.includes(` ${c} `))) continue;
    const display = displayOf(k);
    if (parts.some((p) => foldText(p) === foldText(display))) continue;
    chosen.push(k);
    parts.push(display);
  }
  const words = new Set([...chosen.flatMap((c) => c.split(" ")), ...parts.flatMap((p) => contentWords(p))]);
  let t = 0;
  for (const k of byWeight(terms)) {
    if (t >= maxTerms) break;
    if (words.has(k) || [...words].some((w) => w.startsWith(k) || k.startsWith(w))) continue;
    // A term that is also an entity key of the story is shown as that entity's name.
    const display = names.has(k) ? displayOf(k) : k;
    if (parts.some((p) => foldText(p) === foldText(display))) continue;
    parts.push(display);
    t++;
  }
  return parts.join(" · ");
}
