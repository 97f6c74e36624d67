import type { ArticleRow, Store } from "../../store/Store.js";
import type { Analysis } from "../../types.js";
import type { StoryReport } from "../StoryReport.js";
import { compareStory } from "../compareStory.js";
import { withCopies } from "./storyCounts.js";

/** The comparison report of a story's articles (in the given order), read from the store. */
export async function computeStoryReport(store: Store, articles: readonly ArticleRow[]): Promise<StoryReport> {
  const analyses: Analysis[] = [];
  for (const r of articles) {
    const a = await store.getAnalysis(r.id);
    if (a) analyses.push(a);
  }
  return withCopies(compareStory(analyses), analyses);
}
