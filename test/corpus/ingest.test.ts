import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest, type IngestEvent } from "../../src/corpus/ingest.js";
import { expandSources } from "../../src/corpus/expandSources.js";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { openStore } from "../../src/store/openStore.js";

const root = mkdtempSync(join(tmpdir(), "dossier-ingest-"));
process.on("exit", () => rmSync(root, { recursive: true, force: true }));

/** A corpus directory with good and bad files; returns what a correct ingest must produce. */
function makeCorpus(dir: string) {
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  const good: string[] = [];
  const a = (i: number) => syntheticArticle(i, 42);
  // Plain text with a sidecar (the sidecar itself must not be ingested as an article).
  writeFileSync(join(dir, "one.txt"), a(0).text);
  writeFileSync(join(dir, "one.json"), JSON.stringify({ title: a(0).title, outlet: a(0).outlet, published: a(0).published }));
  good.push(a(0).text);
  writeFileSync(join(dir, "nested", "two.txt"), a(1).text);
  good.push(a(1).text);
  writeFileSync(join(dir, "nested", "deeper", "three.json"), JSON.stringify(a(2)));
  good.push(a(2).text);
  // JSONL: two good lines around one broken line.
  writeFileSync(join(dir, "batch.jsonl"), [JSON.stringify(a(3)), '{"title": "cut off", "text": "The', JSON.stringify(a(4))].join("\n") + "\n");
  good.push(a(3).text, a(4).text);
  // HTML article.
  const body = a(5).text.split("\n\n").map((p) => `<p>${p}</p>`).join("\n");
  writeFileSync(join(dir, "page.html"), `<!DOCTYPE html><html><head><title>${a(5).title}</title><link rel="canonical" href="https://news.example/page?utm_source=x"></head><body><article>${body}</article></body></html>`);
  // Bad files.
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "huge.txt"), "word ".repeat(30_000));
  writeFileSync(join(dir, "malformed.html"), "<html><head><title>Nothing</title></head><body><div></div></body></html>");
  writeFileSync(join(dir, "ignored.bin"), "not an article extension");
  return { good, html: 1, bad: ["binary.txt", "empty.txt", "huge.txt", "malformed.html", "batch.jsonl:2"] };
}

test("ingesting a directory stores every good article once and records every bad one", async () => {
  const dir = join(root, "corpus1");
  mkdirSync(dir);
  const expected = makeCorpus(dir);
  const store = await openStore(join(root, "one.db"));
  try {
    const { sources } = await expandSources([dir]);
    assert.ok(!sources.some((s) => s.endsWith("one.json")), "a sidecar is not a source");
    assert.ok(!sources.some((s) => s.endsWith(".bin")));
    const events: IngestEvent[] = [];
    const s1 = await ingest(sources, { store, maxBytes: 100_000, onProgress: (e) => events.push(e) });
    assert.equal(s1.ingested, expected.good.length + expected.html, JSON.stringify(events.filter((e) => e.event === "failed")));
    assert.equal(s1.duplicates, 0);
    assert.equal(s1.failed, expected.bad.length);

    const failures = await store.failures(100);
    for (const bad of expected.bad) {
      const f = failures.find((x) => x.source.endsWith(bad));
      assert.ok(f, `failure recorded for ${bad}: ${JSON.stringify(failures)}`);
      assert.ok(f.reason.length > 0 && !f.reason.includes("\n"), f.reason);
    }
    const codes = Object.fromEntries(failures.map((f) => [f.source.split("/").pop(), f.code]));
    assert.equal(codes["binary.txt"], "binary");
    assert.equal(codes["empty.txt"], "empty");
    assert.equal(codes["huge.txt"], "too-large");
    assert.equal(codes["batch.jsonl:2"], "malformed-json");

    const rows = await store.listArticles({ limit: 100 });
    assert.equal(rows.length, expected.good.length + expected.html);
    const stored = await Promise.all(rows.map(async (r) => (await store.getArticle(r.id))?.text));
    for (const text of expected.good) assert.ok(stored.includes(text), `stored exactly as read: ${text.slice(0, 40)}`);
    const one = rows.find((r) => r.source.endsWith("one.txt"));
    assert.equal(one?.outlet, syntheticArticle(0, 42).outlet, "sidecar metadata used");
    const page = rows.find((r) => r.source.endsWith("page.html"));
    assert.equal(page?.canonicalUrl, "https://news.example/page", "canonical link, tracking removed");
    assert.ok(events.some((e) => e.event === "summary"));

    // Re-ingesting the same sources: all duplicates, nothing new stored.
    const s2 = await ingest(sources, { store, maxBytes: 100_000 });
    assert.equal(s2.ingested, 0);
    assert.equal(s2.duplicates, expected.good.length + expected.html);
    assert.equal((await store.count()).articles, expected.good.length + expected.html);
    assert.equal((await store.count()).jobsPending, 0);
  } finally {
    await store.close();
  }
});

