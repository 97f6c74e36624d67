import { test } from "node:test";
import assert from "node:assert/strict";
import { capitalisedWords } from "../../src/document/capitalisedWords.js";
import { segment } from "../../src/document/segment.js";

test("capitalisedWords counts a sentence's words and the capitalised ones, by the word test given", () => {
  const { tokens, sentences } = segment("Israel Says Talks In Doha Will Resume. the envoy met Élodie Durand in 2024.");
  const cases: [number, RegExp, { words: number; capitalised: number }][] = [
    [0, /^\p{L}/u, { words: 7, capitalised: 7 }],
    [1, /^\p{L}/u, { words: 6, capitalised: 2 }],
    [1, /^\p{L}{4,}$/u, { words: 3, capitalised: 2 }],
  ];
  for (const [s, re, want] of cases) assert.deepEqual(capitalisedWords(tokens, sentences[s], re), want, `sentence ${s}, ${re}`);
  assert.deepEqual(capitalisedWords(tokens, { tokenStart: 0, tokenEnd: 0 }, /./), { words: 0, capitalised: 0 }, "empty range");
});
