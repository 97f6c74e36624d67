import type { StoryReport } from "../StoryReport.js";

/** The heading numbers of a story report. */
export interface StoryCounts {
  /** Articles: the compared sources plus the exact copies of their texts. */
  articles: number;
  /** Outlets that carried the story (an article without an outlet counts as one). */
  outlets: number;
  /** Independent sources: wire reprints and exact copies of one text count once. */
  independentSources: number;
}

/** "N articles, N outlets, K independent sources" of a report. */
export function storyCounts(r: StoryReport): StoryCounts {
  const all = [...r.sources, ...(r.copies ?? [])];
  const outlets = new Set(all.map((s, i) => s.outlet ?? `\u0000${i}`));
  return { articles: all.length, outlets: outlets.size, independentSources: r.independentSources };
}

/** "5 articles, 4 outlets, 2 independent sources". */
export function storyCountsLine(r: StoryReport): string {
  const c = storyCounts(r);
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(c.articles, "article", "articles")}, ${n(c.outlets, "outlet", "outlets")}, ${n(c.independentSources, "independent source", "independent sources")}`;
}
