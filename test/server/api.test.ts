// HTTP API tests over a real server and a real SQLite store: every route, bad input, auth,
// export formats, limits and the error shape.
import assert from "node:assert/strict";
import http from "node:http";
import { gunzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { parseCsv } from "../../src/export/csvField.js";
import { createApp } from "../../src/server/createApp.js";
import { StoryIndex } from "../../src/server/storyIndex.js";
import { SearchCache } from "../../src/server/SearchCache.js";
import type { ServerContext } from "../../src/server/ServerContext.js";
import type { RunningServer } from "../../src/server/startServer.js";
import { buildFixture, serveFixture, type Fixture } from "./serverFixture.js";

let f: Fixture;
let open: RunningServer; // loopback, no token: writes allowed
let locked: RunningServer; // with a token
const TOKEN = "s3cret-token-for-tests";

before(async () => {
  f = await buildFixture();
  open = await serveFixture(f);
  locked = await serveFixture(f, { token: TOKEN });
});
after(async () => {
  await open?.close();
  await locked?.close();
  await f?.close();
});

async function get(path: string, headers: Record<string, string> = {}, srv = open) {
  const r = await fetch(srv.url + path, { headers });
  const type = r.headers.get("content-type") ?? "";
  const text = await r.text();
  return { status: r.status, type, text, json: type.includes("json") && !type.includes("ndjson") ? JSON.parse(text) : null, headers: r.headers };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}, srv = open) {
  const r = await fetch(srv.url + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null, text };
}

function assertError(res: { status: number; json: { error?: { code: string; message: string; field?: string } } | null }, status: number, field?: string) {
  assert.equal(res.status, status, JSON.stringify(res.json));
  assert.ok(res.json?.error, "error body");
  assert.equal(typeof res.json.error.code, "string");
  assert.equal(typeof res.json.error.message, "string");
  assert.doesNotMatch(res.json.error.message, /\n\s+at /, "no stack trace");
  if (field !== undefined) assert.equal(res.json.error.field, field);
}

describe("OpenAPI and docs", () => {
  test("/openapi.json is OpenAPI 3.1 and lists every route", async () => {
    const r = await get("/openapi.json");
    assert.equal(r.status, 200);
    assert.equal(r.json.openapi, "3.1.0");
    for (const p of ["/api/articles", "/api/articles/{id}", "/api/search", "/api/quotes", "/api/entities", "/api/timeline", "/api/stories", "/api/stories/{id}", "/api/analyze", "/api/ingest"]) {
      assert.ok(r.json.paths[p], `missing ${p}`);
    }
    assert.ok(r.json.paths["/api/ingest"].post.security, "ingest declares the bearer token");
  });
  test("/docs lists the routes as HTML", async () => {
    const r = await get("/docs");
    assert.equal(r.status, 200);
    assert.match(r.type, /text\/html/);
    assert.match(r.text, /GET \/api\/search/);
    assert.match(r.text, /POST \/api\/ingest/);
  });
  test("every response carries the Content-Security-Policy", async () => {
    // Pages, JSON made by c.json and sent as stored strings, static files, redirects, errors.
    const paths = ["/", "/api/stories", "/openapi.json", "/nope", "/api/nope", `/api/stories/${f.demoStory}`, `/stories/${f.demoStory}`, "/api/search?q=talks", "/api/search?q=", "/search?q=talks", "/static/app.css", "/stories", "/api/stories/424242"];
    for (const p of paths) {
      const r = await get(p);
      assert.match(r.headers.get("content-security-policy") ?? "", /default-src 'none'; script-src 'self'/, p);
      assert.equal(r.headers.get("x-content-type-options"), "nosniff");
    }
  });
  test("unknown routes: JSON 404 on /api, HTML elsewhere", async () => {
    assertError(await get("/api/nope"), 404);
    const page = await get("/nope");
    assert.equal(page.status, 404);
    assert.match(page.type, /text\/html/);
  });
});

