import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreClusters } from "../../src/eval/stories/scoreClusters.js";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

test("scoreClusters: hand-computed pairwise and B-cubed scores", () => {
  // gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
  const gold = new Map([["a", 1], ["b", 1], ["c", 1], ["d", 2], ["e", 2]]);
  const pred = new Map([["a", "x"], ["b", "x"], ["c", "y"], ["d", "y"], ["e", "y"]]);
  const s = scoreClusters(pred, gold);
  // gold pairs: ab ac bc de = 4; predicted pairs: ab cd ce de = 4; correct: ab de = 2
  assert.equal(s.pairwise.goldPairs, 4);
  assert.equal(s.pairwise.predictedPairs, 4);
  assert.equal(s.pairwise.correctPairs, 2);
  close(s.pairwise.precision, 0.5);
  close(s.pairwise.recall, 0.5);
  close(s.pairwise.f1, 0.5);
  // B-cubed precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15
  // B-cubed recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → (2/3+2/3+1/3+1+1)/5 = 11/15
  close(s.bcubed.precision, 11 / 15);
  close(s.bcubed.recall, 11 / 15);
  assert.equal(s.items, 5);
});

test("scoreClusters: all singletons predicted → pairwise precision 1, recall 0", () => {
  const gold = new Map([[1, "g"], [2, "g"], [3, "h"]]);
  const pred = new Map([[1, 1], [2, 2], [3, 3]]);
  const s = scoreClusters(pred, gold);
  assert.equal(s.pairwise.precision, 1);
  assert.equal(s.pairwise.recall, 0);
  assert.equal(s.pairwise.f1, 0);
  close(s.bcubed.precision, 1);
  close(s.bcubed.recall, (1 / 2 + 1 / 2 + 1) / 3);
});

test("scoreClusters: an item missing from the prediction is a singleton", () => {
  const gold = new Map([["a", 1], ["b", 1]]);
  const pred = new Map([["a", 1]]);
  const s = scoreClusters(pred, gold);
  assert.equal(s.pairwise.correctPairs, 0);
  assert.equal(s.pairwise.recall, 0);
});
