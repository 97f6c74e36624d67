import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { createUrlFetcher, USER_AGENT } from "../../src/readers/urlFetch.js";
import { isPrivateAddress } from "../../src/readers/urlAddress.js";
import { ReaderError } from "../../src/readers/ReaderError.js";
import { readSource, type SourceItem } from "../../src/corpus/readSource.js";
import { cleanUrl } from "../../src/corpus/canonicalUrl.js";

// A local server only: no test reaches the internet.
let server: Server;
let base = "";
const seen: { path: string; ua: string | undefined; host: string | undefined }[] = [];

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Council votes on budget</title>
<link rel="canonical" href="/news/budget-vote">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2025-03-04T09:00:00Z">
</head><body><article><h1>Council votes on budget</h1>
<p>The city council approved a budget of 12 million dollars on Monday, officials said.</p>
<p>"This budget keeps the libraries open," said Mayor Lena Ortiz after the vote.</p>
<p>Opposition members said the plan relies on optimistic revenue forecasts for next year.</p>
</article></body></html>`;

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gazette</title>
<item><title>One</title><link>/news/one?utm_source=rss</link></item>
<item><title>Two</title><guid isPermaLink="true">https://elsewhere.example/two</guid></item>
<item><title>Dup</title><link>/news/one?utm_source=rss</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>E1</title><link rel="self" href="/self/1"/><link rel="alternate" href="/atom/1"/></entry>
<entry><title>E2</title><link href="https://other.example/atom/2"/></entry></feed>`;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push({ path, ua: req.headers["user-agent"], host: req.headers.host });
    if (path.startsWith("/article")) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
    if (path === "/redirect") return void res.writeHead(302, { location: "/article?utm_medium=x&id=7#top" }).end();
    if (path.startsWith("/hop")) {
      const n = Number(path.slice(4));
      return void res.writeHead(301, { location: `/hop${n + 1}` }).end();
    }
    if (path === "/to-v6-loopback") return void res.writeHead(302, { location: `http://[::1]:${(server.address() as AddressInfo).port}/article` }).end();
    if (path.startsWith("/compressed/")) {
      const enc = path.slice("/compressed/".length);
      const body = enc === "gzip" ? gzipSync(ARTICLE) : enc === "deflate" ? deflateSync(ARTICLE) : brotliCompressSync(ARTICLE);
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": enc }).end(body);
    }
    if (path === "/to-file") return void res.writeHead(302, { location: "file:///etc/passwd" }).end();
    if (path === "/missing") return void res.writeHead(404, { "content-type": "text/plain" }).end("no");
    if (path === "/big") {
      // No content-length: the body must be cut while streaming.
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const push = () => {
        while (sent < 40) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", push);
        }
        res.end();
      };
      res.on("error", () => {});
      return push();
    }
    if (path === "/slow") return; // never answers
    if (path === "/feed") return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS);
    if (path === "/atom") return void res.writeHead(200, { "content-type": "text/xml" }).end(ATOM);
    if (path === "/image") return void res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    if (path === "/remote.json") return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ text_file: "/etc/hostname" }));
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const open = (extra = {}) => createUrlFetcher({ allowPrivate: true, hostDelayMs: 0, ...extra });

async function rejects(p: Promise<unknown>, code: string, msg?: RegExp): Promise<ReaderError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ReaderError, String(e));
    assert.equal(e.code, code, e.message);
    if (msg) assert.match(e.message, msg);
    assert.doesNotMatch(e.message, /\n/);
    return e;
  }
  assert.fail(`expected a ${code} error`);
}

