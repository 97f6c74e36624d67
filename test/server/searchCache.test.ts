// The server's search cache (src/server/SearchCache.ts): a repeated query is answered from
// memory, with exactly the store's answer, until the store changes — through this connection or
// any other (the change count kept by triggers).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { analyze } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import { SearchCache } from "../../src/server/SearchCache.js";
import { bridgeHerald, bridgeValley, stormCoastal } from "../store/fixtures/articles.js";

let dir: string;
let store: Store;
let other: Store;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-search-cache-"));
  store = await openStore(path.join(dir, "s.db"));
  other = await openStore(path.join(dir, "s.db"));
  await store.putAnalysis(analyze(bridgeHerald), { source: "herald" });
  await store.putAnalysis(analyze(stormCoastal), { source: "storm" });
});
after(async () => {
  await other?.close();
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a repeated query is served from the cache, and is the store's answer", async () => {
  const cache = new SearchCache(store);
  const q = { text: "bridge", limit: 10 };
  const first = await cache.search(q);
  assert.deepEqual(first.hits, await store.search(q));
  assert.equal(await cache.search({ ...q }), first, "the same query: the cached entry");
  assert.notEqual(await cache.search({ ...q, outlet: "Harbor Herald" }), first, "another filter is another query");
  assert.notEqual(await cache.search({ ...q, offset: 1 }), first, "another page is another query");
});

test("a write by another connection drops the cache: the new article is found", async () => {
  const cache = new SearchCache(store);
  const q = { text: "bridge", limit: 10 };
  const before = await cache.search(q);
  const id = (await other.putAnalysis(analyze(bridgeValley), { source: "valley" })).id;
  const after = await cache.search(q);
  assert.notEqual(after, before);
  assert.ok(after.hits.some((h) => h.articleId === id), "the article stored elsewhere is a hit");
  assert.deepEqual(after.hits, await store.search(q));
  // Story membership moves the count too (the cache holds nothing story-specific, but the rule is one).
  await other.setStories([{ articleId: id, storyId: 1 }]);
  assert.notEqual(await cache.search(q), after);
});

test("clear() drops it; a bad query is refused each time and never cached; size 0 caches nothing", async () => {
  const cache = new SearchCache(store);
  const q = { text: "storm", limit: 5 };
  const a = await cache.search(q);
  cache.clear();
  assert.notEqual(await cache.search(q), a);
  const long = { text: "word ".repeat(200), limit: 5 };
  await assert.rejects(cache.search(long));
  await assert.rejects(cache.search(long));
  const none = new SearchCache(store, { size: 0 });
  assert.notEqual(await none.search(q), await none.search(q));
});
