// wink-nlp keeps a word cache across documents (issue 17): a text must be read the same after
// any other text, and the cache must not grow with the number of texts read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { segment } from "../../src/document/segment.js";
import { winkInstance } from "../../src/document/winkInstance.js";

const B = "Trump’s campaign said on Monday that the rally would go ahead. CNN’s show was cancelled.";
// "Trump’s" before a full stop: wink adds it to its lexicon as one word
const A = "It was Trump’s. It was CNN’s.";

test("a text is tokenised and analysed the same after another text as alone", () => {
  const alone = segment(B).tokens.map((t) => t.text);
  const analysedAlone = JSON.stringify(analyze(B));
  segment(A);
  assert.deepEqual(segment(B).tokens.map((t) => t.text), alone);
  analyze(A);
  assert.equal(JSON.stringify(analyze(B)), analysedAlone);
  assert.ok(alone.includes("Trump") && alone.includes("’s"), alone.join(" | "));
});

test("the cache holds the words of the last text only, however many texts were read", () => {
  const sizes: number[] = [];
  for (let i = 0; i < 300; i++) {
    // every text has ten words no lexicon knows
    const words = Array.from({ length: 10 }, (_, k) => `Zq${(i * 10 + k).toString(36)}vex`);
    segment(`${words.join(" ")} said the plan would work.`);
    sizes.push(winkInstance().added());
  }
  const max = Math.max(...sizes);
  assert.ok(max > 0 && max <= 40, `words added after one text: at most ${max}`);
  assert.ok(sizes[299] <= sizes[0] + 5, `${sizes[0]} after the first text, ${sizes[299]} after the 300th`);
});
