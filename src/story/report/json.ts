/** The story report as JSON (`dossier.story/1`, documented in docs/STORY.md). */
import type { StoryReport } from "../StoryReport.js";

export function storyReportJson(r: StoryReport): string {
  return JSON.stringify(r, null, 2) + "\n";
}
