// jsonChunks: an analysis's JSON in pieces (issue 17, memory of storing a large analysis).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { jsonChunks } from "../../src/store/analysisJsonChunks.js";
import { stormCoastal } from "./fixtures/articles.js";

const VALUES: Array<[string, unknown]> = [
  ["an analysis", analyze(stormCoastal)],
  ["members that JSON leaves out or turns to null", { a: undefined, b: () => 1, c: [undefined, () => 2, Symbol("s"), 3], d: null, e: { f: undefined, g: [1, [2, [3]]] } }],
  ["empty containers", { a: [], b: {}, c: [[], {}], d: "" }],
  ["dates and toJSON", { at: new Date(Date.UTC(2024, 7, 19)), own: { toJSON: () => "mine" }, list: [new Date(0)] }],
  ["text that JSON escapes", { text: 'quote " backslash \\ newline \n tab \t \u2028 “curly” \ud83d\ude00 lone \ud800', keys: { "a\"b": 1 } }],
  ["a top-level array", [{ a: 1 }, "x", 2, null, [3, 4]]],
  ["a scalar", "just a string"],
  ["long strings with surrogate pairs at every position", { text: "ab\ud83d\ude00c\\\"\n".repeat(40), list: ["x\ud83d\ude00".repeat(30), "\ud800".repeat(25)], deep: { a: { b: "\ud83d\ude00".repeat(50) } } }],
  ["null", null],
];

test("jsonChunks joined is JSON.stringify, for any chunk size", () => {
  for (const [name, value] of VALUES) {
    for (const size of [1, 7, 100, 1 << 20]) assert.equal([...jsonChunks(value, size)].join(""), JSON.stringify(value), `${name}, chunks of ${size}`);
  }
});

test("jsonChunks keeps each chunk near its size, a single long member apart", () => {
  const analysis = analyze(stormCoastal);
  const size = 500;
  const chunks = [...jsonChunks(analysis, size)];
  const whole = JSON.stringify(analysis).length;
  assert.ok(chunks.length >= whole / (2 * size), `${chunks.length} chunks for ${whole} characters`);
  // A chunk is closed as soon as it reaches the size: it exceeds it by at most its last member.
  const longestMember = Math.max(...Object.values(analysis.document).map((v) => (typeof v === "string" ? 0 : JSON.stringify(v)?.length ?? 0)), ...analysis.quotes.map((q) => JSON.stringify(q).length), ...analysis.entities.map((e) => JSON.stringify(e).length));
  for (const c of chunks) assert.ok(c.length < size + longestMember + 40, `chunk of ${c.length}`);
  // The document's text is cut into slices of the chunk size.
  assert.ok(chunks.length > analysis.document.text.length / size);
  // Small values are one chunk.
  assert.deepEqual([...jsonChunks({ a: 1 })], ['{"a":1}']);
});
