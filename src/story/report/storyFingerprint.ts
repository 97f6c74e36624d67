import { createHash } from "node:crypto";
import type { ArticleRow } from "../../store/Store.js";
import { ENGINE_VERSION } from "../../version.js";

/**
 * What a stored story report was computed from: the engine version of this dossier (the report
 * code) and, for each member article in the order they are compared, its id, text (doc id),
 * analysis engine version and the metadata a report shows (title, outlet, date, URL, copy link).
 * A report whose fingerprint differs from the story's current one is stale. A re-analysis with
 * the same engine version is not seen here: `replaceAnalysis` drops the story's stored report.
 */
export function storyFingerprint(articles: readonly ArticleRow[]): string {
  const h = createHash("sha256");
  h.update(`dossier.story/1 ${ENGINE_VERSION}\n`);
  for (const r of articles) h.update(JSON.stringify([r.id, r.docId, r.engineVersion, r.title, r.outlet, r.published, r.url, r.copyOf]) + "\n");
  return `sha256:${h.digest("hex")}`;
}
