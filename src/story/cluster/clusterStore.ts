import type { ArticleRow, Store, StoryAssignment } from "../../store/Store.js";
import type { StoryCluster, StoryItem } from "../StoryCluster.js";
import { clusterStories, type ClusterOptions } from "./clusterStories.js";
import { findSyndication, type SyndicationGroup } from "../syndication/syndication.js";

/** A story with its syndicated (near-duplicate) copies. */
export interface StoryWithSyndication extends StoryCluster {
  syndication: SyndicationGroup[];
  /**
   * Independent sources among the members: wire reprints of one text (syndication groups) and
   * exact copies of one stored text (`copyOf`) count once. `outlets.length` is the outlets.
   */
  independentSources: number;
}

export interface ClusterStoreOptions extends ClusterOptions {
  /** Only articles published on or after this date (`YYYY-MM-DD`) are loaded and clustered. */
  since?: string;
  /** Write the new assignments with `setStories` (default true). */
  save?: boolean;
}

export interface ClusterStoreResult {
  stories: StoryWithSyndication[];
  /** Articles considered (copies of a stored text included). */
  articles: number;
  /** Assignments that are new or changed in this run (written when `save`). */
  added: StoryAssignment[];
}

/** Distinct texts among `ids` once reprint groups are merged: the independent sources. */
function independentSources(ids: readonly number[], textOf: ReadonlyMap<number, number>, groups: readonly SyndicationGroup[]): number {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const id of ids) parent.set(textOf.get(id) ?? id, textOf.get(id) ?? id);
  for (const g of groups) for (const id of g.articleIds) union(textOf.get(g.articleIds[0]) ?? g.articleIds[0], textOf.get(id) ?? id);
  return new Set(ids.map((id) => find(textOf.get(id) ?? id))).size;
}

/**
 * Brings the store's story assignments up to date: loads the articles (optionally since a date)
 * and their analyses, clusters them all again (the partition does not depend on ingest order),
 * keeps each story's id where most of its earlier members were, writes the assignments that are
 * new or changed with `setStories`, and finds the syndicated copies inside each story.
 *
 * Exact copies of one stored text (wire copy from other outlets, `copyOf`) share one analysis:
 * the text is clustered once and every copy joins its story.
 */
export async function clusterStore(store: Store, options: ClusterStoreOptions = {}): Promise<ClusterStoreResult> {
  const rows = await store.listArticles(options.since ? { since: options.since } : {});
  // One item per text: the first loaded article of it stands for its copies.
  const textOf = new Map<number, number>();
  const copiesOf = new Map<number, ArticleRow[]>();
  const items: StoryItem[] = [];
  const rowById = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) {
    const text = r.copyOf ?? r.id;
    if (copiesOf.has(text)) {
      copiesOf.get(text)!.push(r);
      textOf.set(r.id, text);
      continue;
    }
    const analysis = await store.getAnalysis(r.id);
    if (!analysis) continue;
    copiesOf.set(text, []);
    textOf.set(r.id, text);
    items.push({ articleId: r.id, analysis });
  }
  const repOf = new Map(items.map((it) => [textOf.get(it.articleId)!, it.articleId]));
  const previous = await store.storyAssignments();
  const known = new Map(previous.map((a) => [a.articleId, a.storyId]));
  const clusters = clusterStories(items, previous, options).map((c): StoryCluster => {
    const copies = c.articleIds.flatMap((id) => copiesOf.get(textOf.get(id)!) ?? []);
    if (copies.length === 0) return c;
    const dates = [c.first, c.last, ...copies.map((r) => (r.published && /^\d{4}-\d{2}-\d{2}/.test(r.published) ? r.published.slice(0, 10) : null))].filter((d): d is string => d !== null).sort();
    return {
      ...c,
      articleIds: [...c.articleIds, ...copies.map((r) => r.id)].sort((a, b) => a - b),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      outlets: [...new Set([...c.outlets, ...copies.map((r) => r.outlet).filter((o): o is string => !!o)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    };
  });
  const added: StoryAssignment[] = [];
  for (const c of clusters) for (const id of c.articleIds) if (known.get(id) !== c.id) added.push({ articleId: id, storyId: c.id });
  added.sort((a, b) => a.articleId - b.articleId);
  if (added.length > 0 && options.save !== false) await store.setStories(added);
  const byId = new Map(items.map((it) => [it.articleId, it.analysis]));
  const stories = clusters.map((c) => {
    const syndication =
      c.articleIds.length < 2
        ? []
        : findSyndication(
            c.articleIds.map((id) => {
              const d = byId.get(repOf.get(textOf.get(id)!)!)!.document;
              const r = rowById.get(id)!;
              return { articleId: id, text: d.text, outlet: r.outlet, published: r.published };
            }),
          );
    return { ...c, syndication, independentSources: independentSources(c.articleIds, textOf, syndication) };
  });
  return { stories, articles: items.reduce((n, it) => n + 1 + (copiesOf.get(textOf.get(it.articleId)!)?.length ?? 0), 0), added };
}
