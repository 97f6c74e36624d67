// Quote-mark pairing: typographic, straight and two-character marks ('' and ``).
import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuoteSegments } from "../../src/stages/quotes/quoteSegments.js";
import { splitParagraphs } from "../../src/document/segment.js";

const inner = (text: string): string[] => findQuoteSegments(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

const ROWS: [string, string[]][] = [
  ["“We are ready,” she said.", ["We are ready,"]],
  ['"We are ready," she said.', ["We are ready,"]],
  // the New York Times archive's two apostrophes, and the Penn Treebank's `` … ''
  ["''We are ready,'' she said.", ["We are ready,"]],
  ["``We are ready,'' she said.", ["We are ready,"]],
  ["Prices had ''cratered.'' Then he left.", ["cratered."]],
  // possessives and apostrophes are no marks; single marks quote too (British, Irish, Indian outlets)
  ["The students' books and the teachers' pens.", []],
  ["The workers’ union and Lima’s office don’t agree.", []],
  ["He called it 'a trap'.", ["a trap"]],
  ["‘We will win,’ she said.", ["We will win,"]],
  ["‘The workers’ union will strike,’ she said.", ["The workers’ union will strike,"]],
  ["Rock 'n' roll in the '90s.", []],
  // single marks inside a double quotation are nested (one segment, the double one)
  ["“He said ‘no’ to me,” she said.", ["He said ‘no’ to me,"]],
  // a single quotation left open runs to the paragraph end only when it opens the paragraph
  ["‘We will stay\n\nand fight", ["We will stay"]],
  ["She said ‘we will stay\n\nand fight", []],
  // an unclosed quotation runs to the paragraph end
  ["''We will stay\n\nand fight", ["We will stay"]],
];

for (const [text, expected] of ROWS) {
  test(`quote segments: ${JSON.stringify(text)}`, () => {
    assert.deepEqual(inner(text), expected);
  });
}

test("quote segments: a two-character closing mark ends two characters later", () => {
  const text = "''Yes,'' she said.";
  const [s] = findQuoteSegments(text, splitParagraphs(text));
  assert.equal(text.slice(s.open, s.start), "''");
  assert.equal(text.slice(s.close, s.closeEnd), "''");
});
