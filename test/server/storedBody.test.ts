// StoredBody and its header helpers: ETag matching, Accept-Encoding parsing, the body forms.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { StoredBody, acceptsGzip, etagMatches } from "../../src/server/storedBody.js";

describe("etagMatches", () => {
  const tag = '"abc"';
  const cases: Array<[string | undefined, boolean]> = [
    [undefined, false],
    ["", false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abcd"', false],
    ["abc", false],
  ];
  for (const [header, want] of cases) test(`${JSON.stringify(header)} → ${want}`, () => assert.equal(etagMatches(header, tag), want));
});

describe("acceptsGzip", () => {
  const cases: Array<[string | undefined, boolean]> = [
    [undefined, false],
    ["", false],
    ["identity", false],
    ["gzip", true],
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["gzip;q=0", false],
    ["GZIP", true],
    ["*", true],
    ["deflate", false],
  ];
  for (const [header, want] of cases) test(`${JSON.stringify(header)} → ${want}`, () => assert.equal(acceptsGzip(header), want));
});

describe("StoredBody", () => {
  test("bytes are the UTF-8 text; gzip unzips to them; the ETag follows the content", () => {
    const text = JSON.stringify({ s: "Zürich — “quoted” ".repeat(200) });
    const b = new StoredBody(text, "application/json");
    assert.equal(b.bytes.toString("utf8"), text);
    assert.equal(gunzipSync(b.gzip).toString("utf8"), text);
    assert.ok(b.gzip.length < b.bytes.length);
    assert.match(b.etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(new StoredBody(text, "application/json").etag, b.etag, "same content, same tag");
    assert.notEqual(new StoredBody(text + " ", "application/json").etag, b.etag, "other content, other tag");
  });

  test("zipped from the second request that accepts gzip on", () => {
    const b = new StoredBody("x".repeat(5000), "text/plain");
    assert.equal(b.zipOnRepeat(), false, "first: sent plain");
    assert.equal(b.zipOnRepeat(), true, "second: zipped");
    const z = new StoredBody("y".repeat(5000), "text/plain");
    void z.gzip;
    assert.equal(z.zipOnRepeat(), true, "already zipped: always");
  });
});