test("private, loopback, link-local and unique-local addresses are recognised, IPv4 and IPv6", () => {
  const priv = ["127.0.0.1", "127.8.9.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
    "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:192.168.0.1", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1", "[::1]", "not-an-ip"];
  const pub = ["8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001::200e"];
  for (const a of priv) assert.equal(isPrivateAddress(a), true, a);
  for (const a of pub) assert.equal(isPrivateAddress(a), false, a);
});

test("without allowPrivate, 127.0.0.1 and localhost are refused before any request", async () => {
  const before = seen.length;
  const f = createUrlFetcher({ hostDelayMs: 0 });
  await rejects(f.fetch(`${base}/article`), "forbidden-address", /127\.0\.0\.1/);
  const local = createUrlFetcher({ hostDelayMs: 0, lookup: async () => [{ address: "127.0.0.1", family: 4 }, { address: "8.8.8.8", family: 4 }] });
  await rejects(local.fetch(`http://news.example/x`), "forbidden-address", /127\.0\.0\.1/);
  const mapped = createUrlFetcher({ hostDelayMs: 0, lookup: async () => [{ address: "::ffff:169.254.169.254", family: 6 }] });
  await rejects(mapped.fetch(`http://metadata.example/`), "forbidden-address");
  assert.equal(seen.length, before, "no request reached the server");
});

test("every redirect hop is checked again: an allowed host redirecting to a refused address is refused", async () => {
  // The test server's address is the one allowed address; "news.example" resolves to it, and its
  // redirect to 127.0.0.1 (by literal) must be refused although the first hop was fine.
  const port = (server.address() as AddressInfo).port;
  const before = seen.length;
  const f = createUrlFetcher({
    hostDelayMs: 0,
    lookup: async () => [{ address: "127.0.0.1", family: 4 }],
    allowAddress: (a) => a === "127.0.0.1",
  });
  await rejects(f.fetch(`http://news.example:${port}/to-v6-loopback`), "forbidden-address", /::1/);
  assert.equal(seen.length, before + 1, "the first hop reached the server, the second did not");
  await rejects(open().fetch(`${base}/to-file`), "forbidden-address", /file:/);
});

test("the connection goes to the address that was checked (no second DNS answer, no rebinding)", async () => {
  // "news.example" has no DNS record: the request can only reach the test server through the
  // address the guard resolved and checked.
  const port = (server.address() as AddressInfo).port;
  let lookups = 0;
  const f = createUrlFetcher({
    hostDelayMs: 0,
    lookup: async () => (lookups++, [{ address: "127.0.0.1", family: 4 }]),
    allowAddress: (a) => a === "127.0.0.1",
  });
  const r = await f.fetch(`http://news.example:${port}/article`);
  assert.match(Buffer.from(r.bytes).toString("utf8"), /Council votes on budget/);
  assert.equal(lookups, 1, "resolved once");
  assert.equal(seen.at(-1)?.host, `news.example:${port}`, "Host header keeps the name");
  // A resolver whose second answer would be private is never asked twice.
  let calls = 0;
  const rebinding = createUrlFetcher({
    hostDelayMs: 0,
    lookup: async () => (calls++ === 0 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.0.0.1", family: 4 }]),
    allowAddress: (a) => a === "127.0.0.1",
  });
  await rebinding.fetch(`http://news.example:${port}/article`);
  assert.equal(calls, 1);
});

test("gzip, deflate and br bodies are decompressed; maxBytes counts the decompressed bytes", async () => {
  for (const enc of ["gzip", "deflate", "br"]) {
    const r = await open().fetch(`${base}/compressed/${enc}`);
    assert.match(Buffer.from(r.bytes).toString("utf8"), /Council votes on budget/, enc);
  }
  await rejects(open({ maxBytes: 200 }).fetch(`${base}/compressed/gzip`), "too-large");
});

test("fetches with the dossier User-Agent and follows redirects to the final URL", async () => {
  const r = await open().fetch(`${base}/redirect`);
  assert.equal(r.status, 200);
  assert.equal(r.url, `${base}/article?utm_medium=x&id=7#top`);
  assert.deepEqual(r.redirects, [`${base}/article?utm_medium=x&id=7#top`]);
  assert.match(Buffer.from(r.bytes).toString("utf8"), /Council votes on budget/);
  assert.match(USER_AGENT, /^dossier\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/dossier-news\/dossier\)$/);
  assert.equal(seen.at(-1)?.ua, USER_AGENT);
});

test("at most maxRedirects redirects are followed", async () => {
  await rejects(open({ maxRedirects: 3 }).fetch(`${base}/hop0`), "too-many-redirects", /more than 3 redirects/);
  const ok = await open({ maxRedirects: 5 }).fetch(`${base}/hop0`).catch((e: ReaderError) => e);
  assert.ok(ok instanceof ReaderError && ok.code === "too-many-redirects");
});

test("bodies over maxBytes are cut off and refused; slow servers time out; 404 is an error", async () => {
  await rejects(open({ maxBytes: 100_000 }).fetch(`${base}/big`), "too-large", /over the .* limit/);
  await rejects(open({ timeoutMs: 200 }).fetch(`${base}/slow`), "timeout");
  await rejects(open().fetch(`${base}/missing`), "http-status", /HTTP 404/);
});

test("requests to one host are spaced by the politeness delay", async () => {
  const waits: number[] = [];
  const f = createUrlFetcher({ allowPrivate: true, hostDelayMs: 800, sleep: async (ms) => void waits.push(ms) });
  await f.fetch(`${base}/article`);
  assert.deepEqual(waits, [], "the first request does not wait");
  await f.fetch(`${base}/article`);
  assert.equal(waits.length, 1);
  assert.ok(waits[0] > 0 && waits[0] <= 800, String(waits[0]));
});

async function items(source: string): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const it of readSource(source, { fetcher: open() })) out.push(it);
  return out;
}

