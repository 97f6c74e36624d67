// IntervalIndex against the brute-force scan it replaces, on fixed and random intervals
// (nested, overlapping, empty and touching ones included).
import { test } from "node:test";
import assert from "node:assert/strict";
import { IntervalIndex } from "../../src/util/IntervalIndex.js";
import { mulberry32 } from "../../src/util/mulberry32.js";

type Iv = { start: number; end: number; id: number };
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test("IntervalIndex: half-open overlap, touching intervals do not overlap", () => {
  const idx = new IntervalIndex<Iv>([
    { start: 10, end: 20, id: 1 },
    { start: 0, end: 5, id: 0 },
    { start: 20, end: 30, id: 2 },
  ]);
  assert.deepEqual(idx.overlapping({ start: 5, end: 10 }).map((x) => x.id), []);
  assert.deepEqual(idx.overlapping({ start: 19, end: 21 }).map((x) => x.id), [1, 2]);
  assert.deepEqual(idx.overlapping({ start: 0, end: 100 }).map((x) => x.id), [0, 1, 2]);
  assert.equal(idx.any({ start: 5, end: 10 }), false);
  assert.equal(idx.any({ start: 4, end: 5 }), true);
  assert.equal(new IntervalIndex<Iv>([]).any({ start: 0, end: 1 }), false);
});

test("IntervalIndex: a long interval before short ones is still found (running max end)", () => {
  const idx = new IntervalIndex<Iv>([
    { start: 0, end: 100, id: 0 },
    { start: 1, end: 2, id: 1 },
    { start: 3, end: 4, id: 2 },
  ]);
  assert.deepEqual(idx.overlapping({ start: 50, end: 60 }).map((x) => x.id), [0]);
});

test("IntervalIndex: same answers as the brute-force scan on random intervals", () => {
  const rnd = mulberry32(7);
  for (let round = 0; round < 50; round++) {
    const items: Iv[] = [];
    const n = Math.floor(rnd() * 40);
    for (let i = 0; i < n; i++) {
      const start = Math.floor(rnd() * 200);
      items.push({ start, end: start + Math.floor(rnd() * (rnd() < 0.2 ? 80 : 8)), id: i });
    }
    const idx = new IntervalIndex(items);
    for (let k = 0; k < 40; k++) {
      const start = Math.floor(rnd() * 220) - 10;
      const q = { start, end: start + Math.floor(rnd() * 30) };
      const want = items.filter((x) => overlaps(x, q)).map((x) => x.id).sort((a, b) => a - b);
      assert.deepEqual(idx.overlapping(q).map((x) => x.id).sort((a, b) => a - b), want, JSON.stringify(q));
      assert.equal(idx.any(q), want.length > 0);
    }
  }
});
