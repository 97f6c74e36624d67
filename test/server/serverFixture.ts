// Shared set-up for the server tests: a real SQLite store in a temp directory holding the demo
// story (examples/demo), an article full of XSS payloads and a few synthetic articles, clustered
// into stories; plus helpers to start real servers on it (loopback, port 0).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/engine.js";
import { ingest } from "../../src/corpus/ingest.js";
import { syntheticArticles } from "../../src/corpus/syntheticCorpus.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import { clusterStore } from "../../src/story/cluster/clusterStore.js";
import { DEMO_DIR } from "../../src/cli/demo.js";
import { startServer, type RunningServer, type ServeOptions } from "../../src/server/startServer.js";

/** Payloads that would run if any field were rendered as HTML or used as a link unchecked. */
export const XSS = {
  title: `<script>window.__xss=1</script>Minister "quoted" <b>bold</b>`,
  outlet: `<img src=x onerror="window.__xss=2">Evil Outlet`,
  url: "javascript:window.__xss=3",
  text: `<img src=x onerror="window.__xss=4"> Councillor Mira Tolvan said the <script>window.__xss=5</script> budget was "a disgrace </span><script>window.__xss=6</script>" on Monday.\n\nThe council approved 12 new classrooms, Tolvan said.`,
};

export interface Fixture {
  dir: string;
  store: Store;
  demoIds: number[];
  xssId: number;
  demoStory: number;
  close(): Promise<void>;
}

/**
 * Builds the store (about ten seconds: the demo and synthetic articles are analysed): SQLite in a
 * temp directory, or the given store location (a postgres:// URL with its own schema).
 */
export async function buildFixture(synthetic = 25, location?: string): Promise<Fixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-"));
  const store = await openStore(location ?? path.join(dir, "test.db"));
  // A failed setup must not leave the store (a PostgreSQL pool and lock connection) open: the
  // test file would never exit and CI would hang instead of failing.
  try {
    const files = fs.readdirSync(DEMO_DIR).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(DEMO_DIR, f));
    await ingest(files, { store });
    const demoIds = (await store.listArticles({})).map((r) => r.id);
    const xss = await store.putAnalysis(analyze({ text: XSS.text, title: XSS.title, outlet: XSS.outlet, published: "2026-02-01", url: XSS.url }), { source: "xss" });
    let i = 0;
    for (const a of syntheticArticles(synthetic, 7)) {
      await store.putAnalysis(analyze(a), { source: `synthetic-${i++}`, canonicalUrl: a.url });
    }
    await clusterStore(store);
    const assignments = await store.storyAssignments();
    const demoStory = assignments.find((a) => a.articleId === demoIds[0])!.storyId;
    return {
      dir,
      store,
      demoIds,
      xssId: xss.id,
      demoStory,
      close: async () => {
        await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await store.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Starts a server on the fixture's store (loopback, a free port). */
export async function serveFixture(f: Fixture, opts: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return startServer({ store: f.store, host: "127.0.0.1", port: 0, clusterAtStart: false, ...opts });
}
