// Sentence splitting: wink-nlp's boundaries, paragraphs, and the abbreviation repair.
import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/document/segment.js";

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
