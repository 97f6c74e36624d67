// Quotation attribution shifts to unnamed sources and in reported speech, and short reported
// clauses that are no paraphrase of another statement (src/story/compare/quotes.ts, paraphrases.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { isUnnamedSource } from "../../src/story/compare/quotes.js";

const report = (texts: string[]) => compareStory(texts.map((text, i) => analyze({ text, outlet: `Outlet ${i + 1}`, published: "2031-11-03" })));

test("isUnnamedSource: a speaker named by what they are", () => {
  for (const s of ["a security researcher", "an unnamed Western diplomat", "unnamed police official", "officials", "two senior officials"]) assert.ok(isUnnamedSource(s), s);
  for (const s of ["they", "police", "regime", "trust", "Piet Jansma", "researcher", null]) assert.ok(!isUnnamedSource(s), String(s));
});

test("attribution shift: the same quotation credited to a named person and to an unnamed source", () => {
  const r = report([
    "“The gang typically demands payment in bitcoin within 72 hours,” said Piet Jansma, a researcher at Halcyon Labs.",
    "“The gang typically demands payment in bitcoin within 72 hours,” a security researcher said.",
  ]);
  assert.deepEqual(r.attributionShifts.map((s) => s.shift), ["person→unnamed"]);
  // What differs is who: each side marks where its sentence names the speaker.
  const marked = r.attributionShifts.flatMap((s) => [s.a, s.b]).map((side) => side.evidence[0].highlight?.map((h) => h.text).join(" "));
  assert.deepEqual(marked, ["Piet Jansma", "security researcher"]);
});

test("attribution shift: reported speech shifts tense, the statement stays ('will' / 'would')", () => {
  const r = report([
    "Interior Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
    "The port of Velmora will reopen on Monday, a government spokesman said.",
  ]);
  assert.equal(r.attributionShifts.length, 1);
  assert.match(r.attributionShifts[0].shift, /^person→spokesperson/);
});

test("no attribution shift: one speaker, or different statements", () => {
  assert.equal(report([
    "“The gang typically demands payment in bitcoin within 72 hours,” said Piet Jansma, a researcher at Halcyon Labs.",
    "“The gang typically demands payment in bitcoin within 72 hours,” Jansma said.",
  ]).attributionShifts.length, 0);
  assert.equal(report([
    "Interior Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
    "The port of Velmora will stay closed until Friday, a government spokesman said.",
  ]).attributionShifts.length, 0);
});

test("paraphrase: a short reported clause sharing one word is no wording of a quotation", () => {
  const r = report([
    "“We will not allow a handful of violent people to hold the port hostage,” Interior Minister Lena Sorvik said on Wednesday in Velmora.",
    "Interior Minister Lena Sorvik said on Wednesday in Velmora that the port would reopen on Monday.",
  ]);
  assert.equal(r.quoteVariants.length, 0, JSON.stringify(r.quoteVariants.map((v) => [v.a.label, v.b.label])));
});

test("quote variants: a hyphen, a space or an article is no different wording; a changed word is", async () => {
  const { sameLetters } = await import("../../src/story/compare/sameLetters.js");
  assert.ok(sameLetters(["being", "cross-checked"], ["being", "cross", "checked"]));
  assert.ok(sameLetters(["from", "the", "flooding", "in", "Tarnow"], ["from", "flooding", "in", "Tarnow"]));
  assert.ok(!sameLetters(["so", "that's", "just", "what's", "happening"], ["so", "that's", "what's", "happening"]));
  const r = report([
    "“Whenever we do these revisions it's because our numbers are being cross-checked,” Piet Jansma said on Sunday.",
    "“Whenever we do these revisions it's because our numbers are being cross checked,” Piet Jansma said.",
    "“Whenever we do these revisions it's because our numbers are being checked twice,” Piet Jansma said.",
  ]);
  const pairs = r.quoteVariants.map((v) => [v.a.label, v.b.label].map((l) => (/checked twice/.test(l) ? "twice" : "cross")).sort().join("/"));
  assert.ok(pairs.length > 0 && pairs.every((p) => p === "cross/twice"), JSON.stringify(pairs));
});
