import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ArticleRow } from "../../store/Store.js";
import { ENGINE_VERSION } from "../../version.js";

let code: string | null = null;

/**
 * A hash of this dossier's own code: every file under the source (or built) tree this module
 * was loaded from, by path and content. Reports are kept across restarts, and the comparison
 * changes more often than ENGINE_VERSION does; any change of the code makes every stored
 * report stale. Worked out once per process (a few MB read and hashed).
 */
export function codeFingerprint(): string {
  if (code !== null) return code;
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const h = createHash("sha256");
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((d) => d.isFile())
    .map((d) => `${(d as unknown as { parentPath?: string; path?: string }).parentPath ?? (d as unknown as { path: string }).path}/${d.name}`)
    .sort();
  for (const f of files) {
    h.update(`${f.slice(root.length)}\n`);
    h.update(readFileSync(f));
  }
  return (code = h.digest("hex").slice(0, 16));
}

/**
 * What a stored story report was computed from: the engine version and code of this dossier
 * (`codeFingerprint`) and, for each member article in the order they are compared, its id, text
 * (doc id), analysis engine version and the metadata a report shows (title, outlet, date, URL,
 * copy link). A report whose fingerprint differs from the story's current one is stale. A
 * re-analysis with the same engine version is not seen here: `replaceAnalysis` drops the
 * story's stored report.
 */
export function storyFingerprint(articles: readonly ArticleRow[]): string {
  const h = createHash("sha256");
  h.update(`dossier.story/1 ${ENGINE_VERSION} ${codeFingerprint()}\n`);
  for (const r of articles) h.update(JSON.stringify([r.id, r.docId, r.engineVersion, r.title, r.outlet, r.published, r.url, r.copyOf]) + "\n");
  return `sha256:${h.digest("hex")}`;
}
