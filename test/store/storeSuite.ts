// One behavioural suite for every Store implementation. `storeSuite(factory)` registers the
// tests; sqlite.test.ts and postgres.test.ts call it with their own factory.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/index.js";
import { walkSpans } from "../../src/document/span.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import type { StoreOptions } from "../../src/store/StoreOptions.js";
import { StoreError } from "../../src/store/StoreError.js";
import { copyAnalysis } from "../../src/store/copyAnalysis.js";
import { bridgeHerald, bridgeValley, generatedArticle, stormCoastal } from "./fixtures/articles.js";

export interface StoreFactory {
  /** Shown in test names: "sqlite", "postgres". */
  name: string;
  /** A fresh, empty store location (a temp file path, or a postgres URL with its own schema). */
  newLocation(): Promise<string>;
  /** Removes everything `newLocation` made. */
  cleanup(): Promise<void>;
  /** When set, the whole suite is skipped with this message. */
  skip?: string;
}

const seedText = fs.readFileSync(new URL("../../examples/article.txt", import.meta.url), "utf8");

/** Checks `text.slice(start, end) === text` for a stored row. */
function assertSlices(text: string, s: { start: number; end: number; text: string }, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: offsets in range`);
  assert.equal(text.slice(s.start, s.end), s.text, what);
}

export function storeSuite(factory: StoreFactory): void {
  describe(`store: ${factory.name}`, { skip: factory.skip }, () => {
    let herald: Analysis;
    let valley: Analysis;
    let storm: Analysis;
    let seed: Analysis;
    const open: Store[] = [];

    const fresh = async (options: StoreOptions = {}): Promise<{ store: Store; location: string }> => {
      const location = await factory.newLocation();
      const store = await openStore(location, options);
      open.push(store);
      return { store, location };
    };
    const reopen = async (location: string, options: StoreOptions = {}): Promise<Store> => {
      const store = await openStore(location, options);
      open.push(store);
      return store;
    };
    /** A store holding the three invented articles and the seed. */
    const filled = async (): Promise<{ store: Store; ids: Record<"herald" | "valley" | "storm" | "seed", number> }> => {
      const { store } = await fresh();
      const ids = {
        herald: (await store.putAnalysis(herald, { source: "herald.txt", canonicalUrl: herald.document.url })).id,
        valley: (await store.putAnalysis(valley, { source: "valley.txt", canonicalUrl: valley.document.url })).id,
        storm: (await store.putAnalysis(storm, { source: "storm.txt", canonicalUrl: storm.document.url })).id,
        seed: (await store.putAnalysis(seed, { source: "examples/article.txt" })).id,
      };
      return { store, ids };
    };

    before(() => {
      herald = analyze(bridgeHerald);
      valley = analyze(bridgeValley);
      storm = analyze(stormCoastal);
      seed = analyze({ text: seedText, title: null, outlet: "Anadolu Agency", published: "2024-08-19" });
    });
    after(async () => {
      for (const s of open) await s.close().catch(() => undefined);
      await factory.cleanup();
    });

    test("put and get: the analysis comes back identical, rows keep the span invariant", async () => {
      const { store, ids } = await filled();
      assert.equal(store.kind, factory.name);
      for (const [a, id] of [[herald, ids.herald], [seed, ids.seed]] as const) {
        assert.deepEqual(await store.getAnalysis(id), a);
        const article = await store.getArticle(id);
        assert.ok(article);
        assert.equal(article.text, a.document.text);
        assert.equal(article.docId, a.document.id);
        assert.equal(article.hash, a.document.id, "the content hash is the sha256 of the text, as document.id");
        assert.equal(article.outlet, a.document.outlet);
        assert.equal(article.published, a.document.published);
        assert.equal(article.engineVersion, a.engine.version);
        assert.ok(!Number.isNaN(Date.parse(article.ingestedAt)));
        let spans = 0;
        walkSpans((await store.getAnalysis(id))!, (s, where) => {
          spans++;
          assertSlices(article.text, s, `stored analysis ${where}`);
        });
        assert.ok(spans > 10);
      }
      assert.equal(await store.getArticle(99999), null);
      assert.equal(await store.getAnalysis(99999), null);
      const quotes = await store.quotes({ limit: 1000 });
      assert.equal(quotes.length, herald.quotes.length + valley.quotes.length + storm.quotes.length + seed.quotes.length);
      for (const q of quotes) {
        const text = (await store.getArticle(q.articleId))!.text;
        assertSlices(text, q.content, `quote ${q.quoteId} content`);
        if (q.cue) assertSlices(text, q.cue, `quote ${q.quoteId} cue`);
      }
      const counts = await store.count();
      assert.equal(counts.articles, 4);
      assert.equal(counts.quotes, quotes.length);
      assert.ok(counts.entities > 10);
      const list = await store.listArticles();
      assert.deepEqual(list.map((r) => r.id), [ids.herald, ids.valley, ids.storm, ids.seed]);
      assert.equal(list[0].canonicalUrl, herald.document.url);
      assert.equal(list[0].source, "herald.txt");
      assert.deepEqual((await store.listArticles({ outlet: "valley times" })).map((r) => r.id), [ids.valley]);
      assert.deepEqual((await store.listArticles({ since: "2025-03-04", until: "2025-03-31" })).map((r) => r.id), [ids.valley]);
      assert.deepEqual((await store.listArticles({ limit: 2, offset: 1 })).map((r) => r.id), [ids.valley, ids.storm]);
      assert.deepEqual(await store.listArticles({ engineVersionNot: herald.engine.version }), []);
    });

    test("duplicates: same text, or same canonical URL, is reported with the existing id", async () => {
      const { store } = await fresh();
      const first = await store.putAnalysis(herald, { source: "a.txt", canonicalUrl: "https://herald.example/kestrel" });
      assert.equal(first.status, "stored");
      assert.deepEqual(await store.putAnalysis(herald, { source: "b.txt" }), { status: "duplicate", id: first.id });
      assert.deepEqual(await store.putAnalysis(valley, { source: "c.txt", canonicalUrl: "https://herald.example/kestrel" }), { status: "duplicate", id: first.id });
      const second = await store.putAnalysis(valley, { source: "c.txt", canonicalUrl: null });
      assert.equal(second.status, "stored");
      assert.notEqual(second.id, first.id);
      assert.equal((await store.count()).articles, 2);
      assert.equal(await store.has({ hash: herald.document.id }), true);
      assert.equal(await store.has({ hash: herald.document.id.replace("sha256:", "") }), true, "a bare hex digest is accepted");
      assert.equal(await store.has({ canonicalUrl: "https://herald.example/kestrel" }), true);
      assert.equal(await store.has({ hash: storm.document.id }), false);
      assert.equal(await store.has({ canonicalUrl: "https://elsewhere.example/" }), false);
      assert.equal(await store.has({}), false);
      assert.equal((await store.quotes({ limit: 1000 })).length, herald.quotes.length + valley.quotes.length, "a duplicate adds no rows");
    });

    test("wire copy: the same text from another outlet is stored as a copy linked to the first, sharing its analysis", async () => {
      const { store } = await fresh();
      const first = await store.putAnalysis(herald, { source: "herald.txt", canonicalUrl: herald.document.url });
      assert.equal(first.status, "stored");
      const meta = { title: "Kestrel Bridge opens", outlet: "Coast Wire", published: "2025-03-04", url: "https://coastwire.example/kestrel" };
      assert.deepEqual(await store.lookup({ hash: herald.document.id, canonicalUrl: meta.url, outlet: meta.outlet }), { status: "copy", copyOf: first.id });
      const copy = await store.putAnalysis(copyAnalysis(herald, meta), { source: "wire.txt", canonicalUrl: meta.url });
      assert.equal(copy.status, "copy");
      assert.equal(copy.copyOf, first.id);
      assert.notEqual(copy.id, first.id);
      // The copy is an article of its own, with its own metadata, linked to the first copy.
      const row = await store.getArticle(copy.id);
      assert.ok(row);
      assert.equal(row.copyOf, first.id);
      assert.equal(row.outlet, "Coast Wire");
      assert.equal(row.title, "Kestrel Bridge opens");
      assert.equal(row.hash, herald.document.id);
      assert.equal(row.text, herald.document.text);
      assert.equal((await store.getArticle(first.id))?.copyOf, null);
      // One analysis per text: the copy's is the first's, with the copy's document metadata.
      assert.deepEqual(await store.getAnalysis(first.id), herald);
      const shared = await store.getAnalysis(copy.id);
      assert.ok(shared);
      assert.equal(shared.document.outlet, "Coast Wire");
      assert.equal(shared.document.published, "2025-03-04");
      assert.equal(shared.document.id, herald.document.id);
      assert.deepEqual(shared.quotes, herald.quotes);
      assert.deepEqual(shared.entities, herald.entities);
      // Its index rows are there under its outlet: quotes, search, filters.
      assert.equal((await store.quotes({ outlet: "Coast Wire", limit: 1000 })).length, herald.quotes.length);
      assert.deepEqual((await store.search({ text: "Kestrel", outlet: "Coast Wire" })).map((h) => h.articleId), [copy.id]);
      assert.deepEqual((await store.listArticles()).map((r) => [r.id, r.copyOf]), [[first.id, null], [copy.id, first.id]]);
      // Re-ingesting either source is a no-op: same URL, or same outlet and text.
      assert.deepEqual(await store.putAnalysis(copyAnalysis(herald, meta), { source: "wire.txt", canonicalUrl: meta.url }), { status: "duplicate", id: copy.id });
      assert.deepEqual(await store.putAnalysis(copyAnalysis(herald, { ...meta, url: null }), { source: "wire2.txt" }), { status: "duplicate", id: copy.id });
      assert.deepEqual(await store.putAnalysis(herald, { source: "again.txt" }), { status: "duplicate", id: first.id });
      assert.deepEqual(await store.lookup({ hash: herald.document.id, outlet: "Coast Wire" }), { status: "duplicate", id: copy.id });
      assert.deepEqual(await store.lookup({ hash: herald.document.id, canonicalUrl: meta.url, outlet: "Other" }), { status: "duplicate", id: copy.id });
      assert.deepEqual(await store.lookup({ hash: valley.document.id, outlet: "Valley Times" }), { status: "new" });
      // A third outlet links to the first copy, not to a copy.
      const third = await store.putAnalysis(copyAnalysis(herald, { ...meta, outlet: "Bay News", url: null }), { source: "bay.txt" });
      assert.deepEqual(third, { status: "copy", id: third.id, copyOf: first.id });
      assert.equal((await store.count()).articles, 3);
      assert.equal((await store.count()).quotes, 3 * herald.quotes.length);
      // A copy's analysis is its original's: replacing it is refused; replacing the original
      // rebuilds the copies' index rows from the new analysis.
      await assert.rejects(store.replaceAnalysis(copy.id, herald), (e: unknown) => e instanceof StoreError && e.code === "is-copy");
      const newer = structuredClone(herald);
      (newer.engine as { version: string }).version = "9.9.9";
      newer.quotes = newer.quotes.slice(0, 1);
      await store.replaceAnalysis(first.id, newer);
      assert.equal((await store.count()).quotes, 3);
      assert.equal((await store.getArticle(copy.id))?.engineVersion, "9.9.9");
      assert.equal((await store.getAnalysis(copy.id))?.quotes.length, 1);
      assert.equal((await store.getAnalysis(copy.id))?.document.outlet, "Coast Wire");
    });

    test("wire copy: concurrent puts of one text from two outlets store one article and one copy", async () => {
      const { store, location } = await fresh();
      const other = await reopen(location);
      const a = copyAnalysis(storm, { title: storm.document.title, outlet: "Wire A", published: null, url: null });
      const b = copyAnalysis(storm, { title: storm.document.title, outlet: "Wire B", published: null, url: null });
      const results = await Promise.all([store.putAnalysis(a, { source: "a" }), other.putAnalysis(b, { source: "b" })]);
      assert.deepEqual(results.map((r) => r.status).sort(), ["copy", "stored"]);
      const stored = results.find((r) => r.status === "stored")!;
      assert.equal(results.find((r) => r.status === "copy")!.copyOf, stored.id);
      assert.equal((await store.count()).articles, 2);
    });

    test("duplicates: concurrent puts of one article from two connections store it once", async () => {
      const { store, location } = await fresh();
      const other = await reopen(location);
      const results = await Promise.all([store.putAnalysis(storm, { source: "w1" }), other.putAnalysis(storm, { source: "w2" })]);
      assert.deepEqual(results.map((r) => r.status).sort(), ["duplicate", "stored"]);
      assert.equal(results[0].id, results[1].id);
      assert.equal((await store.count()).articles, 1);
      assert.equal((await other.count()).quotes, storm.quotes.length);
    });

    test("an analysis written in many chunks reads back whole, for copies too, after a re-analysis, and not after a rolled-back one (issue 17)", async () => {
      let fail = false;
      const { store, location } = await fresh({
        analysisChunkChars: 200,
        beforeCommit: () => {
          if (fail) throw new Error("injected failure before commit");
        },
      });
      const { id } = await store.putAnalysis(storm, { source: "storm" });
      assert.deepEqual(await store.getAnalysis(id), storm);
      const copy = await store.putAnalysis(analyze({ ...stormCoastal, outlet: "Lake Wire", url: null }), { source: "copy" });
      assert.deepEqual((await store.getAnalysis(copy.id))?.quotes, storm.quotes);
      const smaller = { ...storm, quotes: storm.quotes.slice(0, 1), figures: [], diagnostics: [] };
      await store.replaceAnalysis(id, smaller);
      assert.deepEqual(await store.getAnalysis(id), smaller);
      fail = true;
      await assert.rejects(store.replaceAnalysis(id, storm), /injected failure/);
      fail = false;
      assert.deepEqual(await store.getAnalysis(id), smaller);
      // Another connection with the default chunk size reads it the same.
      const other = await reopen(location);
      assert.deepEqual(await other.getAnalysis(id), smaller);
      await other.replaceAnalysis(id, storm);
      assert.deepEqual(await store.getAnalysis(id), storm);
    });

    test("atomicity: a write that fails midway leaves nothing behind", async () => {
      let fail = true;
      const { store } = await fresh({
        beforeCommit: () => {
          if (fail) throw new Error("injected failure before commit");
        },
      });
      await assert.rejects(store.putAnalysis(herald, { source: "x", canonicalUrl: "https://x.example/" }), /injected failure/);
      const empty = { articles: 0, quotes: 0, entities: 0, failures: 0, jobsPending: 0 };
      assert.deepEqual(await store.count(), empty);
      assert.equal(await store.has({ hash: herald.document.id }), false);
      assert.equal(await store.has({ canonicalUrl: "https://x.example/" }), false);
      assert.deepEqual(await store.search({ text: "bridge" }), []);
      // A constraint violation in the last table written (times.value NOT NULL) rolls back too.
      const broken = structuredClone(storm);
      fail = false;
      (broken.times[0] as { value: unknown }).value = null;
      await assert.rejects(store.putAnalysis(broken, { source: "broken" }));
      assert.deepEqual(await store.count(), empty);
      // Spans that do not slice the text are refused before anything is written.
      const badSpan = structuredClone(valley);
      badSpan.quotes[0].content.start += 1;
      await assert.rejects(store.putAnalysis(badSpan, { source: "bad" }), (e: unknown) => e instanceof StoreError && e.code === "bad-span");
      assert.deepEqual(await store.count(), empty);
      // After the failures the same articles store normally.
      assert.equal((await store.putAnalysis(herald, { source: "x" })).status, "stored");
      assert.equal((await store.putAnalysis(storm, { source: "y" })).status, "stored");
      assert.equal((await store.count()).articles, 2);
      // A failing replaceAnalysis keeps the old analysis.
      const [row] = await store.listArticles({ limit: 1 });
      fail = true;
      const changed = analyze({ ...bridgeHerald, outlet: "Other Outlet" });
      await assert.rejects(store.replaceAnalysis(row.id, changed), /injected failure/);
      assert.deepEqual(await store.getAnalysis(row.id), herald);
      assert.equal((await store.quotes({ limit: 1000 })).length, herald.quotes.length + storm.quotes.length);
    });

    test("replaceAnalysis swaps the analysis and its rows, and refuses another text", async () => {
      const { store, ids } = await filled();
      const newer = analyze({ ...bridgeHerald, outlet: "Harbor Herald Online" });
      (newer.engine as { version: string }).version = "9.9.9";
      await store.replaceAnalysis(ids.herald, newer);
      assert.deepEqual(await store.getAnalysis(ids.herald), newer);
      const row = await store.getArticle(ids.herald);
      assert.equal(row?.outlet, "Harbor Herald Online");
      assert.equal(row?.engineVersion, "9.9.9");
      assert.equal((await store.quotes({ outlet: "Harbor Herald Online" })).length, newer.quotes.length);
      assert.equal((await store.count()).quotes, herald.quotes.length + valley.quotes.length + storm.quotes.length + seed.quotes.length);
      assert.deepEqual((await store.listArticles({ engineVersionNot: herald.engine.version })).map((r) => r.id), [ids.herald]);
      assert.deepEqual((await store.search({ text: "Kestrel", outlet: "Harbor Herald Online" })).map((h) => h.articleId), [ids.herald]);
      await assert.rejects(store.replaceAnalysis(ids.herald, valley), (e: unknown) => e instanceof StoreError && e.code === "text-mismatch");
      await assert.rejects(store.replaceAnalysis(99999, valley), (e: unknown) => e instanceof StoreError && e.code === "not-found");
    });

    test("search: ranked hits whose offsets slice the text to the matching sentence", async () => {
      const { store, ids } = await filled();
      const hits = await store.search({ text: "bridge" });
      assert.deepEqual(new Set(hits.map((h) => h.articleId)), new Set([ids.herald, ids.valley]));
      for (const h of hits) {
        const article = (await store.getArticle(h.articleId))!;
        assert.equal(article.text.slice(h.start, h.end), h.snippet);
        assert.match(h.snippet, /bridge/i);
        assert.ok(h.match);
        assertSlices(article.text, h.match, "search match");
        assert.match(h.match.text, /^bridge$/i);
        assert.ok(h.start <= h.match.start && h.match.end <= h.end);
        assert.equal(h.outlet, article.outlet);
        assert.ok(Number.isFinite(h.score));
      }
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score, "best first");
      // Stemming: "flooding" finds "flooded"/"floods"; punctuation in the query is no syntax error.
      const flood = await store.search({ text: "flooding farms" });
      assert.deepEqual(flood.map((h) => h.articleId), [ids.storm]);
      assert.match(flood[0].snippet, /flood/i);
      const cease = await store.search({ text: "cease-fire (Blinken)" });
      assert.deepEqual(cease.map((h) => h.articleId), [ids.seed]);
      assert.match(cease[0].snippet, /Blinken|cease-fire/);
      // The sentence with more query terms wins over an earlier one with fewer.
      const both = await store.search({ text: "commute minutes" });
      assert.deepEqual(both.map((h) => h.articleId), [ids.herald]);
      assert.match(both[0].snippet, /commute times by 15 minutes/);
      // Filters.
      assert.deepEqual((await store.search({ text: "bridge", outlet: "Valley Times" })).map((h) => h.articleId), [ids.valley]);
      assert.deepEqual((await store.search({ text: "bridge", since: "2025-03-04" })).map((h) => h.articleId), [ids.valley]);
      assert.deepEqual((await store.search({ text: "bridge", until: "2025-03-03" })).map((h) => h.articleId), [ids.herald]);
      assert.deepEqual((await store.search({ text: "bridge", entity: "Raj Patel" })).map((h) => h.articleId), [ids.herald]);
      assert.deepEqual((await store.search({ text: "bridge", entity: "Tomas Berg" })), []);
      // Several filters at once (bug: positional parameters bound out of order returned nothing).
      assert.deepEqual((await store.search({ text: "bridge", outlet: "Valley Times", since: "2025-03-04" })).map((h) => h.articleId), [ids.valley]);
      assert.deepEqual((await store.search({ text: "bridge", outlet: "valley times", until: "2025-03-03" })), []);
      assert.equal((await store.search({ text: "bridge", limit: 1 })).length, 1);
      assert.deepEqual(await store.search({ text: "zeppelin" }), []);
      assert.deepEqual(await store.search({ text: "bridge -Patel" }).then((r) => r.map((h) => h.articleId)), [ids.valley]);
      assert.deepEqual(await store.search({ text: "   " }), []);
    });

    test("search: a common word is ranked among its newest matches only; pages never overlap; matchingArticleIds lists every match (issue 15)", async () => {
      // Five articles of equal length mentioning "heron" 5, 1, 4, 2, 3 times (oldest first), and one without.
      const counts = [5, 1, 4, 2, 3];
      const wildlife = (i: number, herons: number): Analysis =>
        analyze({
          title: `Wildlife notes ${i}`,
          outlet: i % 2 ? "Marsh Weekly" : "Estuary Post",
          published: `2025-06-${String(i + 1).padStart(2, "0")}`,
          text: [...Array.from({ length: 5 }, (_, k) => (k < herons ? "The heron waded in the river today." : "The otter waded in the river today.")), `Field note number ${i}.`].join(" "),
        });
      const put = async (store: Store): Promise<number[]> => {
        const ids: number[] = [];
        for (const [i, n] of counts.entries()) ids.push((await store.putAnalysis(wildlife(i, n), { source: `wildlife/${i}` })).id);
        await store.putAnalysis(wildlife(9, 0), { source: "wildlife/9" });
        return ids;
      };
      const all = (await fresh()).store;
      const ids = await put(all);
      const byCount = (order: number[]) => order.map((i) => ids[i]);
      // Every match ranked: most herons first.
      assert.deepEqual((await all.search({ text: "heron" })).map((h) => h.articleId), byCount([0, 2, 4, 3, 1]));
      // Pages of one query never overlap and add up to the whole ranking.
      const pages: number[] = [];
      for (let offset = 0; offset < 6; offset += 2) pages.push(...(await all.search({ text: "heron", limit: 2, offset })).map((h) => h.articleId));
      assert.deepEqual(pages, byCount([0, 2, 4, 3, 1]));
      // A window of 3: only the newest three matches are ranked (the oldest, best match is not among them).
      const windowed = (await fresh({ rankCandidates: 3 })).store;
      const wids = await put(windowed);
      assert.deepEqual((await windowed.search({ text: "heron", limit: 10 })).map((h) => h.articleId), [wids[2], wids[4], wids[3]]);
      // A filter applies before the window: the newest three Estuary Post matches are articles 0, 2 and 4.
      assert.deepEqual((await windowed.search({ text: "heron", outlet: "Estuary Post" })).map((h) => h.articleId), [wids[0], wids[2], wids[4]]);
      // matchingArticleIds: every match in storage order, unranked and unbounded by the window.
      assert.deepEqual(await windowed.matchingArticleIds({ text: "heron" }), wids);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "heron", outlet: "marsh weekly" }), [wids[1], wids[3]]);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "heron", since: "2025-06-04" }), [wids[3], wids[4]]);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "heron", limit: 2, offset: 1 }), [wids[1], wids[2]]);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "heron -otter" }), [wids[0]]);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "zeppelin" }), []);
      assert.deepEqual(await windowed.matchingArticleIds({ text: "   " }), []);
      await assert.rejects(windowed.matchingArticleIds({ text: Array.from({ length: 40 }, () => "heron").join(" ") }), (e: Error) => e instanceof StoreError);
    });

    test("quotes: by speaker, by words, with article filters", async () => {
      const { store, ids } = await filled();
      const ortiz = await store.quotes({ speaker: "Ortiz" });
      const expected = [herald, valley].flatMap((a) => a.quotes.filter((q) => q.speaker?.name === "Lena Ortiz").map((q) => q.content.text));
      assert.ok(expected.length >= 2, "the engine attributes quotes to Lena Ortiz in both bridge articles");
      assert.deepEqual(ortiz.map((q) => q.content.text), expected);
      assert.deepEqual(new Set(ortiz.map((q) => q.articleId)), new Set([ids.herald, ids.valley]));
      for (const q of ortiz) {
        assert.equal(q.speaker, "Lena Ortiz");
        assert.ok(q.speakerEntity);
        assert.ok(q.docId.startsWith("sha256:"));
      }
      assert.deepEqual(await store.quotes({ speaker: "Ortiz", outlet: "Coastal Daily" }), []);
      const sinceValley = (await store.quotes({ speaker: "lena ortiz", since: "2025-03-04" })).map((q) => q.articleId);
      assert.deepEqual(sinceValley, valley.quotes.filter((q) => q.speaker?.name === "Lena Ortiz").map(() => ids.valley));
      assert.deepEqual(await store.quotes({ speaker: "Ort" }), [], "speakers match on whole words");
      const halves = await store.quotes({ text: "halves city" });
      assert.deepEqual(halves.map((q) => q.articleId), [ids.herald]);
      assert.match(halves[0].content.text, /two halves of our city/);
      assert.deepEqual((await store.quotes({ text: "water", speaker: "Tomas Berg" })).map((q) => q.articleId), [ids.storm]);
    });

    test("entities: top N by type, counted over articles", async () => {
      const { store } = await filled();
      const people = await store.entities({ type: "PER", top: 3 });
      assert.ok(people.length > 0 && people.length <= 3);
      for (const e of people) assert.equal(e.type, "PER");
      assert.equal(people[0].name, "Lena Ortiz");
      assert.equal(people[0].articles, 2);
      const inHerald = herald.entities.find((e) => e.name === "Lena Ortiz")!.mentions.length;
      const inValley = valley.entities.find((e) => e.name === "Lena Ortiz")!.mentions.length;
      assert.equal(people[0].mentions, inHerald + inValley);
      for (let i = 1; i < people.length; i++) assert.ok(people[i - 1].articles >= people[i].articles);
      const all = await store.entities({ top: 1000 });
      assert.ok(all.some((e) => e.type !== "PER"));
      assert.deepEqual((await store.entities({ name: "ortiz" })).map((e) => e.name), ["Lena Ortiz"]);
      const onlyValley = await store.entities({ type: "PER", outlet: "Valley Times" });
      assert.ok(onlyValley.every((e) => e.articles === 1));
    });

    test("timeline: the facts about one entity, in date order, with offsets into the text", async () => {
      const { store, ids } = await filled();
      const rows = await store.timeline({ entity: "Lena Ortiz" });
      assert.ok(rows.length >= 3);
      for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].date <= rows[i].date, "chronological");
      for (const r of rows) {
        assert.ok([ids.herald, ids.valley].includes(r.articleId));
        assertSlices((await store.getArticle(r.articleId))!.text, r, `timeline ${r.kind}`);
      }
      const quotes = rows.filter((r) => r.kind === "quote");
      assert.ok(quotes.some((r) => /two halves of our city/.test(r.text)));
      // The valley quote sits in a sentence dated "on Tuesday" → 2025-03-04.
      assert.ok(quotes.some((r) => /on time and on budget/.test(r.text) && r.date === "2025-03-04"));
      assert.deepEqual(await store.timeline({ entity: "Lena Ortiz", outlet: "Coastal Daily" }), []);
      assert.deepEqual(await store.timeline({ entity: "Nobody Known" }), []);
      assert.equal((await store.timeline({ entity: "Lena Ortiz", limit: 1 })).length, 1);
    });

    test("failures are recorded and listed newest first", async () => {
      const { store } = await fresh();
      await store.recordFailure({ source: "a.html", reason: "no article text", code: "no-text" });
      await store.recordFailure({ source: "b.bin", reason: "binary input" });
      const rows = await store.failures();
      assert.deepEqual(rows.map((r) => [r.source, r.reason, r.code]), [
        ["b.bin", "binary input", null],
        ["a.html", "no article text", "no-text"],
      ]);
      assert.ok(!Number.isNaN(Date.parse(rows[0].at)));
      assert.equal((await store.failures(1)).length, 1);
      assert.equal((await store.count()).failures, 2);
    });

    test("job queue: two concurrent claimers never get the same job", async () => {
      const { store, location } = await fresh();
      const sources = Array.from({ length: 40 }, (_, i) => `feed/${i}.txt`);
      assert.equal(await store.enqueue(sources), 40);
      assert.equal(await store.enqueue(sources.slice(0, 5)), 0, "a pending source is not queued twice");
      assert.equal((await store.count()).jobsPending, 40);
      const other = await reopen(location);
      const got: Record<string, number[]> = { w1: [], w2: [] };
      const work = async (s: Store, name: string): Promise<void> => {
        for (;;) {
          const jobs = await s.claim(name, 3);
          if (!jobs.length) return;
          for (const j of jobs) {
            assert.equal(j.attempts, 1);
            got[name].push(j.id);
            await s.finishJob(j.id, { status: j.id % 2 ? "done" : "duplicate" });
          }
        }
      };
      await Promise.all([work(store, "w1"), work(other, "w2"), work(store, "w1"), work(other, "w2")]);
      const all = [...got.w1, ...got.w2];
      assert.equal(all.length, 40, "every job claimed");
      assert.equal(new Set(all).size, 40, "no job claimed twice");
      assert.equal((await store.count()).jobsPending, 0);
      assert.deepEqual(await store.claim("w3", 5), []);
      // Finished sources can be queued again (a re-ingest).
      assert.equal(await store.enqueue(["feed/1.txt"]), 1);
      const [again] = await store.claim("w3", 5);
      assert.equal(again.source, "feed/1.txt");
      await store.finishJob(again.id, { status: "failed", reason: "unreadable" });
      assert.equal((await store.count()).jobsPending, 0);
      // ... but not by a run that began before another run finished them (issue 17 #4: two ingests
      // of one folder started together analysed an article twice)
      const before = Date.now() - 60_000;
      assert.equal(await store.enqueue(["feed/1.txt", "feed/2.txt"], { finishedSince: before }), 0, "finished after the run began: kept");
      assert.equal(await store.enqueue(["feed/2.txt", "feed/new.txt"], { finishedSince: Date.now() + 60_000 }), 2, "finished before the run began: queued again");
    });

    test("job queue: a claim whose lease ran out can be claimed again", async () => {
      const { store, location } = await fresh({ jobLeaseMs: 1 });
      await store.enqueue(["slow.txt"]);
      const [first] = await store.claim("dead-worker", 1);
      await new Promise((r) => setTimeout(r, 30));
      const other = await reopen(location, { jobLeaseMs: 1 });
      const [second] = await other.claim("live-worker", 1);
      assert.equal(second.id, first.id);
      assert.equal(second.attempts, 2);
      const patient = await reopen(location, { jobLeaseMs: 60_000 });
      assert.deepEqual(await patient.claim("third", 1), [], "within the lease it stays claimed");
    });

    test("search: prefix words find words that start with them; a long query is refused (issue 17 #9)", async () => {
      const { store, ids } = await filled();
      const bridges = (await store.search({ text: "bridge" })).map((h) => h.articleId).sort();
      assert.ok(bridges.length >= 2);
      assert.deepEqual((await store.search({ text: "bri*" })).map((h) => h.articleId).sort(), bridges, "bri* finds every bridge article");
      assert.deepEqual((await store.search({ text: "brid* -Patel" })).map((h) => h.articleId), [ids.valley]);
      const hit = (await store.search({ text: "Kestr*" }))[0];
      assert.equal(hit?.articleId, ids.herald);
      assert.match(hit.match?.text ?? "", /^Kestr/i, "the prefix match is placed in the text");
      assert.deepEqual(await store.search({ text: "zeppel*" }), []);
      const long = Array.from({ length: 5_000 }, (_, i) => `word${i}`).join(" ");
      await assert.rejects(store.search({ text: long }), (e: Error & { code?: string }) => e instanceof StoreError && e.code === "bad-query" && /too long|too many words/.test(e.message) && !/\n/.test(e.message));
      await assert.rejects(store.search({ text: Array.from({ length: 40 }, () => "bridge").join(" ") }), /too many words \(40; at most 32\)/);
    });

    test("job queue: a dead worker's claims are claimable at once, without waiting for the lease (issue 17 #3)", async () => {
      const { location } = await fresh();
      const dying = await reopen(location);
      await dying.enqueue(["a.txt", "b.txt", "c.txt"]);
      // A worker of this host whose process has exited (SQLite judges by pid; PostgreSQL by the
      // claiming session, which ends when the store is closed, as when its process is killed).
      const gone = spawnSync(process.execPath, ["-e", "0"]).pid;
      const deadName = `${hostname()}:${gone}`;
      assert.equal((await dying.claim(deadName, 2)).length, 2);
      await dying.close();
      const next = await reopen(location);
      assert.deepEqual(await next.claimedByOthers("next"), { count: 0, sources: [] }, "a dead worker holds nothing");
      const got = await next.claim("next", 10);
      assert.deepEqual(got.map((j) => j.source).sort(), ["a.txt", "b.txt", "c.txt"]);
      assert.deepEqual(got.map((j) => j.attempts).sort(), [1, 2, 2]);
    });

    test("job queue: a live worker's claims are never taken, and are reported (issue 17 #4)", async () => {
      const { store, location } = await fresh();
      await store.enqueue(["a.txt", "b.txt"]);
      const live = `${hostname()}:${process.pid}`;
      assert.equal((await store.claim(live, 1)).length, 1);
      await store.renewClaims(live);
      const other = await reopen(location);
      assert.deepEqual((await other.claim("other", 10)).map((j) => j.source), ["b.txt"]);
      assert.deepEqual(await other.claimedByOthers("other"), { count: 1, sources: ["a.txt"] });
      assert.deepEqual(await store.claimedByOthers(live), { count: 1, sources: ["b.txt"] });
    });

    test("re-runs: a source is one jobs row, a repeated failure one failures row (issue 17 #8)", async () => {
      const { store } = await fresh();
      const ids = new Set<number>();
      for (let run = 1; run <= 3; run++) {
        assert.equal(await store.enqueue(["x.html", "x.html"]), 1, `run ${run} queues the source again`);
        const [job] = await store.claim("w", 5);
        assert.equal(job.source, "x.html");
        ids.add(job.id);
        await store.recordFailure({ source: "x.html", reason: `no article text (run ${run})`, code: "no-text" });
        await store.finishJob(job.id, { status: "failed", reason: "no article text" });
      }
      assert.equal(ids.size, 1, "the same jobs row each run");
      await store.recordFailure({ source: "x.html", reason: "other", code: "binary" });
      const rows = await store.failures();
      assert.deepEqual(rows.map((r) => [r.source, r.code, r.attempts, r.reason]), [
        ["x.html", "binary", 1, "other"],
        ["x.html", "no-text", 3, "no article text (run 3)"],
      ]);
      assert.equal((await store.count()).failures, 2);
    });

    test("stories: assignments are stored, replaced per article, listed by article", async () => {
      const { store, ids } = await filled();
      assert.deepEqual(await store.storyAssignments(), []);
      await store.setStories([
        { articleId: ids.herald, storyId: 1 },
        { articleId: ids.valley, storyId: 1 },
        { articleId: ids.storm, storyId: 2 },
      ]);
      await store.setStories([{ articleId: ids.seed, storyId: 3 }, { articleId: ids.storm, storyId: 4 }]);
      assert.deepEqual(await store.storyAssignments(), [
        { articleId: ids.herald, storyId: 1 },
        { articleId: ids.valley, storyId: 1 },
        { articleId: ids.storm, storyId: 4 },
        { articleId: ids.seed, storyId: 3 },
      ].sort((a, b) => a.articleId - b.articleId));
      await assert.rejects(store.setStories([{ articleId: 99999, storyId: 1 }]), "an unknown article is refused");
      assert.equal((await store.storyAssignments()).length, 4);
    });

    test("change counts: every article, analysis and story write moves them, from any connection; jobs and failures do not", async () => {
      const { store, location } = await fresh();
      const other = await reopen(location);
      const c0 = await store.changeCount();
      const herald1 = (await store.putAnalysis(herald, { source: "herald.txt" })).id;
      const c1 = await store.changeCount();
      assert.ok(c1.any > c0.any, "putAnalysis");
      assert.equal(c1.analyses, c0.analyses, "a new article replaces no analysis");
      const valley1 = (await other.putAnalysis(valley, { source: "valley.txt" })).id;
      const c2 = await store.changeCount();
      assert.ok(c2.any > c1.any, "a write through another connection is seen");
      await store.putAnalysis(herald, { source: "herald.txt" });
      assert.deepEqual(await store.changeCount(), c2, "a duplicate writes nothing");
      await other.recordFailure({ source: "x.txt", reason: "broken" });
      await other.enqueue(["a.txt"]);
      const [job] = await other.claim("w", 1);
      await other.finishJob(job.id, { status: "done" });
      assert.deepEqual(await store.changeCount(), c2, "failures and jobs are not articles");
      await other.setStories([{ articleId: herald1, storyId: 1 }, { articleId: valley1, storyId: 1 }]);
      const c3 = await store.changeCount();
      assert.ok(c3.any > c2.any, "setStories");
      await store.replaceAnalysis(herald1, analyze({ ...bridgeHerald, outlet: "Harbor Herald Online" }));
      const c4 = await store.changeCount();
      assert.ok(c4.any > c3.any && c4.analyses > c3.analyses, "replaceAnalysis moves both counts");
    });

    test("story reports: stored under a fingerprint, replaced per story, dropped when a member's analysis is replaced", async () => {
      const { store, ids } = await filled();
      assert.equal(await store.storyReport(1, "fp-a"), null);
      await store.putStoryReport(1, "fp-a", '{"story":1}');
      await store.putStoryReport(2, "fp-b", '{"story":2}');
      assert.equal(await store.storyReport(1, "fp-a"), '{"story":1}');
      assert.equal(await store.storyReport(1, "fp-b"), null, "another fingerprint is a stale report");
      await store.putStoryReport(1, "fp-c", '{"story":1,"v":2}');
      assert.equal(await store.storyReport(1, "fp-a"), null);
      assert.equal(await store.storyReport(1, "fp-c"), '{"story":1,"v":2}');
      assert.deepEqual([...(await store.storyReportFingerprints())].sort(), [[1, "fp-c"], [2, "fp-b"]]);
      await store.setStories([{ articleId: ids.herald, storyId: 1 }, { articleId: ids.valley, storyId: 1 }, { articleId: ids.storm, storyId: 2 }]);
      // The same engine version, so the fingerprint (ids, versions, metadata) alone would not see it.
      await store.replaceAnalysis(ids.valley, analyze(bridgeValley));
      assert.equal(await store.storyReport(1, "fp-c"), null, "the report of the re-analysed article's story is dropped");
      assert.equal(await store.storyReport(2, "fp-b"), '{"story":2}', "other stories keep theirs");
    });

    test("migrate is idempotent and keeps the data", async () => {
      const { store, location } = await fresh();
      const v = await store.migrate();
      assert.ok(Number.isInteger(v) && v >= 1);
      assert.equal(await store.migrate(), v);
      const { id } = await store.putAnalysis(storm, { source: "s" });
      await store.close();
      const again = await reopen(location);
      assert.equal(await again.migrate(), v);
      assert.deepEqual(await again.getAnalysis(id), storm);
      assert.equal((await again.count()).articles, 1);
    });

    test("volume: many generated articles, listed and counted", async () => {
      const { store } = await fresh();
      const n = 60;
      for (let i = 0; i < n; i++) assert.equal((await store.putAnalysis(analyze(generatedArticle(i)), { source: `gen/${i}` })).status, "stored");
      assert.equal((await store.count()).articles, n);
      assert.equal((await store.listArticles({ outlet: "North Post" })).length, n / 3);
      const hits = await store.search({ text: "budget Eastbrook", limit: 100 });
      assert.equal(hits.length, 8, "8 articles are set in Eastbrook");
      for (const h of hits) assert.match(h.snippet, /Eastbrook/);
    });
  });
}
