// PackedRows (src/model/attribution/PackedRows.ts): the attribution model's weight tables kept with
// only the columns some row uses. Scores must equal the full table's bit for bit; the bundled model's packed
// tables must expand to the full tables they came from; and the argument stage's narrow windows
// (AttributionModel.argumentsOf) must give the full windows' attributions on the seed article.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { PackedRows } from "../../src/model/attribution/PackedRows.js";
import { emissionScores } from "../../src/model/attribution/emissionScores.js";
import { mulberry32 } from "../../src/model/ner/hash.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../src/model/attribution/defaultAttributionModel.js";
import { tokenizeDocument } from "../../src/model/attribution/tokens.js";
import { tagSpans } from "../../src/model/attribution/assemble.js";

function randomTable(rand: () => number, buckets: number, width: number, zeroShare: number): Float32Array {
  const w = new Float32Array(buckets * width);
  for (let r = 0; r < buckets; r++) {
    if (rand() < zeroShare) continue;
    for (let y = 0; y < width; y++) w[r * width + y] = rand() < 0.2 ? 0 : Math.round((rand() - 0.5) * 1000) / 7;
  }
  return w;
}

/** Per-token sums of the full table's rows, added in feature order. */
function reference(w: Float32Array, width: number, f: { ids: Int32Array; offsets: Int32Array }, n: number): number[] {
  const out = new Array<number>(n * width).fill(0);
  for (let i = 0; i < n; i++) for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) for (let y = 0; y < width; y++) out[i * width + y] += w[f.ids[k] * width + y];
  return out;
}

for (const [width, zeroColumns] of [[7, []], [3, []], [7, [2, 6]], [7, [0, 3, 4]]] as Array<[number, number[]]>) {
  test(`packed rows score like the full table (width ${width}, zero columns [${zeroColumns}], buckets over several bitmap words, bucket 31 and 0 set)`, () => {
    const rand = mulberry32(11 + width + zeroColumns.length);
    const buckets = 1 << 10;
    const w = randomTable(rand, buckets, width, 0.7);
    for (let r = 0; r < buckets; r++) for (const y of zeroColumns) w[r * width + y] = 0;
    const live = [...Array(width).keys()].filter((y) => !zeroColumns.includes(y));
    w[live[0]] = 1.5; // bucket 0 and bucket 31 (the sign bit of a bitmap word) are non-zero
    w[31 * width + live[0]] = -2.25;
    const p = PackedRows.fromTable(w, width);
    assert.deepEqual([...p.columns], live);
    assert.equal(p.buckets, buckets);
    const n = 50;
    const ids = new Int32Array(n * 9);
    for (let k = 0; k < ids.length; k++) ids[k] = k % 17 === 0 ? 31 : Math.floor(rand() * buckets);
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) offsets[i] = i * 9;
    const f = { ids, offsets };
    assert.deepEqual([...p.scores(f, n)], reference(w, width, f, n));
    if (width === 7) assert.deepEqual([...p.scores(f, n)], [...emissionScores(w, f, n)]);
    assert.deepEqual([...p.expand()], [...w]);
  });
}

test("packed rows from stored rows keep the used columns and refuse rows out of order", () => {
  const p = PackedRows.fromRows(64, 3, [3, 40, 63], [1, 0, 0, 0, 0, 0, 0, 0, -4]);
  assert.deepEqual([...p.columns], [0, 2]);
  const full = p.expand();
  assert.equal(full[3 * 3], 1);
  assert.equal(full[63 * 3 + 2], -4);
  assert.equal(full.filter((x) => x !== 0).length, 2);
  assert.throws(() => PackedRows.fromRows(64, 3, [5, 5], [1, 1, 1, 1, 1, 1]), /ascend/);
  assert.throws(() => PackedRows.fromRows(64, 3, [64], [1, 1, 1]), /ascend/);
});

test("the bundled model's packed tables expand to its full tables and score alike", { skip: !hasDefaultAttributionModel() && "models/attribution.bin.gz is missing" }, () => {
  const m = getDefaultAttributionModel();
  const w = m.weights;
  assert.equal(w.length, (1 << m.bucketBits) * 7);
  const p = PackedRows.fromTable(w, 7);
  const rand = mulberry32(5);
  const n = 40;
  const ids = new Int32Array(n * 20);
  for (let k = 0; k < ids.length; k++) ids[k] = Math.floor(rand() * (1 << m.bucketBits));
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) offsets[i] = i * 20;
  assert.deepEqual([...p.scores({ ids, offsets }, n)], [...emissionScores(w, { ids, offsets }, n)]);
});

test("narrow argument windows give the full windows' attributions on the seed article", { skip: !hasDefaultAttributionModel() && "models/attribution.bin.gz is missing" }, () => {
  const m = getDefaultAttributionModel();
  const text = fs.readFileSync(new URL("../../examples/article.txt", import.meta.url), "utf8");
  const doc = tokenizeDocument(text);
  const cues = tagSpans(m.tag(doc)).filter((s) => s.role === "cue").map((s) => ({ first: s.first, last: s.last }));
  assert.ok(cues.length >= 10, `${cues.length} cues`);
  const full = m.argumentsOf(doc, cues, undefined, false);
  assert.ok(full.length >= 10);
  assert.deepEqual(m.argumentsOf(doc, cues, undefined, true), full);
});
