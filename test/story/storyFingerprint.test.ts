// The fingerprint a stored story report is kept under (src/story/report/storyFingerprint.ts):
// anything a report is made from changes it; nothing else does.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { ArticleRow } from "../../src/store/Store.js";
import { codeFingerprint, storyFingerprint } from "../../src/story/report/storyFingerprint.js";

const row = (id: number, over: Partial<ArticleRow> = {}): ArticleRow => ({
  id,
  docId: `sha256:${id}`,
  hash: `sha256:${id}`,
  title: `Title ${id}`,
  outlet: `Outlet ${id}`,
  published: "2026-03-02",
  url: `https://example.com/${id}`,
  canonicalUrl: null,
  source: `file-${id}.txt`,
  engineVersion: "0.1.0",
  ingestedAt: "2026-03-02T10:00:00Z",
  copyOf: null,
  ...over,
});

test("the same members give the same fingerprint; the code is hashed once", () => {
  assert.equal(storyFingerprint([row(1), row(2)]), storyFingerprint([row(1), row(2)]));
  assert.match(codeFingerprint(), /^[0-9a-f]{16}$/);
  assert.equal(codeFingerprint(), codeFingerprint());
});

test("what a report shows or is computed from changes it", () => {
  const base = storyFingerprint([row(1), row(2)]);
  for (const [what, rows] of [
    ["a member more", [row(1), row(2), row(3)]],
    ["a member less", [row(1)]],
    ["another order", [row(2), row(1)]],
    ["another text", [row(1), row(2, { docId: "sha256:x" })]],
    ["another engine version", [row(1), row(2, { engineVersion: "0.2.0" })]],
    ["another title", [row(1), row(2, { title: "New title" })]],
    ["another outlet", [row(1), row(2, { outlet: null })]],
    ["another date", [row(1), row(2, { published: "2026-03-03" })]],
    ["another URL", [row(1), row(2, { url: null })]],
    ["now a copy", [row(1), row(2, { copyOf: 1 })]],
  ] as const) {
    assert.notEqual(storyFingerprint(rows), base, what);
  }
});

test("what a report does not show leaves it", () => {
  assert.equal(storyFingerprint([row(1), row(2, { source: "elsewhere.txt", ingestedAt: "2027-01-01T00:00:00Z", canonicalUrl: "https://c.example/2" })]), storyFingerprint([row(1), row(2)]));
});