describe("GET /api/articles", () => {
  test("pages through every article with the cursor, without overlap", async () => {
    const total = (await f.store.count()).articles;
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r = await get(`/api/articles?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      assert.equal(r.status, 200);
      assert.ok(r.json.articles.length <= 7);
      seen.push(...r.json.articles.map((a: { id: number }) => a.id));
      cursor = r.json.next;
      if (!cursor) break;
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
  test("filters by outlet, story, speaker and words", async () => {
    const byOutlet = await get(`/api/articles?outlet=${encodeURIComponent("harbor daily courier")}`);
    assert.ok(byOutlet.json.articles.length >= 1);
    for (const a of byOutlet.json.articles) assert.equal(a.outlet, "Harbor Daily Courier");
    const byStory = await get(`/api/articles?story=${f.demoStory}&limit=50`);
    assert.deepEqual(byStory.json.articles.map((a: { id: number }) => a.id).sort((x: number, y: number) => x - y), f.demoIds);
    for (const a of byStory.json.articles) assert.equal(a.story, f.demoStory);
    const bySpeaker = await get("/api/articles?speaker=Drovic&limit=50");
    assert.ok(bySpeaker.json.articles.length >= 1);
    for (const a of bySpeaker.json.articles) assert.ok(f.demoIds.includes(a.id));
    const byWords = await get("/api/articles?q=classrooms&limit=50");
    assert.ok(byWords.json.articles.some((a: { id: number }) => a.id === f.xssId));
    const none = await get("/api/articles?q=zzzqqqxxx");
    assert.deepEqual(none.json.articles, []);
    assert.equal(none.json.next, null);
  });
  test("CSV (by ?format and by Accept) and JSONL carry outlet and date columns", async () => {
    const csv = await get("/api/articles?format=csv&limit=5");
    assert.match(csv.type, /text\/csv/);
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0].slice(0, 3), ["id", "published", "outlet"]);
    assert.equal(rows.length, 6);
    const accept = await get("/api/articles?limit=2", { accept: "text/csv" });
    assert.match(accept.type, /text\/csv/);
    const jsonl = await get("/api/articles?format=jsonl&limit=3");
    assert.match(jsonl.type, /application\/x-ndjson/);
    const lines = jsonl.text.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.ok("outlet" in lines[0] && "published" in lines[0]);
  });
  test("a CSV field a spreadsheet would run as a formula is defused", async () => {
    const r = await get(`/api/quotes?format=csv&limit=1000`);
    for (const row of parseCsv(r.text).slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+@]/);
  });
  test("bad input → 400 naming the field", async () => {
    assertError(await get("/api/articles?limit=0"), 400, "limit");
    assertError(await get("/api/articles?limit=201"), 400, "limit");
    assertError(await get("/api/articles?limit=abc"), 400, "limit");
    assertError(await get("/api/articles?since=yesterday"), 400, "since");
    assertError(await get("/api/articles?cursor=bm9wZQ"), 400, "cursor");
    assertError(await get("/api/articles?format=xml"), 400, "format");
    assertError(await get("/api/articles?story=-1"), 400, "story");
  });
  test("GET /api/articles/{id} is the dossier.analysis/1 record", async () => {
    const r = await get(`/api/articles/${f.demoIds[0]}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.schema, "dossier.analysis/1");
    for (const q of r.json.quotes) assert.equal(r.json.document.text.slice(q.content.start, q.content.end), q.content.text);
    assertError(await get("/api/articles/99999"), 404);
    assertError(await get("/api/articles/abc"), 400, "id");
  });
});

