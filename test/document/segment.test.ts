// Sentence splitting: wink-nlp's boundaries, paragraphs, and the abbreviation repair.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { cutLongRuns, LONG_RUN, segment } from "../../src/document/segment.js";

const sentences = (text: string): string[] => segment(text).sentences.map((s) => s.text);

const ROWS: [string, string[]][] = [
  // a party tag or abbreviation before a lower-case word does not end the sentence
  ["Sen. Rand Paul (R-Ky.) said the plan would fail.", ["Sen. Rand Paul (R-Ky.) said the plan would fail."]],
  ["Harry Reid (D-Nev.) told reporters that it was wrong. The vote is Tuesday.", ["Harry Reid (D-Nev.) told reporters that it was wrong.", "The vote is Tuesday."]],
  // … but a lower-case word after an ordinary sentence end starts a sentence
  ["It rained. iPhone sales rose.", ["It rained.", "iPhone sales rose."]],
  // a sentence end inside a two-apostrophe closing mark goes after the mark
  ["Prices had ''cratered.'' Then he left.", ["Prices had ''cratered.''", "Then he left."]],
  // plain cases
  ["The talks resumed. Both sides met.", ["The talks resumed.", "Both sides met."]],
  ["Headline here\nThe talks resumed.", ["Headline here", "The talks resumed."]],
];

for (const [text, expected] of ROWS) {
  test(`segment: ${JSON.stringify(text)}`, () => {
    assert.deepEqual(sentences(text), expected);
  });
}

test("segment: every token and sentence span reproduces its text", () => {
  const text = "Sen. Rand Paul (R-Ky.) said the plan would fail.\n\nIt rained. iPhone sales rose.";
  const { sentences: ss, tokens } = segment(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const s of ss) assert.equal(text.slice(s.start, s.end), s.text);
});

test("cutLongRuns: text without a run over LONG_RUN characters is wink's text unchanged", () => {
  const text = `A URL https://example.org/${"a/".repeat(400)} and ${"-".repeat(LONG_RUN)} end.`;
  const { winkText, inserted } = cutLongRuns(text);
  assert.equal(winkText, text);
  assert.deepEqual(inserted, []);
});

test("cutLongRuns: a long run is cut by inserted spaces, never inside a surrogate pair", () => {
  const run = "\u{1F600}".repeat(LONG_RUN); // 2,048 UTF-16 units, pairs at even offsets
  const text = `He said x${run} then.`; // the pairs start at odd offsets: a naive cut would split one
  const { winkText, inserted } = cutLongRuns(text);
  assert.ok(inserted.length > 0);
  for (const p of inserted) assert.equal(winkText[p], " ");
  assert.equal(winkText.replace(/ /g, ""), text.replace(/ /g, ""));
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(winkText), "no lone surrogate");
});

test("segment: tokens of a run cut for wink keep their offsets in the text (issue 17: runs of hyphens were quadratic)", () => {
  for (const unit of ["-", "x/", "a.b-"]) {
    const text = `Officials said ${unit.repeat(3000)} on Monday.\nThe vote is Tuesday.`;
    const { tokens, sentences } = segment(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    // every non-space character is in a token
    assert.equal(tokens.map((t) => t.text).join(""), text.replace(/\s/g, ""));
    assert.deepEqual(tokens.slice(-5).map((t) => t.text), ["The", "vote", "is", "Tuesday", "."]);
  }
});

test("segment: a text read by wink in windows (issue 17: memory) gives the tokens and sentences of one reading", () => {
  const text = fs.readFileSync(new URL("../../examples/article.txt", import.meta.url), "utf8");
  const windowed = segment(text, 300);
  const whole = segment(text);
  assert.ok(text.length > 3 * 300);
  assert.deepEqual(windowed, whole);
});
