// The span invariant: every {start, end, text} object anywhere in an analysis is exactly the
// slice of the document text it points at. Runs on the seed, on every news-dev article when
// ../shared is present, and on awkward synthetic texts.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { analyze } from "../src/index.js";
import { walkSpans } from "../src/document/span.js";
import type { Analysis } from "../src/index.js";

function checkAll(a: Analysis, label: string): number {
  let n = 0;
  walkSpans(a, (s, where) => {
    n++;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= a.document.text.length, `${label} ${where}: bad offsets`);
    assert.equal(a.document.text.slice(s.start, s.end), s.text, `${label} ${where}`);
  });
  return n;
}

test("span invariant: seed article", () => {
  const text = fs.readFileSync(new URL("../examples/article.txt", import.meta.url), "utf8");
  const n = checkAll(analyze({ text, published: "2024-08-19" }), "seed");
  assert.ok(n > 50, `the seed yields many spans (${n})`);
});

test("span invariant: news-dev articles", (t) => {
  const dir = fileURLToPathSafe("../../shared/data/news-dev/articles");
  if (!fs.existsSync(dir)) return t.skip(`../shared/data/news-dev not found at ${dir}; skipping`);
  let total = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    const art = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    total += checkAll(analyze(art), f);
  }
  assert.ok(total > 500, `spans checked: ${total}`);
});

test("span invariant: emoji, CRLF, astral characters and odd quotes", () => {
  const text = "👍🏽 Officials said “the deal is done,” on Monday.\r\n\r\n„Wir sind bereit“, sagte er. 𝒜 group said \"we will see,\" it added.\r\nThe minister’s office said 3,000 people – about 10% – fled.";
  const n = checkAll(analyze({ text, published: "2024-08-19" }), "synthetic");
  assert.ok(n > 0);
});

function fileURLToPathSafe(rel: string): string {
  return new URL(rel, import.meta.url).pathname;
}