test("a feed file's links are queued and fetched; failures (refused private address) are recorded", async () => {
  const dir = join(root, "feed");
  mkdirSync(dir);
  writeFileSync(join(dir, "feed.rss"), `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
    <item><link>http://127.0.0.1:9/a</link></item><item><link>http://10.0.0.1/b</link></item></channel></rss>`);
  const store = await openStore(join(root, "feed.db"));
  try {
    const events: IngestEvent[] = [];
    const s = await ingest([join(dir, "feed.rss")], { store, onProgress: (e) => events.push(e), fetch: { hostDelayMs: 0 } });
    assert.equal(s.ingested, 0);
    assert.equal(s.failed, 2);
    const failed = events.filter((e): e is Extract<IngestEvent, { event: "failed" }> => e.event === "failed");
    assert.deepEqual(failed.map((e) => e.code), ["forbidden-address", "forbidden-address"]);
    assert.ok(events.some((e) => e.event === "queued" && e.added === 2));
  } finally {
    await store.close();
  }
});

test("--workers 2: analysis in worker threads stores the same articles", async () => {
  const dir = join(root, "workers");
  mkdirSync(dir);
  const lines = Array.from({ length: 8 }, (_, i) => JSON.stringify(syntheticArticle(100 + i, 7)));
  writeFileSync(join(dir, "w.jsonl"), lines.join("\n"));
  writeFileSync(join(dir, "x.txt"), syntheticArticle(200, 7).text);
  const store = await openStore(join(root, "workers.db"));
  try {
    const { sources } = await expandSources([dir]);
    const s = await ingest(sources, { store, workers: 2 });
    assert.equal(s.ingested, 9);
    assert.equal(s.failed, 0);
    const rows = await store.listArticles({ limit: 100 });
    assert.equal(rows.length, 9);
    // The analysis from a worker thread is a full one.
    const a = await store.getAnalysis(rows[0].id);
    assert.ok(a && a.entities.length > 0 && a.quotes.length > 0);
    for (const q of a.quotes) assert.equal(a.document.text.slice(q.content.start, q.content.end), q.content.text);
  } finally {
    await store.close();
  }
});

