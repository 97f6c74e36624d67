import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Store } from "../store/Store.js";
import type { UrlFetchOptions } from "../readers/urlFetch.js";
import { createApp, type AppOptions } from "./createApp.js";
import { StoryIndex } from "./storyIndex.js";
import { SearchCache } from "./SearchCache.js";
import type { ServerContext } from "./ServerContext.js";

export interface ServeOptions extends AppOptions {
  store: Store;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Bearer token for writes (default none: writes only when bound to loopback). */
  token?: string | null;
  /** Largest request body, bytes (default 5 MB). */
  maxBodyBytes?: number;
  fetch?: UrlFetchOptions;
  /** Cluster unassigned articles at start, then compute the missing or stale story reports, newest first (default true). */
  clusterAtStart?: boolean;
  /**
   * Cluster and compute story reports in this process after a write through it (default true).
   * A worker of `serve --workers` leaves that to its primary and tells it with `onWrite`.
   */
  clusterAfterWrite?: boolean;
  /** Called after articles were stored through this server. */
  onWrite?: () => void;
}

export interface RunningServer {
  url: string;
  ctx: ServerContext;
  /** Resolves when background clustering started by the server is done. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Starts the HTTP server on the store; resolves once it listens. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const stories = new StoryIndex(opts.store);
  let pending: Promise<void> = Promise.resolve();
  const failed = (what: string) => (e: unknown) => {
    process.stderr.write(`dossier serve: ${what} failed: ${String((e as Error)?.message ?? e).split("\n")[0]}\n`);
  };
  // Clustering, then the reports of new and changed stories (stored, so a story request reads
  // JSON instead of comparing articles); one run after another, in the background.
  const recluster = () => {
    pending = pending
      .then(() => stories.clusterNew())
      .then(
        () => stories.precompute().then(() => undefined, failed("computing story reports")),
        failed("clustering"),
      );
  };
  const ctx: ServerContext = {
    store: opts.store,
    stories,
    search: new SearchCache(opts.store),
    token: opts.token ?? null,
    loopbackOnly: isLoopbackHost(host),
    maxBodyBytes: opts.maxBodyBytes ?? 5 * 1000 * 1000,
    fetch: opts.fetch ?? {},
    afterWrite: () => {
      stories.invalidate();
      ctx.search.clear();
      opts.onWrite?.();
      if (opts.clusterAfterWrite !== false) recluster();
    },
  };
  const app = createApp(ctx, opts);
  if (opts.clusterAtStart !== false) recluster();
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8080 }, () => resolve(s));
    s.once("error", reject);
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    ctx,
    idle: async () => {
      let p: Promise<void>;
      do {
        p = pending;
        await p;
      } while (p !== pending);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
