// GET /api/articles?q= / ?entity= lists every article matching the words (src/server/routes/articles.ts),
// not only those a ranked search looks at: a ranked search ranks at most RANK_CANDIDATES matches,
// the newest first, and the list used to be cut to them (issue 15).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { analyze } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";
import { listArticlesPage } from "../../src/server/routes/articles.js";
import { SearchCache } from "../../src/server/SearchCache.js";
import { StoryIndex } from "../../src/server/storyIndex.js";
import type { ServerContext } from "../../src/server/ServerContext.js";
import { bridgeHerald, bridgeValley, stormCoastal } from "../store/fixtures/articles.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-articles-filter-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test("articles filtered by words or entity: every match, in storage order, however small the ranking window", async () => {
  // A window of one: a ranked search of "bridge" sees only the newest bridge article.
  const store = await openStore(path.join(dir, "w.db"), { rankCandidates: 1 });
  try {
    const herald = (await store.putAnalysis(analyze(bridgeHerald), { source: "herald" })).id;
    await store.putAnalysis(analyze(stormCoastal), { source: "storm" });
    const valley = (await store.putAnalysis(analyze(bridgeValley), { source: "valley" })).id;
    assert.equal((await store.search({ text: "bridge" })).length, 1, "the ranked search is bounded by the window");
    const ctx = { store, stories: new StoryIndex(store), search: new SearchCache(store) } as unknown as ServerContext;
    assert.deepEqual((await listArticlesPage(ctx, { q: "bridge" }, 0, 50)).articles.map((a) => a.id), [herald, valley]);
    const page = await listArticlesPage(ctx, { q: "bridge" }, 0, 1);
    assert.deepEqual([page.articles.map((a) => a.id), page.next], [[herald], 1]);
    assert.deepEqual((await listArticlesPage(ctx, { q: "bridge", outlet: "Valley Times" }, 0, 50)).articles.map((a) => a.id), [valley]);
    assert.deepEqual((await listArticlesPage(ctx, { entity: "Raj Patel" }, 0, 50)).articles.map((a) => a.id), [herald]);
    assert.deepEqual((await listArticlesPage(ctx, { q: "zeppelin" }, 0, 50)).articles, []);
  } finally {
    await store.close();
  }
});
