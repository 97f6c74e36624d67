import type { SearchHit, SearchQuery, Store } from "../store/Store.js";
import type { StoredBody } from "./storedBody.js";

/** One cached search: its hits and, once an API response was made of them, that JSON. */
export interface CachedSearch {
  hits: SearchHit[];
  /** The `GET /api/search` body for a page size, serialised once (key: the page size). */
  json: Map<number, StoredBody>;
}

export interface SearchCacheOptions {
  /** Searches kept (least recently used dropped first; default 512; 0 = no cache). */
  size?: number;
}

/**
 * Search results of the server, kept while the store is unchanged: before each search the
 * store's change count is read (`Store.changeCount`, kept by triggers, so writes by any process
 * count); when it moved, everything cached is dropped. A repeated query costs a lookup instead
 * of ranking thousands of full-text matches. Results are the store's own, so a cached answer is
 * the answer the store would give.
 */
export class SearchCache {
  private entries = new Map<string, CachedSearch>();
  private version: number | null = null;
  private readonly size: number;

  constructor(private readonly store: Store, options: SearchCacheOptions = {}) {
    this.size = options.size ?? 512;
  }

  /** Drops everything (after a write through this server). */
  clear(): void {
    this.entries.clear();
    this.version = null;
  }

  /** `store.search(query)`, from the cache when the same query was answered since the last write. */
  async search(query: SearchQuery): Promise<CachedSearch> {
    if (this.size <= 0) return { hits: await this.store.search(query), json: new Map() };
    // The count is read before searching: a write committed meanwhile moves it for the next request.
    const version = (await this.store.changeCount()).any;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = JSON.stringify([query.text, query.outlet ?? null, query.since ?? null, query.until ?? null, query.entity ?? null, query.engineVersionNot ?? null, query.limit ?? null, query.offset ?? null]);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const entry: CachedSearch = { hits: await this.store.search(query), json: new Map() };
    if (this.version === version) {
      this.entries.set(key, entry);
      while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry;
  }
}
