// quoteChains (src/stages/quotes/quoteChains.ts): continuation chains followed to their root,
// shared by the PolNeAR converter (src/eval/runners.ts) and the model's rule roles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quoteChains } from "../../src/stages/quotes/quoteChains.js";
import type { Quote } from "../../src/types.js";

const q = (id: string, start: number, continues?: string): Quote =>
  ({ id, type: "direct", content: { start, end: start + 5, text: "xxxxx" }, speaker: null, cue: null, ...(continues ? { continues } : {}) }) as unknown as Quote;

const cases: Array<{ name: string; quotes: Quote[]; chains: string[][] }> = [
  { name: "no continuations: one chain each, in input order", quotes: [q("q1", 0), q("q2", 10)], chains: [["q1"], ["q2"]] },
  { name: "a chain of three followed to its root", quotes: [q("q1", 0), q("q2", 10, "q1"), q("q3", 20, "q2")], chains: [["q1", "q2", "q3"]] },
  { name: "members sorted by content start", quotes: [q("q2", 30, "q1"), q("q1", 0)], chains: [["q1", "q2"]] },
  { name: "a continuation of an unknown quote is its own root", quotes: [q("q1", 0), q("q2", 10, "q9")], chains: [["q1"], ["q2"]] },
  { name: "a cycle ends the walk (no hang)", quotes: [q("q1", 0, "q2"), q("q2", 10, "q1")], chains: [["q1"], ["q2"]] },
  { name: "two chains interleaved", quotes: [q("q1", 0), q("q2", 10), q("q3", 20, "q1"), q("q4", 30, "q2")], chains: [["q1", "q3"], ["q2", "q4"]] },
];

for (const c of cases) {
  test(`quoteChains: ${c.name}`, () => {
    assert.deepEqual(quoteChains(c.quotes).map((chain) => chain.map((x) => x.id)), c.chains);
  });
}
