import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, ENGINE_VERSION } from "../../src/index.js";
import { reanalyze } from "../../src/corpus/reanalyze.js";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { openStore } from "../../src/store/openStore.js";
import { copyAnalysis } from "../../src/store/copyAnalysis.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-reanalyze-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("reanalyze replaces analyses made by another engine version and leaves current ones", async () => {
  const store = await openStore(join(dir, "r.db"));
  try {
    const old = analyze(syntheticArticle(1, 3));
    // An analysis from an older engine that found nothing.
    const stale = { ...old, engine: { name: "dossier" as const, version: "0.0.1-old" }, quotes: [], entities: [], figures: [], times: [] };
    const a = await store.putAnalysis(stale, { source: "old" });
    const b = await store.putAnalysis(analyze(syntheticArticle(2, 3)), { source: "current" });
    const events: string[] = [];
    const s = await reanalyze({ store, onProgress: (e) => events.push(`${e.event}:${e.id}:${e.from}`) });
    assert.equal(s.reanalyzed, 1);
    assert.equal(s.failed, 0);
    assert.equal(s.current, 1);
    assert.deepEqual(events, [`reanalyzed:${a.id}:0.0.1-old`]);
    const now = await store.getAnalysis(a.id);
    assert.equal(now?.engine.version, ENGINE_VERSION);
    assert.equal(now?.quotes.length, old.quotes.length);
    assert.ok(old.quotes.length > 0);
    assert.equal(now?.document.text, old.document.text);
    assert.equal((await store.getArticle(b.id))?.engineVersion, ENGINE_VERSION);
    // Nothing left to do.
    assert.equal((await reanalyze({ store })).reanalyzed, 0);
  } finally {
    await store.close();
  }
});

test("reanalyze: a wire copy is not re-analysed; it follows its original's new analysis", async () => {
  const store = await openStore(join(dir, "copies.db"));
  try {
    const old = analyze(syntheticArticle(4, 3));
    const stale = { ...old, engine: { name: "dossier" as const, version: "0.0.1-old" }, quotes: [], entities: [], figures: [], times: [] };
    const first = await store.putAnalysis(stale, { source: "first" });
    const copy = await store.putAnalysis(copyAnalysis(stale, { title: null, outlet: "Another Wire", published: null, url: null }), { source: "copy" });
    assert.equal(copy.status, "copy");
    const events: string[] = [];
    const s = await reanalyze({ store, onProgress: (e) => events.push(`${e.event}:${e.id}`) });
    assert.deepEqual(events, [`reanalyzed:${first.id}`]);
    assert.equal(s.failed, 0);
    assert.equal((await store.getArticle(copy.id))?.engineVersion, ENGINE_VERSION);
    const shared = await store.getAnalysis(copy.id);
    assert.equal(shared?.quotes.length, old.quotes.length);
    assert.equal(shared?.document.outlet, "Another Wire");
    assert.equal((await store.quotes({ outlet: "Another Wire", limit: 1000 })).length, old.quotes.length);
    assert.equal((await reanalyze({ store })).reanalyzed, 0);
  } finally {
    await store.close();
  }
});
