import type { Store, StoryAssignment } from "../../store/Store.js";
import type { StoryCluster, StoryItem } from "../StoryCluster.js";
import { clusterStories, type ClusterOptions } from "./clusterStories.js";
import { findSyndication, type SyndicationGroup } from "../syndication/syndication.js";

/** A story with its syndicated (near-duplicate) copies. */
export interface StoryWithSyndication extends StoryCluster {
  syndication: SyndicationGroup[];
}

export interface ClusterStoreOptions extends ClusterOptions {
  /** Only articles published on or after this date (`YYYY-MM-DD`) are loaded and clustered. */
  since?: string;
  /** Write the new assignments with `setStories` (default true). */
  save?: boolean;
}

export interface ClusterStoreResult {
  stories: StoryWithSyndication[];
  /** Articles considered. */
  articles: number;
  /** Assignments that are new or changed in this run (written when `save`). */
  added: StoryAssignment[];
}

/**
 * Brings the store's story assignments up to date: loads the articles (optionally since a date)
 * and their analyses, clusters them all again (the partition does not depend on ingest order),
 * keeps each story's id where most of its earlier members were, writes the assignments that are
 * new or changed with `setStories`, and finds the syndicated copies inside each story.
 */
export async function clusterStore(store: Store, options: ClusterStoreOptions = {}): Promise<ClusterStoreResult> {
  const rows = await store.listArticles(options.since ? { since: options.since } : {});
  const items: StoryItem[] = [];
  for (const r of rows) {
    const analysis = await store.getAnalysis(r.id);
    if (analysis) items.push({ articleId: r.id, analysis });
  }
  const previous = await store.storyAssignments();
  const known = new Map(previous.map((a) => [a.articleId, a.storyId]));
  const clusters = clusterStories(items, previous, options);
  const added: StoryAssignment[] = [];
  for (const c of clusters) for (const id of c.articleIds) if (known.get(id) !== c.id) added.push({ articleId: id, storyId: c.id });
  added.sort((a, b) => a.articleId - b.articleId);
  if (added.length > 0 && options.save !== false) await store.setStories(added);
  const byId = new Map(items.map((it) => [it.articleId, it.analysis]));
  const stories = clusters.map((c) => ({
    ...c,
    syndication:
      c.articleIds.length < 2
        ? []
        : findSyndication(
            c.articleIds.map((id) => {
              const d = byId.get(id)!.document;
              return { articleId: id, text: d.text, outlet: d.outlet, published: d.published };
            }),
          ),
  }));
  return { stories, articles: items.length, added };
}