test("an HTML page becomes an article with its canonical URL", async () => {
  const [it] = await items(`${base}/article?utm_source=x&fbclid=abc&page=2#frag`);
  assert.equal(it.kind, "article");
  if (it.kind !== "article") return;
  assert.equal(it.canonicalUrl, `${base}/news/budget-vote`);
  assert.equal(it.article.outlet, "Harbour Gazette");
  assert.equal(it.article.published, "2025-03-04");
  assert.match(it.article.text, /libraries open/);
  assert.doesNotMatch(it.article.text, /</);
});

test("RSS and Atom feeds yield their items' article links, resolved and deduplicated", async () => {
  const [rss] = await items(`${base}/feed`);
  assert.equal(rss.kind, "links");
  if (rss.kind === "links") assert.deepEqual(rss.links, [`${base}/news/one?utm_source=rss`, "https://elsewhere.example/two"]);
  const [atom] = await items(`${base}/atom`);
  assert.equal(atom.kind, "links");
  if (atom.kind === "links") assert.deepEqual(atom.links, [`${base}/atom/1`, "https://other.example/atom/2"]);
});

test("non-articles and unsafe remote JSON become error items, not exceptions", async () => {
  const [img] = await items(`${base}/image`);
  assert.equal(img.kind, "error");
  if (img.kind === "error") assert.equal(img.error.code, "binary");
  const [json] = await items(`${base}/remote.json`);
  assert.equal(json.kind, "error");
  if (json.kind === "error") assert.match(json.error.message, /text_file/);
  const [nf] = await items(`${base}/missing`);
  assert.equal(nf.kind, "error");
  const guarded: SourceItem[] = [];
  for await (const it of readSource(`${base}/article`, { fetcher: createUrlFetcher({ hostDelayMs: 0 }) })) guarded.push(it);
  assert.equal(guarded.length, 1);
  assert.equal(guarded[0].kind === "error" && guarded[0].error.code, "forbidden-address");
});

test("cleanUrl drops fragments and tracking parameters and keeps the rest", () => {
  assert.equal(cleanUrl("https://News.Example:443/a/b?utm_source=tw&id=3&fbclid=x&gclid=y&utm_campaign=z#c"), "https://news.example/a/b?id=3");
  assert.equal(cleanUrl("http://example.org/x?q=1&r=2"), "http://example.org/x?q=1&r=2");
  assert.equal(cleanUrl("ftp://example.org/x"), null);
  assert.equal(cleanUrl("not a url"), null);
});
