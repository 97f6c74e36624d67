// Stored story reports (src/server/storyIndex.ts): a report read from the store is the report
// computed on request, byte for byte and as a page; it is computed again when the story's
// members, their metadata or their analyses change, whoever wrote the change. On SQLite, and on
// PostgreSQL when DOSSIER_TEST_PG is a postgres:// URL (skipped otherwise).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import type { Analysis } from "../../src/types.js";
import { StoryIndex, type StoryView } from "../../src/server/storyIndex.js";
import { storyPage } from "../../src/server/pages/storyPages.js";
import { compareStory } from "../../src/story/compareStory.js";
import { withCopies } from "../../src/story/report/storyCounts.js";
import { storyFingerprint } from "../../src/story/report/storyFingerprint.js";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";
import { buildFixture, type Fixture } from "./serverFixture.js";

/** The report as `GET /api/stories/{id}` computed it before reports were stored. */
async function onRequest(store: Store, id: number) {
  const members = (await store.storyAssignments()).filter((a) => a.storyId === id).map((a) => a.articleId).sort((a, b) => a - b);
  const analyses: Analysis[] = [];
  for (const m of members) analyses.push((await store.getAnalysis(m))!);
  return withCopies(compareStory(analyses), analyses);
}

/** Waits (bounded) until `check` holds: a change made elsewhere reaches the index in the background. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting: ${what}`);
}

function storedReportSuite(name: string, skip: string | undefined, location: () => string | undefined, cleanup: () => Promise<void>) {
  describe(`stored story reports (${name})`, { skip }, () => {
    let f: Fixture;
    let other: Store;
    before(async () => {
      f = await buildFixture(6, location());
      other = await openStore(f.store.location.includes("***") ? location()! : f.store.location);
    });
    after(async () => {
      await other?.close();
      await f?.close();
      await cleanup();
    });

    test("a report read back from the store is the report computed on request: the same JSON and the same page", async () => {
      const first = new StoryIndex(f.store);
      const computed = await first.view(f.demoStory);
      const expected = await onRequest(f.store, f.demoStory);
      assert.equal(computed!.json, JSON.stringify(expected));
      assert.equal(await f.store.storyReport(f.demoStory, storyFingerprint(computed!.articles)), computed!.json, "stored under the members' fingerprint");
      // A second server (nothing in memory) reads it from the store: no comparison is run.
      const second = new StoryIndex(f.store);
      const read = await second.view(f.demoStory);
      assert.equal(read!.json, computed!.json);
      assert.equal(await second.reportJson(f.demoStory), computed!.json);
      const direct: StoryView = { ...read!, report: expected };
      assert.equal(storyPage(read!).value, storyPage(direct).value, "the page from the stored JSON is the page from the computed report");
      assert.equal(await second.reportJson(424242), null);
    });

    test("precompute stores every story's report once", async () => {
      const idx = new StoryIndex(f.store);
      await idx.precompute();
      const stories = new Set((await f.store.storyAssignments()).map((a) => a.storyId));
      const stored = await f.store.storyReportFingerprints();
      assert.deepEqual([...stories].filter((s) => !stored.has(s)), [], "every story has a stored report");
      assert.equal(await new StoryIndex(f.store).precompute(), 0, "nothing left to compute");
      for (const s of [...stories].slice(0, 3)) assert.equal(await idx.reportJson(s), JSON.stringify(await onRequest(f.store, s)));
    });

    test("a member moved to another story by another process: both reports are computed again", async () => {
      const idx = new StoryIndex(f.store, { checkMs: 0 });
      const before = await idx.reportJson(f.demoStory);
      const moved = f.demoIds[f.demoIds.length - 1];
      await other.setStories([{ articleId: moved, storyId: 9000 }]);
      await eventually(async () => (await idx.reportJson(9000)) !== null, "the new story appears");
      const after = await idx.reportJson(f.demoStory);
      assert.notEqual(after, before);
      assert.equal(after, JSON.stringify(await onRequest(f.store, f.demoStory)));
      assert.equal(await idx.reportJson(9000), JSON.stringify(await onRequest(f.store, 9000)));
      await other.setStories([{ articleId: moved, storyId: f.demoStory }]);
      await eventually(async () => (await idx.reportJson(9000)) === null, "the story is gone");
      assert.equal(await idx.reportJson(f.demoStory), before, "back as it was");
    });

    test("an analysis replaced with the same engine version (reanalyze --all): the report follows it", async () => {
      const idx = new StoryIndex(f.store, { checkMs: 0 });
      const before = await idx.reportJson(f.demoStory);
      const target = f.demoIds[0];
      const old = (await f.store.getAnalysis(target))!;
      const changed: Analysis = { ...old, quotes: [] };
      await other.replaceAnalysis(target, changed);
      try {
        await eventually(async () => (await idx.reportJson(f.demoStory)) !== before, "the report changes");
        assert.equal(await idx.reportJson(f.demoStory), JSON.stringify(await onRequest(f.store, f.demoStory)));
        assert.equal(await new StoryIndex(f.store).reportJson(f.demoStory), JSON.stringify(await onRequest(f.store, f.demoStory)), "and so does the stored one");
      } finally {
        await other.replaceAnalysis(target, old);
      }
    });
  });
}

storedReportSuite("sqlite", undefined, () => undefined, async () => undefined);
const schema = `reports_${process.pid}_${Date.now().toString(36)}`;
storedReportSuite("postgres", pgSkipMessage, () => withSchema(schema), () => dropSchemas([schema]));
