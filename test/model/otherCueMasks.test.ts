// otherCueMasks (one cover count per document, a mask filled per argument window) against
// otherCueMask (a whole-document mask per cue, which cost cues × tokens on large texts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { otherCueMask, otherCueMasks } from "../../src/model/attribution/argumentTagger.js";
import { mulberry32 } from "../../src/util/mulberry32.js";

test("otherCueMasks equals otherCueMask inside every window (overlapping and repeated cues too)", () => {
  const rand = mulberry32(3);
  for (let round = 0; round < 50; round++) {
    const n = 1 + Math.floor(rand() * 200);
    const cues = Array.from({ length: Math.floor(rand() * 12) }, () => {
      const first = Math.floor(rand() * n);
      return { first, last: Math.min(n - 1, first + Math.floor(rand() * 4)) };
    });
    if (cues.length && rand() < 0.3) cues.push(cues[0]); // the same cue object twice
    const masks = otherCueMasks(n, cues);
    for (const cue of cues) {
      const from = Math.floor(rand() * n);
      const to = from + Math.floor(rand() * (n - from + 1));
      const got = masks(cue, from, to);
      const want = otherCueMask(n, cues, cue);
      assert.deepEqual(Array.from(got.subarray(from, to)), Array.from(want.subarray(from, to)), `round ${round}`);
    }
  }
});
