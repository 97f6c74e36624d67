import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

/**
 * Where `npm run build` puts the ranking extension (native/dossier_rank.c, built by
 * scripts/buildRank.mjs): `build/dossier_rank.so` at the package root, found from this module
 * in `src/store/sqlite/` and in `dist/store/sqlite/` alike.
 */
export const RANK_EXTENSION_PATH = fileURLToPath(new URL("../../../build/dossier_rank.so", import.meta.url));

/**
 * Loads the `dossier_rank` FTS5 ranking function into a connection. Returns false, leaving the
 * connection as it was, when the library was not built (no C compiler or no SQLite headers when
 * `npm run build` ran) or cannot be loaded: the store then ranks with FTS5's bm25(), in the
 * same order but paying a pass over every match of each phrase per query.
 */
export function loadRankExtension(db: Database.Database, path = RANK_EXTENSION_PATH): boolean {
  if (!fs.existsSync(path)) return false;
  try {
    db.loadExtension(path); // entry point sqlite3_dossierrank_init, from the file name
    return true;
  } catch {
    return false;
  }
}
