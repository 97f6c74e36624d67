import type { Store } from "../store/Store.js";
import type { UrlFetchOptions } from "../readers/urlFetch.js";
import type { StoryIndex } from "./storyIndex.js";
import type { SearchCache } from "./SearchCache.js";

/** What every route reads: the store, the story index, the search cache and the server's write policy. */
export interface ServerContext {
  store: Store;
  stories: StoryIndex;
  /** Searches, cached while the store is unchanged. */
  search: SearchCache;
  /** The bearer token writes need; null = no token configured. */
  token: string | null;
  /** Without a token, writes are allowed only when the server listens on loopback. */
  loopbackOnly: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Limits for fetching `{urls: [...]}` on ingest (private addresses refused unless allowed). */
  fetch: UrlFetchOptions;
  /** Called after articles were stored (re-clusters stories in the background). */
  afterWrite(): void;
}

/** The Hono environment of the app: the server context under `ctx`. */
export type AppEnv = { Variables: { ctx: ServerContext } };
