import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenByStart } from "../../src/stages/entities/mentionIndex.js";
import { spanIndexAt } from "../../src/document/spanIndexAt.js";
import { segment } from "../../src/document/segment.js";

const text = "Gen. Abdel Fattah al-Burhan met envoys in Port Sudan.";
const { tokens } = segment(text);

test("spanIndexAt finds the token covering an offset, -1 between or outside tokens", () => {
  const cases: [number, string | null][] = [
    [0, "Gen."],
    [2, "Gen."],
    [text.indexOf("Burhan"), tokens.find((t) => t.start <= text.indexOf("Burhan") && text.indexOf("Burhan") < t.end)!.text],
    [text.indexOf(" met"), null],
    [text.length - 1, "."],
    [text.length, null],
    [-1, null],
  ];
  for (const [at, want] of cases) {
    const i = spanIndexAt(tokens, at);
    assert.equal(i >= 0 ? tokens[i].text : null, want, `offset ${at}`);
  }
  // Every offset inside a token maps to that token.
  for (const t of tokens) for (let at = t.start; at < t.end; at++) assert.equal(spanIndexAt(tokens, at), t.index);
});

test("tokenByStart maps start offsets to token indexes, and offsets inside or between tokens to nothing", () => {
  const m = tokenByStart(tokens);
  for (const t of tokens) {
    assert.equal(m.get(t.start), t.index);
    if (t.end - t.start > 1) assert.equal(m.get(t.start + 1), undefined, `inside "${t.text}"`);
  }
  assert.equal(m.get(text.indexOf(" met")), undefined, "a space");
  assert.equal(m.get(text.length), undefined);
  assert.equal(m.get(-1), undefined);
});
