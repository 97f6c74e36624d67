import type { Analysis } from "../types.js";

/** One story: articles about the same events. */
export interface StoryCluster {
  /** Stable story id (kept across runs; new stories get max + 1). */
  id: number;
  /** The most characteristic entities and terms, e.g. "Istanbul · Ukraine · Russia · prisoner". */
  label: string;
  /** Member article ids, ascending. */
  articleIds: number[];
  /** Earliest and latest known publication date `YYYY-MM-DD` of the members (null if none known). */
  first: string | null;
  last: string | null;
  /** Distinct outlets of the members, sorted. */
  outlets: string[];
}

/** An article to cluster: its store id and its analysis. */
export interface StoryItem {
  articleId: number;
  analysis: Analysis;
}