describe("search, quotes, entities, timeline", () => {
  test("search: hits with snippets at their offsets, pagination, filters", async () => {
    const first = await get("/api/search?q=council&limit=5");
    assert.equal(first.status, 200);
    assert.equal(first.json.hits.length, 5);
    assert.equal(first.json.next, 5);
    const second = await get("/api/search?q=council&limit=5&offset=5");
    const ids1 = first.json.hits.map((h: { articleId: number }) => h.articleId);
    for (const h of second.json.hits) assert.ok(!ids1.includes(h.articleId), "pages do not overlap");
    for (const h of first.json.hits) {
      const a = await get(`/api/articles/${h.articleId}`);
      assert.equal(a.json.document.text.slice(h.start, h.end), h.snippet);
    }
    const outlet = first.json.hits[0].outlet;
    const filtered = await get(`/api/search?q=council&outlet=${encodeURIComponent(outlet)}&limit=100`);
    for (const h of filtered.json.hits) assert.equal(h.outlet, outlet);
    const csv = await get("/api/search?q=council&format=csv&limit=3");
    assert.deepEqual(parseCsv(csv.text)[0].slice(0, 3), ["articleId", "published", "outlet"]);
    assertError(await get("/api/search"), 400, "q");
    assertError(await get("/api/search?q=%20%20"), 400, "q");
    assertError(await get("/api/search?q=x&offset=-1"), 400, "offset");
  });
  test("quotes by speaker, with CSV", async () => {
    const r = await get("/api/quotes?speaker=Drovic");
    assert.ok(r.json.quotes.length >= 1);
    for (const q of r.json.quotes) assert.match(q.speaker, /Drovic/);
    const csv = parseCsv((await get("/api/quotes?speaker=Drovic&format=csv")).text);
    assert.deepEqual(csv[0].slice(0, 4), ["articleId", "published", "outlet", "speaker"]);
    assert.equal(csv.length - 1, r.json.quotes.length);
    assertError(await get("/api/quotes?limit=5000"), 400, "limit");
  });
  test("entities by type; timeline of an entity", async () => {
    const e = await get("/api/entities?type=PER&limit=5");
    assert.ok(e.json.entities.length > 0);
    for (const x of e.json.entities) assert.equal(x.type, "PER");
    assertError(await get("/api/entities?type=ALIEN"), 400, "type");
    const t = await get("/api/timeline?entity=Drovic");
    assert.ok(t.json.timeline.length > 0);
    for (const row of t.json.timeline) assert.ok(f.demoIds.includes(row.articleId));
    assertError(await get("/api/timeline"), 400, "entity");
  });
});

describe("stories", () => {
  test("the list holds the demo story; its report is dossier.story/1 with the planted conflicts", async () => {
    const list = await get("/api/stories");
    const demo = list.json.stories.find((s: { id: number }) => s.id === f.demoStory);
    assert.ok(demo);
    assert.equal(demo.size, f.demoIds.length);
    const r = await get(`/api/stories/${f.demoStory}`);
    assert.equal(r.json.schema, "dossier.story/1");
    assert.equal(r.json.sources.length, f.demoIds.length);
    assert.ok(r.json.numericConflicts.length >= 1);
    assertError(await get("/api/stories/424242"), 404);
    assertError(await get("/api/stories/x"), 400, "id");
    const csv = parseCsv((await get("/api/stories?format=csv")).text);
    assert.deepEqual(csv[0], ["id", "first", "last", "size", "outlets", "title"]);
  });
});

