import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import { escapeHtml, renderStoryHtml } from "../../src/story/report/html.js";
import { formatStoryReport } from "../../src/story/report/terminal.js";
import { storyReportJson } from "../../src/story/report/json.js";

// Two invented articles whose quotations and names carry HTML-significant characters.
const a = analyze({
  text: `Talks in Varn lasted three hours on Monday, officials said.\n\n"We will not accept <script>alert(1)</script> & other tricks from Smith & Sons," Minister Ora Dalen said.\n\nThe fighting has killed 412 people, according to the Varn Red Cross.`,
  published: "2026-02-03",
  outlet: "The <b>Bold</b> Gazette",
  title: "Talks & <script>",
});
const b = analyze({
  text: `Talks in Varn lasted four hours on Monday, officials said.\n\n"We will never accept <script>alert(1)</script> & other tricks from Smith & Sons," Minister Ora Dalen said.\n\nThe fighting has killed 421 people, according to the Varn Red Cross.`,
  published: "2026-02-03",
  outlet: "Quill & Ink",
});
const report = compareStory([a, b]);

test("the small story has a figure conflict, a duration conflict and a quote variant", () => {
  assert.deepEqual(report.numericConflicts.map((c) => `${c.quantity} ${c.a.value}/${c.b.value}`).sort(), ["deaths 412/421", "meeting duration 3/4"]);
  assert.equal(report.quoteVariants.length, 1);
  assert.deepEqual(report.quoteVariants[0].diff.filter((d) => d.op !== "same"), [{ op: "changed", a: "not", b: "never" }]);
});

test("HTML is one self-contained file with every text escaped", () => {
  const html = renderStoryHtml(report, "Story <1> & more");
  assert.ok(html.startsWith("<!doctype html>"));
  assert.ok(!/<script/i.test(html), "no script element, escaped or not");
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; other tricks"));
  assert.ok(html.includes("The &lt;b&gt;Bold&lt;/b&gt; Gazette"));
  assert.ok(html.includes("Quill &amp; Ink"));
  assert.ok(html.includes("<title>Story &lt;1&gt; &amp; more</title>"));
  assert.ok(!/\s(?:src|href)=/i.test(html), "no external requests");
  assert.ok(!/ on[a-z]+=/i.test(html), "no event handlers");
  assert.ok(html.includes("<style>"));
  // sentences side by side, the differing word highlighted
  assert.ok(html.includes('<div class="pair">'));
  assert.ok(html.includes("<mark>never</mark>"));
  assert.ok(html.includes("<mark>not</mark>"));
  assert.ok(html.includes("<mark>412</mark>") && html.includes("<mark>421</mark>"));
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("terminal report names outlets and marks the differing part", () => {
  const t = formatStoryReport(report);
  assert.match(t, /Numeric conflicts \(2\)/);
  assert.match(t, /killed \[412\] people/);
  assert.match(t, /killed \[421\] people/);
  assert.match(t, /\[-not-\] \[\+never\+\]/);
  assert.match(t, /Quill & Ink/);
  assert.ok(!t.includes("\x1b["), "no colour unless asked");
  assert.ok(formatStoryReport(report, { color: true }).includes("\x1b[1m"));
});

test("JSON report is dossier.story/1 and round-trips", () => {
  const j = JSON.parse(storyReportJson(report));
  assert.equal(j.schema, "dossier.story/1");
  assert.equal(j.sources.length, 2);
  assert.deepEqual(j.numericConflicts, JSON.parse(JSON.stringify(report.numericConflicts)));
});
