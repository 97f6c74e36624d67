import type { Store } from "./Store.js";
import type { StoreOptions } from "./StoreOptions.js";
import { SqliteStore } from "./sqlite/SqliteStore.js";
import { PostgresStore } from "./postgres/PostgresStore.js";

/** The store used when neither `--db` nor `DOSSIER_DB` names one. */
export const DEFAULT_DB = "./dossier.db";

/** True for a `postgres://` or `postgresql://` URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location` (default: env `DOSSIER_DB`, else `./dossier.db`) and brings
 * its schema up to date. A `postgres://` / `postgresql://` URL opens PostgreSQL (an optional
 * `?schema=NAME` query parameter selects and creates a schema); anything else is a SQLite file
 * path. Problems are thrown as a one-line `StoreError` with a `code`.
 */
export async function openStore(location?: string, options: StoreOptions = {}): Promise<Store> {
  const where = location ?? (process.env.DOSSIER_DB || DEFAULT_DB);
  const store: Store = isPostgresUrl(where) ? PostgresStore.open(where, options) : SqliteStore.open(where, options);
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
