import { test } from "node:test";
import assert from "node:assert/strict";
import { firstStartingAt } from "../../src/document/firstStartingAt.js";

const spans = [{ start: 0 }, { start: 4 }, { start: 9 }, { start: 9 }, { start: 15 }];

test("firstStartingAt: the first span starting at or after the offset", () => {
  const rows: [offset: number, index: number][] = [[-1, 0], [0, 0], [1, 1], [4, 1], [5, 2], [9, 2], [10, 4], [15, 4], [16, 5]];
  for (const [offset, index] of rows) assert.equal(firstStartingAt(spans, offset), index, `offset ${offset}`);
  assert.equal(firstStartingAt([], 3), 0);
});
