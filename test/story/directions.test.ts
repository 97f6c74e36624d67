// Directions from one reference place that contradict each other across outlets
// (src/story/compare/directions.ts), with the negatives the rule must leave alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";

const places = (texts: [string, string][]) =>
  compareStory(texts.map(([outlet, text]) => analyze({ outlet, text, published: "2033-04-19" })))
    .placeConflicts.map((p) => `${p.topic}: ${p.sides.map((s) => s.place).join(" ≠ ")}`);

test("opposite directions from one place across outlets are a place conflict", () => {
  assert.deepEqual(places([
    ["A", "The town of Arvenne lies 25 km south of the dam."],
    ["B", "The town Arvenne lies 25 kilometres north of the dam."],
  ]), ["what lies south or north of the dam: south of the dam ≠ north of the dam"]);
  assert.deepEqual(places([
    ["A", "A pipeline leaked oil into the river east of Halvik on Sunday."],
    ["B", "The pipeline lies 8 kilometres west of Halvik."],
  ]), ["what lies east or west of Halvik: east of Halvik ≠ west of Halvik"]);
  assert.deepEqual(places([
    ["A", "A wildfire broke out on Tuesday north of Salter Creek."],
    ["B", "About 4,000 residents were evacuated from the hills south of Salter Creek."],
  ]), ["what lies north or south of Salter Creek: north of Salter Creek ≠ south of Salter Creek"]);
});

test("direction negatives: same or near directions, two directions in one outlet, regions, countries, unrelated sentences", () => {
  // North and north-east do not point apart.
  assert.deepEqual(places([["A", "The dam lies north of Arvenne."], ["B", "The dam lies north-east of Arvenne."]]), []);
  // One outlet naming both directions speaks of two things.
  assert.deepEqual(places([["A", "Fires burned north of Arvenne and floods hit villages south of Arvenne."], ["B", "The fire burned north of Arvenne."]]), []);
  // "the north of" names a region; a country is no reference.
  assert.deepEqual(places([["A", "Floods covered the north of Lusk on Monday."], ["B", "Floods covered villages south of Lusk on Monday."]]), []);
  assert.deepEqual(places([["A", "Russia lies east of Ukraine, officials said."], ["B", "Poland lies west of Ukraine, officials said."]]), []);
  // Unrelated sentences: no shared word besides the place, no incident in both.
  assert.deepEqual(places([["A", "Grain stores stand north of Halvik."], ["B", "A new school opened south of Halvik."]]), []);
});
