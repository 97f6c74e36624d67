// Fuzzing the readers (issue 17): random and damaged input — broken JSON and JSONL, tag soup,
// broken feeds, random bytes in any encoding, control characters, huge tokens, deep nesting —
// must end with an article or a ReaderError whose message is one line; never another exception.
// The node:test timeout on each property is a hang guard, not a speed check. FUZZ_RUNS scales
// the runs, FUZZ_SEED replays a failure; cases found are kept in test/fuzz/corpus/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { ReaderError } from "../../src/readers/ReaderError.js";
import { readText } from "../../src/readers/readText.js";
import { readJson } from "../../src/readers/readJson.js";
import { readJsonl } from "../../src/readers/readJsonl.js";
import { readHtml } from "../../src/readers/readHtml.js";
import { readFeed } from "../../src/readers/feedRead.js";
import { decodeText } from "../../src/readers/decodeText.js";
import { sniffFormat } from "../../src/readers/detectFormat.js";
import type { ReaderArticle } from "../../src/readers/ReaderArticle.js";
import { DOMParser, parseHTML } from "linkedom";
import { boundNesting } from "../../src/readers/html/boundNesting.js";
import { domDepth } from "../../src/readers/html/domDepth.js";
import { brokenFeed, brokenHtml, fuzzParams, jsonArticle, mutated, nestingSoup, newsText } from "./fuzzInputs.js";

const ctx = { baseDir: "/nonexistent/dossier-fuzz", maxBytes: 1 << 20 };

/** Runs a reader: an article (or a list of results) or a ReaderError; anything else fails. */
async function readerOutcome(run: () => unknown): Promise<void> {
  try {
    const r = run();
    if (r && typeof (r as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      for await (const item of r as AsyncIterable<{ article?: ReaderArticle; error?: ReaderError }>) {
        if (item.error) assertOneLine(item.error);
        else assert.equal(typeof item.article?.text, "string");
      }
    }
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    assertOneLine(e);
  }
}

function assertOneLine(e: ReaderError): void {
  assert.ok(e instanceof ReaderError, `a ReaderError, not ${String(e)}`);
  assert.ok(e.message.length > 0 && !/[\r\n]/.test(e.message), `one-line message: ${JSON.stringify(e.message)}`);
}

test("fuzz: plain text reader", { timeout: 120_000 }, async () => {
  await fc.assert(fc.asyncProperty(newsText, async (t) => readerOutcome(() => readText(t))), fuzzParams);
});

test("fuzz: JSON and JSONL readers on valid, damaged and random JSON", { timeout: 120_000 }, async () => {
  const json = fc.oneof(jsonArticle.map((a) => JSON.stringify(a)), mutated(jsonArticle.map((a) => JSON.stringify(a))), fc.json(), mutated(fc.json()), fc.array(jsonArticle).map((xs) => JSON.stringify(xs)), fc.integer({ min: 1, max: 50_000 }).map((n) => "[".repeat(n) + "]".repeat(n)), fc.integer({ min: 1, max: 50_000 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)));
  await fc.assert(fc.asyncProperty(json, async (t) => readerOutcome(() => readJson(t, "fuzz.json", ctx))), fuzzParams);
  const jsonl = fc.array(fc.oneof(jsonArticle.map((a) => JSON.stringify(a)), mutated(jsonArticle.map((a) => JSON.stringify(a))), fc.string()), { maxLength: 8 }).map((xs) => xs.join("\n"));
  await fc.assert(fc.asyncProperty(jsonl, async (t) => readerOutcome(() => readJsonl(t, "fuzz.jsonl", ctx))), fuzzParams);
});

test("fuzz: HTML reader on tag soup (nesting up to ~50 levels)", { timeout: 300_000 }, async () => {
  await fc.assert(fc.asyncProperty(fc.oneof(brokenHtml, mutated(brokenHtml)), async (h) => readerOutcome(() => readHtml(h, "fuzz.html", { url: "https://example.org/x" }))), fuzzParams);
});

test("fuzz: HTML reader on deeply nested elements", { timeout: 120_000 }, async () => {
  for (const depth of [2_000, 5_000, 100_000]) await readerOutcome(() => readHtml(`<html><body>${"<div>".repeat(depth)}Officials said the deal was done.${"</div>".repeat(depth)}</body></html>`, "nested.html"));
});

test("fuzz: feed reader on a feed nested 100,000 deep (bounded before parsing)", { timeout: 120_000 }, async () => {
  const feed = `<?xml version="1.0"?><rss><channel><item><link>https://example.org/a</link></item>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</channel></rss>`;
  assert.deepEqual(readFeed(feed, null, "deep.xml").items.map((i) => i.link), ["https://example.org/a"]);
});

test("fuzz: the nesting bound measures the depth the HTML parser builds, and bounds it", { timeout: 120_000 }, async () => {
  fc.assert(
    fc.property(nestingSoup, fc.integer({ min: 1, max: 8 }), (soup, max) => {
      const html = `<html><body>${soup}</body></html>`;
      assert.equal(boundNesting(html, Infinity).depth, domDepth(parseHTML(html).document as unknown as Document), "depth as parsed");
      const bounded = boundNesting(html, max);
      const depth = domDepth(parseHTML(bounded.html).document as unknown as Document);
      assert.ok(depth <= Math.max(max + 1, 2), `parsed depth ${depth} after bounding to ${max}`);
      // XML mode (feeds)
      const xmlDepth = (x: string) => domDepth(new DOMParser().parseFromString(x, "text/xml") as unknown as Document);
      assert.equal(boundNesting(soup, Infinity, { xml: true }).depth, xmlDepth(soup), "depth as parsed as XML");
      assert.ok(xmlDepth(boundNesting(soup, max, { xml: true }).html) <= max, "XML depth after bounding");
    }),
    { ...fuzzParams, numRuns: (fuzzParams.numRuns ?? 40) * 5 },
  );
});

test("fuzz: feed reader on broken RSS/Atom", { timeout: 120_000 }, async () => {
  await fc.assert(fc.asyncProperty(fc.oneof(brokenFeed, mutated(brokenFeed)), async (x) => readerOutcome(() => readFeed(x, null, "fuzz.xml"))), fuzzParams);
});

test("fuzz: bytes in any encoding → text, then the format it looks like", { timeout: 120_000 }, async () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 2_000 }),
    newsText.map((t) => new Uint8Array(Buffer.from(t, "utf16le"))),
    newsText.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]))),
    newsText.map((t) => new Uint8Array(Buffer.from(t, "latin1"))),
    fc.tuple(newsText, fc.uint8Array({ maxLength: 40 })).map(([t, junk]) => new Uint8Array(Buffer.concat([Buffer.from(t), Buffer.from(junk)]))),
  );
  const encoding = fc.constantFrom(null, "utf-8", "windows-1252", "utf-16le", "utf-16be", "iso-8859-2", "shift_jis");
  await fc.assert(
    fc.asyncProperty(bytes, encoding, async (b, enc) =>
      readerOutcome(() => {
        const text = decodeText(b, "fuzz.bin", { encoding: enc });
        const format = sniffFormat(text);
        if (format === "json") return readJson(text, "fuzz.bin", ctx);
        if (format === "jsonl") return readJsonl(text, "fuzz.bin", ctx);
        if (format === "html") return readHtml(text, "fuzz.bin");
        return readText(text);
      }),
    ),
    fuzzParams,
  );
});
