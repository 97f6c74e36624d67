/**
 * The articles of a story prepared for comparison: claims, and the wire-copy group each belongs
 * to (reprints of one agency text count as one independent source).
 */
import type { Analysis } from "../../types.js";
import { extractClaims, type ArticleClaims } from "../claims/claims.js";
import { actorKeyer, foldName } from "../claims/nameVariants.js";
import { findSyndication } from "../syndication/syndication.js";
import { settleScopes } from "./figureScopes.js";
import { settleInstances } from "./figureInstances.js";
import { settleDimensions } from "./figureDimensions.js";

export interface StoryDoc {
  index: number;
  analysis: Analysis;
  claims: ArticleClaims;
  /** Wire-copy group id (the index of the group's first article). */
  group: number;
  outlet: string;
}

/** Groups near-duplicate texts (helper `findSyndication`, word 5-shingle Jaccard ≥ threshold, default 0.8 as in `dossier stories`). */
export function syndicationGroups(analyses: readonly Analysis[], threshold?: number): number[] {
  const group = analyses.map((_, i) => i);
  const found = findSyndication(
    analyses.map((a, i) => ({ articleId: i, text: a.document.text, outlet: a.document.outlet, published: a.document.published })),
    threshold === undefined ? {} : { threshold },
  );
  for (const g of found) {
    const first = Math.min(...g.articleIds);
    for (const id of g.articleIds) group[id] = first;
  }
  return group;
}

/** Prepares a story's articles (duplicates of one document id are dropped). */
export function prepareDocs(analyses: readonly Analysis[], groups?: readonly number[]): StoryDoc[] {
  const seen = new Set<string>();
  const list = analyses.filter((a) => (seen.has(a.document.id) ? false : (seen.add(a.document.id), true)));
  // A name is a person's when most articles type it PER (one article's ORG typo does not count).
  const votes = new Map<string, number>();
  for (const a of list) for (const e of a.entities) votes.set(foldName(e.name), (votes.get(foldName(e.name)) ?? 0) + (e.type === "PER" ? 1 : -1));
  const isPerson = (name: string) => (votes.get(foldName(name)) ?? 0) > 0;
  const names = list.flatMap((a) => a.entities.map((e) => ({ name: e.name, person: e.type === "PER" || isPerson(e.name) })));
  const key = actorKeyer(names);
  const g = groups && groups.length === list.length ? [...groups] : syndicationGroups(list);
  const outlets = new Map<string, number>();
  const docs = list.map((a, index) => {
    let outlet = a.document.outlet ?? a.document.url ?? `article ${index + 1}`;
    const n = (outlets.get(outlet) ?? 0) + 1;
    outlets.set(outlet, n);
    if (n > 1) outlet = `${outlet} (${n})`;
    return { index, analysis: a, claims: extractClaims(a, key, isPerson), group: g[index], outlet };
  });
  settleScopes(docs);
  settleInstances(docs);
  settleDimensions(docs);
  return docs;
}

