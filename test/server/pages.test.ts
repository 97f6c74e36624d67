// Server-rendered pages without a browser: the highlighter (overlaps, escaping), snippet marks,
// every page's status, and XSS payloads reaching the HTML only as text.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { highlightText } from "../../src/server/pages/highlightText.js";
import { markSnippet } from "../../src/server/pages/searchPage.js";
import { parseEvidence } from "../../src/server/pages/articlePage.js";
import { escapeHtml, html, safeHref } from "../../src/server/html.js";
import { parseHTML } from "linkedom";
import type { RunningServer } from "../../src/server/startServer.js";
import { XSS, buildFixture, serveFixture, type Fixture } from "./serverFixture.js";

/** The text content of highlighted HTML (tags dropped, entities decoded). */
function textOf(h: string): string {
  return h.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

describe("highlightText", () => {
  const cases: [string, string, { start: number; end: number; cls: string; id?: string }[], RegExp[]][] = [
    ["no annotations", "plain <b>text</b>", [], [/^plain &lt;b&gt;text&lt;\/b&gt;$/]],
    ["one span", "Ann said hi", [{ start: 0, end: 3, cls: "ent", id: "e1" }], [/^<span class="ent" id="e1" data-a="e1">Ann<\/span> said hi$/]],
    ["nested", "abcdef", [{ start: 0, end: 6, cls: "q" }, { start: 2, end: 4, cls: "ent" }], [/<span class="q">ab<\/span><span class="q ent">cd<\/span><span class="q">ef<\/span>/]],
    ["crossing", "abcdef", [{ start: 0, end: 4, cls: "q" }, { start: 2, end: 6, cls: "time" }], [/<span class="q">ab<\/span><span class="q time">cd<\/span><span class="time">ef<\/span>/]],
    ["two starting at once keep both anchors", "abcd", [{ start: 0, end: 2, cls: "a", id: "x" }, { start: 0, end: 4, cls: "b", id: "y" }], [/id="x"|id="y"/, /<span id="[xy]" class="anchor"><\/span>/]],
    ["out of range ignored", "abc", [{ start: 2, end: 9, cls: "bad" }, { start: -1, end: 1, cls: "bad" }], [/^abc$/]],
  ];
  for (const [name, text, anns, patterns] of cases) {
    test(name, () => {
      const out = highlightText(text, anns).value;
      for (const p of patterns) assert.match(out, p);
      assert.equal(textOf(out), text, "the text is unchanged");
    });
  }
});

describe("helpers", () => {
  test("html escapes interpolations; safeHref keeps only http(s)", () => {
    assert.equal(html`<p title="${'"><script>'}">${"<i>"}</p>`.value, '<p title="&quot;&gt;&lt;script&gt;">&lt;i&gt;</p>');
    assert.equal(safeHref("javascript:alert(1)"), null);
    assert.equal(safeHref("data:text/html,x"), null);
    assert.equal(safeHref(" https://example.org/a b"), "https://example.org/a%20b");
  });
  test("escapeHtml: text without the five special characters is returned as is, each of them escaped wherever it is", () => {
    const cases: Array<[string, string]> = [
      ["", ""],
      ["Councillor Mira Tolvan, 12 classrooms", "Councillor Mira Tolvan, 12 classrooms"],
      ["&", "&amp;"],
      ["<script>", "&lt;script&gt;"],
      [`"quoted" and 'single'`, "&quot;quoted&quot; and &#39;single&#39;"],
      ["a & b < c > d", "a &amp; b &lt; c &gt; d"],
      ["already &amp; escaped", "already &amp;amp; escaped"],
    ];
    // Twice over: the patterns keep no state between calls.
    for (let round = 0; round < 2; round++) for (const [text, want] of cases) assert.equal(escapeHtml(text), want, text);
  });
  test("markSnippet marks every query word, case-insensitively", () => {
    const hit = { articleId: 1, docId: "d", title: null, outlet: null, published: null, start: 10, end: 40, snippet: "The Council met; council <b> voted.", score: 1, match: null };
    const out = markSnippet(hit, "council voted").value;
    assert.equal((out.match(/<mark>/g) ?? []).length, 3);
    assert.match(out, /&lt;b&gt;/);
  });
  test("parseEvidence accepts only spans inside the text", () => {
    assert.deepEqual(parseEvidence("3-9", 10), { start: 3, end: 9 });
    for (const bad of ["9-3", "3-11", "x", "", undefined, "1-2-3"]) assert.equal(parseEvidence(bad, 10), null);
  });
});

describe("pages", () => {
  let f: Fixture;
  let srv: RunningServer;
  before(async () => {
    f = await buildFixture(0);
    srv = await serveFixture(f);
  });
  after(async () => {
    await srv?.close();
    await f?.close();
  });
  const page = async (p: string) => {
    const r = await fetch(srv.url + p);
    return { status: r.status, text: await r.text(), type: r.headers.get("content-type") ?? "" };
  };

  test("every page answers HTML; bad ids and pages → 4xx pages", async () => {
    for (const p of ["/", `/stories/${f.demoStory}`, `/articles/${f.demoIds[0]}`, "/actors/Anselm%20Drovic", "/search", "/search?q=talks", "/add", "/docs"]) {
      const r = await page(p);
      assert.equal(r.status, 200, p);
      assert.match(r.type, /text\/html/);
      assert.match(r.text, /<script type="module" src="\/static\/app.js"><\/script>/);
    }
    assert.equal((await page("/stories/99999")).status, 404);
    assert.equal((await page("/articles/abc")).status, 404);
    assert.equal((await page("/?page=0")).status, 400);
    assert.equal((await page("/search?q=x&since=tomorrow")).status, 400);
  });
  test("no inline scripts, styles or event handlers on any page", async () => {
    for (const p of ["/", `/stories/${f.demoStory}`, `/articles/${f.xssId}`, "/search?q=disgrace", "/add", "/docs", "/actors/Mira%20Tolvan"]) {
      const { document } = parseHTML((await page(p)).text);
      const scripts = [...document.querySelectorAll("script")].map((s) => s.getAttribute("src"));
      assert.deepEqual(scripts, ["/static/app.js"], p);
      assert.equal(document.querySelectorAll("style, [style], img, iframe, object, embed").length, 0, p);
      for (const el of document.querySelectorAll("*")) {
        for (const a of el.attributes) assert.doesNotMatch(a.name, /^on/i, `${p}: <${el.tagName} ${a.name}>`);
      }
      for (const a of document.querySelectorAll("a[href]")) assert.match(a.getAttribute("href")!, /^(\/|#|https?:)/, p);
    }
  });
  test("XSS payloads in title, outlet, URL and text arrive escaped", async () => {
    const t = (await page(`/articles/${f.xssId}`)).text;
    assert.ok(t.includes("&lt;script&gt;window.__xss=1&lt;/script&gt;"), "title escaped");
    assert.ok(t.includes("&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;Evil Outlet"), "outlet escaped");
    assert.ok(t.includes("javascript:window.__xss=3"), "the URL is shown as text");
    assert.doesNotMatch(t, /<a [^>]*href="javascript/);
    assert.ok(textOf(t).includes(XSS.text.split("\n")[0]), "the text is all there, as text");
    assert.doesNotMatch(t, /<script>window|<img /, "no payload became markup");
    const s = (await page("/search?q=disgrace")).text;
    assert.ok(s.includes("&lt;/span&gt;&lt;script&gt;"), "snippet escaped");
    assert.doesNotMatch(s, /<script>window/);
  });
  test("a story page links each conflict to its sentence in the article", async () => {
    const t = (await page(`/stories/${f.demoStory}`)).text;
    const links = [...t.matchAll(/href="\/articles\/(\d+)\?hl=(\d+)-(\d+)#hl"/g)];
    assert.ok(links.length >= 4);
    const [, id, start, end] = links[0];
    const a = await (await fetch(`${srv.url}/api/articles/${id}`)).json();
    const sentence = a.document.text.slice(Number(start), Number(end));
    const art = (await page(`/articles/${id}?hl=${start}-${end}`)).text;
    const marked = [...art.matchAll(/<span class="[^"]*\bhl\b[^"]*"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]).join("");
    assert.equal(textOf(marked), sentence);
  });
});
