// Presence: facts some outlets carry and others leave out, shown with both sides — the carriers'
// sentences and, in the outlets leaving the fact out, the sentence telling the same thing
// without it; counts of known counted things ("14 aircraft") as facts; a size with no dimension
// word settled to the dimension the story states for the thing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { differenceItems } from "../../src/story/report/differenceItems.js";
import { settleDimensions } from "../../src/story/compare/figureDimensions.js";
import type { FigureClaim } from "../../src/story/claims/types.js";

const story = (texts: [string, string][]) => compareStory(texts.map(([outlet, text]) => analyze({ outlet, text, published: "2032-08-11" })));

test("omission of a count of things, with the counterpart sentence of the outlet leaving it out", () => {
  const r = story([
    ["A", "More than 600 firefighters and 14 aircraft were battling the blaze near Salter Creek."],
    ["B", "Some 450 firefighters and 14 aircraft are on the fire near Salter Creek."],
    ["C", "Upwards of 600 firemen and 14 airplanes are combating the blaze near Salter Creek."],
    ["D", "Firefighters from six counties were still battling the blaze near Salter Creek on Wednesday."],
  ]);
  const items = differenceItems(r).filter((it) => it.kind === "omission");
  assert.deepEqual(items.map((it) => it.title), ["aircraft: 14 aircraft: missing from 1"]);
  assert.deepEqual(items[0].sides[1].map((e) => `${e.outlet}: ${e.sentence.text}`), ["D: Firefighters from six counties were still battling the blaze near Salter Creek on Wednesday."]);
});

test("omission negatives: a people count by its noun alone, and an outlet with no sentence on the topic has no counterpart", () => {
  const r = story([
    ["A", "Among the dead were 3 children, officials said of the blast in Brannock."],
    ["B", "The blast in Brannock killed workers; 3 children were among the dead, officials said."],
    ["C", "Officials said 3 children died in the Brannock blast."],
    ["D", "Shares in Velt Chemicals fell sharply on Friday."],
  ]);
  assert.deepEqual(differenceItems(r).filter((it) => it.kind === "omission").map((it) => it.title), []);
  const s = story([
    ["A", "Crews with 14 aircraft fought the fire near Salter Creek."],
    ["B", "Officials said 14 aircraft dropped water on the fire near Salter Creek."],
    ["C", "The fire near Salter Creek was fought by 14 aircraft."],
    ["D", "Shares in the power company fell sharply on Friday."],
  ]);
  const items = differenceItems(s).filter((it) => it.kind === "omission");
  assert.equal(items.length, 1);
  assert.equal(items[0].sides.length, 1, "no counterpart sentence in D");
});

const fig = (quantity: string): FigureClaim => ({ quantity, unit: "m" } as FigureClaim);

test("a size with no dimension word takes the thing's sole stated dimension, else its length", () => {
  const docs = [
    { claims: { figures: [fig("size (dam)"), fig("size (train)"), fig("size (tanker)")] } },
    { claims: { figures: [fig("height (dam)"), fig("length (train)"), fig("length (tanker)"), fig("height (tanker)")] } },
  ];
  settleDimensions(docs);
  assert.deepEqual(docs[0].claims.figures.map((f) => f.quantity), ["height (dam)", "length (train)", "length (tanker)"]);
});