/** A GET with exactly these headers (node:http: fetch would add Accept-Encoding and unzip). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(open.url + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("stored bodies: ETag, 304 and gzip", () => {
  for (const [name, path] of [
    ["story report", () => `/api/stories/${f.demoStory}`],
    ["search", () => "/api/search?q=council&limit=10"],
    ["story page", () => `/stories/${f.demoStory}`],
  ] as const) {
    test(`${name}: the same body plain and gzipped; If-None-Match → 304 without a body`, async () => {
      const plain = await rawGet(path());
      assert.equal(plain.status, 200);
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.equal(plain.headers["content-length"], String(plain.body.length));
      const etag = plain.headers.etag!;
      assert.match(etag, /^"[\w-]+"$/);
      assert.equal(plain.headers["cache-control"], "no-cache");
      assert.match(String(plain.headers.vary), /Accept-Encoding/i);
      assert.ok(plain.headers["content-security-policy"], "security headers stay");
      // A body is zipped from its second request that accepts gzip on (earlier tests may have asked already).
      await rawGet(path(), { "accept-encoding": "gzip, deflate" });
      const zipped = await rawGet(path(), { "accept-encoding": "gzip, deflate" });
      assert.equal(zipped.status, 200);
      assert.equal(zipped.headers["content-encoding"], "gzip");
      assert.equal(zipped.headers.etag, etag);
      assert.ok(zipped.body.length < plain.body.length);
      assert.deepEqual(gunzipSync(zipped.body), plain.body);
      const again = await rawGet(path(), { "if-none-match": etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
      assert.equal(again.headers.etag, etag);
      const other = await rawGet(path(), { "if-none-match": '"not-this-one"' });
      assert.equal(other.status, 200);
      assert.deepEqual(other.body, plain.body);
    });
  }

  test("another story or query has another ETag", async () => {
    const a = await rawGet("/api/search?q=council&limit=3");
    const b = await rawGet("/api/search?q=council&limit=4");
    assert.notEqual(a.headers.etag, b.headers.etag);
  });
});

describe("POST /api/analyze", () => {
  test("analyses text and HTML, stores nothing", async () => {
    const before = (await f.store.count()).articles;
    const r = await post("/api/analyze", { text: `"We will rebuild," Mayor Lena Ortiz said on Friday.`, outlet: "Test Wire", published: "2025-05-02" });
    assert.equal(r.status, 200);
    assert.equal(r.json.schema, "dossier.analysis/1");
    assert.equal(r.json.document.outlet, "Test Wire");
    assert.ok(r.json.quotes.length >= 1);
    const h = await post("/api/analyze", { html: "<html><body><article><h1>Dam opens</h1><p>The new dam opened on Monday, officials said. It holds 40 million cubic metres of water and will supply three towns for a decade.</p></article></body></html>" });
    assert.equal(h.status, 200);
    assert.match(h.json.document.text, /dam opened/);
    assert.equal((await f.store.count()).articles, before);
  });
  test("bad bodies → 400 / 415, never a stack trace", async () => {
    assertError(await post("/api/analyze", {}), 400, "text");
    assertError(await post("/api/analyze", { text: "x", html: "<p>x</p>" }), 400, "text");
    assertError(await post("/api/analyze", { text: 42 }), 400, "text");
    assertError(await post("/api/analyze", { text: "ok", published: "not a date" }), 400, "published");
    assertError(await post("/api/analyze", { text: "ok", url: "ftp://x" }), 400, "url");
    assertError(await post("/api/analyze", "{not json"), 400);
    const plain = await fetch(open.url + "/api/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
    assert.equal(plain.status, 415);
  });
});

describe("POST /api/ingest and write access", () => {
  const article = (n: number) => ({ text: `Harbour master Ines Valdt said ${n} ships were delayed by fog on Tuesday. "We expect normal traffic by Thursday," Valdt said.`, title: `Fog delays ${n} ships`, outlet: "Port Bulletin", published: "2026-04-0" + ((n % 9) + 1) });

  test("with a token: missing or wrong token → 401; the right one stores, a repeat is a duplicate", async () => {
    assertError(await post("/api/ingest", article(1), {}, locked), 401);
    assertError(await post("/api/ingest", article(1), { authorization: "Bearer wrong-token-xx" }, locked), 401);
    assertError(await post("/api/ingest", article(1), { authorization: TOKEN }, locked), 401);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const r = await post("/api/ingest", article(1), auth, locked);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.ingested, 1);
    const id = r.json.articles[0].id;
    assert.equal((await get(`/api/articles/${id}`)).json.document.outlet, "Port Bulletin");
    const again = await post("/api/ingest", article(1), auth, locked);
    assert.equal(again.json.ingested, 0);
    assert.equal(again.json.duplicates, 1);
  });
  test("loopback without a token: an array and JSONL are stored; stories catch up", async () => {
    const r = await post("/api/ingest", [article(2), article(3)]);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.ingested, 2);
    const jsonl = [article(4), article(5)].map((a) => JSON.stringify(a)).join("\n") + "\n";
    const res = await fetch(open.url + "/api/ingest", { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: jsonl });
    const body = await res.json();
    assert.equal(res.status, 200);
    assert.equal(body.ingested, 2);
    await open.idle();
    const story = await get(`/api/articles?q=fog&limit=50`);
    assert.ok(story.json.articles.every((a: { story: number | null }) => a.story !== null), "new articles were clustered");
    const bad = await fetch(open.url + "/api/ingest", { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: `${JSON.stringify(article(6))}\n{oops\n` });
    assertError({ status: bad.status, json: await bad.json() }, 400, "line 2");
  });
  test("{urls}: private addresses are refused by the guarded fetch, reported per URL", async () => {
    const r = await post("/api/ingest", { urls: ["http://127.0.0.1:9/article"] });
    assert.equal(r.status, 200);
    assert.equal(r.json.failed, 1);
    assert.match(r.json.articles[0].reason, /private|local|refused/);
    assertError(await post("/api/ingest", { urls: ["not a url"] }), 400);
    assertError(await post("/api/ingest", { urls: [] }), 400);
  });
  test("bad ingest bodies → 400 naming the field", async () => {
    assertError(await post("/api/ingest", []), 400);
    assertError(await post("/api/ingest", [{ text: "" }]), 400);
    assertError(await post("/api/ingest", [article(7), { title: "no text" }]), 400);
  });
  test("a cross-site browser request cannot write, even on loopback without a token", async () => {
    assertError(await post("/api/ingest", article(8), { origin: "https://evil.example" }), 403);
    assertError(await post("/api/ingest", article(8), { "sec-fetch-site": "cross-site" }), 403);
    assertError(await post("/api/ingest", article(8), { "sec-fetch-site": "same-site" }), 403);
    assertError(await post("/api/ingest", article(8), { origin: "null" }), 403);
    // A same-origin browser form may send Origin: null; Sec-Fetch-Site is trusted then.
    const ok = await post("/api/ingest", article(8), { origin: "null", "sec-fetch-site": "same-origin" });
    assert.equal(ok.status, 200, ok.text);
  });
  test("a server beyond loopback without a token refuses writes", async () => {
    const ctx: ServerContext = { store: f.store, stories: new StoryIndex(f.store), search: new SearchCache(f.store), token: null, loopbackOnly: false, maxBodyBytes: 1_000_000, fetch: {}, afterWrite: () => {} };
    const app = createApp(ctx);
    const r = await app.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(article(9)) });
    assertError({ status: r.status, json: await r.json() }, 403);
    const page = await app.request("/add");
    assert.match(await page.text(), /accepts no new articles/);
  });
});

describe("limits and failures", () => {
  const ctx = (maxBodyBytes = 1_000_000): ServerContext => ({ store: f.store, stories: new StoryIndex(f.store), search: new SearchCache(f.store), token: null, loopbackOnly: true, maxBodyBytes, fetch: {}, afterWrite: () => {} });
  test("a body over the limit → 413", async () => {
    const app = createApp(ctx(2000));
    const r = await app.request("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "word ".repeat(1000) }) });
    assertError({ status: r.status, json: await r.json() }, 413);
  });
  test("too many requests → 429 with Retry-After", async () => {
    const app = createApp(ctx(), { rateLimit: 3 });
    const codes: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 5; i++) {
      last = await app.request("/api/stories");
      codes.push(last.status);
    }
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    assert.ok(Number(last!.headers.get("retry-after")) >= 1);
    assertError({ status: last!.status, json: await last!.json() }, 429);
  });
  test("a failing store → 500 without internals", async () => {
    const { openStore } = await import("../../src/store/openStore.js");
    const s = await openStore(`${f.dir}/closed.db`);
    await s.close();
    const app = createApp({ ...ctx(), store: s, stories: new StoryIndex(s), search: new SearchCache(s) });
    const origWrite = process.stderr.write;
    const logged: string[] = [];
    process.stderr.write = ((chunk: string) => (logged.push(String(chunk)), true)) as typeof process.stderr.write;
    let r: Response;
    try {
      r = await app.request("/api/articles/1");
    } finally {
      process.stderr.write = origWrite;
    }
    const body = await r.json();
    assert.equal(r.status, 500);
    assert.deepEqual(body, { error: { code: "internal", message: "internal error" } });
    assert.equal(logged.length, 1, "one line on the server's stderr");
  });
});