test("a feed URL: its items are fetched and stored with canonical URLs; re-polling does not refetch stored items", async () => {
  const { createServer } = await import("node:http");
  const hits = new Map<string, number>();
  const page = (i: number) => {
    const a = syntheticArticle(300 + i, 9);
    return `<!DOCTYPE html><html><head><title>${a.title}</title><meta property="og:site_name" content="${a.outlet}"></head><body><article>${a.text
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
    if (path === "/feed") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return void res.end(`<rss version="2.0"><channel><title>t</title><item><link>${base}/story/1?utm_source=rss</link></item><item><link>/story/2#x</link></item><item><link>/gone</link></item></channel></rss>`);
    }
    const m = /^\/story\/(\d)$/.exec(path);
    if (m) return void res.writeHead(200, { "content-type": "text/html" }).end(page(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;
  const store = await openStore(join(root, "feedurl.db"));
  try {
    const fetch = { allowPrivate: true, hostDelayMs: 0 };
    const s1 = await ingest([`${base}/feed`], { store, fetch });
    assert.equal(s1.ingested, 2);
    assert.equal(s1.failed, 1, "the 404 item is a recorded failure");
    const rows = await store.listArticles({ limit: 10 });
    assert.deepEqual(rows.map((r) => r.canonicalUrl).sort(), [`${base}/story/1`, `${base}/story/2`]);
    assert.match((await store.failures()).map((f) => f.reason).join("|"), /HTTP 404/);
    const s2 = await ingest([`${base}/feed`], { store, fetch });
    assert.equal(s2.ingested, 0);
    assert.equal(s2.duplicates, 2);
    assert.equal(hits.get("/story/1"), 1, "a stored item is not fetched again");
    assert.equal(hits.get("/story/2"), 1);
    assert.equal(hits.get("/feed"), 2);
  } finally {
    await store.close();
    server.close();
  }
});

test("an analysis error is a recorded failure; an analyzer that cannot start stops the run and leaves the job for a rerun", async () => {
  const { AnalyzerStartError } = await import("../../src/corpus/analyzerPool.js");
  const dir = join(root, "analyzer");
  mkdirSync(dir);
  writeFileSync(join(dir, "a.txt"), syntheticArticle(400, 1).text);
  const store = await openStore(join(root, "analyzer.db"), { jobLeaseMs: 0 });
  try {
    const broken = { analyze: async () => Promise.reject(new Error("boom")), close: async () => {} };
    const s = await ingest([join(dir, "a.txt")], { store, analyzer: broken });
    assert.equal(s.failed, 1);
    assert.deepEqual((await store.failures()).map((f) => [f.code, f.reason]), [["analysis", "analysis failed: boom"]]);

    const dead = { analyze: async () => Promise.reject(new AnalyzerStartError("cannot start an analysis worker: no tsx")), close: async () => {} };
    writeFileSync(join(dir, "b.txt"), syntheticArticle(401, 1).text);
    await assert.rejects(ingest([join(dir, "b.txt")], { store, analyzer: dead }), /cannot start an analysis worker/);
    assert.equal((await store.count()).jobsPending, 1, "the job is not marked finished");
    assert.equal((await store.failures()).length, 1, "no failure recorded for the article");
    const again = await ingest([join(dir, "b.txt")], { store });
    assert.equal(again.ingested, 1, "the rerun stores it");
  } finally {
    await store.close();
  }
});

test("wire copy: one text from two outlets is analysed once; the first read is the original, whichever analysis would finish first", async () => {
  const { analyze } = await import("../../src/index.js");
  const store = await openStore(join(root, "copies.db"), { jobLeaseMs: 0 });
  const calls: string[] = [];
  // The first outlet's analysis is slow: without ordering, the second would be stored first.
  const slowFirst = {
    analyze: async (a: { outlet?: string | null }) => {
      calls.push(a.outlet ?? "");
      await new Promise((r) => setTimeout(r, a.outlet === "First Wire" ? 150 : 0));
      return analyze(a as Parameters<typeof analyze>[0]);
    },
    close: async () => {},
  };
  try {
    const text = syntheticArticle(9, 5).text;
    const events: IngestEvent[] = [];
    const s = await ingest([], {
      store,
      analyzer: slowFirst,
      workers: 2,
      onProgress: (e) => events.push(e),
      articles: [
        { input: "first", article: { text, outlet: "First Wire" } },
        { input: "second", article: { text, outlet: "Second Post" } },
        { input: "third", article: { text, outlet: "First Wire" } },
      ],
    });
    assert.deepEqual(calls, ["First Wire"], "analysed once");
    assert.equal(s.ingested, 2);
    assert.equal(s.copies, 1);
    assert.equal(s.duplicates, 1);
    const stored = events.find((e) => e.event === "stored") as Extract<IngestEvent, { event: "stored" }>;
    const copy = events.find((e) => e.event === "copy") as Extract<IngestEvent, { event: "copy" }>;
    assert.equal(stored.source, "first");
    assert.deepEqual(copy, { event: "copy", source: "second", id: copy.id, copyOf: stored.id });
    assert.deepEqual(events.find((e) => e.event === "duplicate"), { event: "duplicate", source: "third", id: stored.id });
    assert.equal((await store.getArticle(copy.id))?.outlet, "Second Post");
  } finally {
    await store.close();
  }
});
