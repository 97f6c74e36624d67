// SpanBuckets (a growing set of intervals queried for overlap) against the brute-force scan it
// replaces in the quote refiner, on random intervals: nested, long, empty and touching ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SpanBuckets } from "../../src/util/SpanBuckets.js";
import { mulberry32 } from "../../src/util/mulberry32.js";

type Iv = { start: number; end: number };
const overlap = (a: Iv, b: Iv) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

test("SpanBuckets: every interval overlapping a query is visited, as it grows", () => {
  const rand = mulberry32(7);
  for (const width of [1, 16, 2048]) {
    const idx = new SpanBuckets<Iv>(width);
    const all: Iv[] = [];
    for (let i = 0; i < 600; i++) {
      const start = Math.floor(rand() * 20_000);
      const len = rand() < 0.1 ? 0 : rand() < 0.1 ? Math.floor(rand() * 6_000) : Math.floor(rand() * 300);
      const x = { start, end: start + len };
      idx.add(x);
      all.push(x);
      const q0 = Math.floor(rand() * 20_000);
      const q = { start: q0, end: q0 + Math.floor(rand() * 500) + 1 };
      for (const min of [1, 0.5 * (q.end - q.start)]) {
        const test = (c: Iv) => overlap(c, q) >= min && overlap(c, q) > 0;
        assert.equal(idx.some(q, test), all.some(test), `width ${width}, query ${q.start}-${q.end}`);
      }
    }
    assert.equal(idx.size, 600);
  }
});

test("SpanBuckets: touching intervals do not overlap; each interval visited once", () => {
  const idx = new SpanBuckets<Iv>(4);
  idx.add({ start: 0, end: 10 });
  idx.add({ start: 10, end: 20 });
  let visits = 0;
  idx.some({ start: 0, end: 20 }, () => (visits++, false));
  assert.equal(visits, 2);
  assert.equal(idx.some({ start: 10, end: 12 }, (c) => overlap(c, { start: 10, end: 12 }) > 0), true);
  assert.equal(idx.some({ start: 20, end: 30 }, (c) => overlap(c, { start: 20, end: 30 }) > 0), false);
});
