// Statement facts (src/story/compare/statementFacts.ts): a sentence three independent outlets
// carry that is no figure or quotation, shown as an omission against the outlets leaving it out,
// with the sentence they give instead; scenes, chains and facts of two sources are left out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { differenceItems } from "../../src/story/report/differenceItems.js";

const omissions = (texts: [string, string][]) =>
  differenceItems(compareStory(texts.map(([outlet, text]) => analyze({ outlet, text, published: "2033-09-18" }))))
    .filter((it) => it.kind === "omission")
    .map((it) => `${it.title} | ${it.sides.map((s) => s.map((e) => e.outlet).join(",")).join(" / ")}`);

const CRUSH = "Twelve people died in the crush at the Kessel Arena on Saturday night.";

test("a statement three independent outlets carry is an omission for the others (D has no sentence on it: no counterpart)", () => {
  assert.deepEqual(omissions([
    ["A", `${CRUSH} Interior Minister Maren Voss ordered an inquiry into the crush.`],
    ["B", `Fans mourned at the Kessel Arena on Sunday. The interior minister has ordered an inquiry.`],
    ["C", `Supporters gathered at the Kessel Arena. Interior Minister Maren Voss has ordered an independent inquiry.`],
    ["D", `Supporters blamed the police for the crush at the Kessel Arena on Saturday night.`],
  ]), ["statement: inquiry, interior, minister, ordered: missing from 1 | A,B,C"]);
});

test("statement negatives: two sources only, a scene with no name or number, the story's own words", () => {
  assert.deepEqual(omissions([
    ["A", `${CRUSH} Interior Minister Maren Voss ordered an inquiry.`],
    ["B", `${CRUSH} Interior Minister Maren Voss has ordered an inquiry.`],
    ["C", `${CRUSH} Fans laid flowers.`],
  ]), []);
  assert.deepEqual(omissions([
    ["A", `${CRUSH} Crews pulled away chunks of concrete and twisted metal.`],
    ["B", `${CRUSH} Rescuers pulled survivors from concrete and twisted metal.`],
    ["C", `${CRUSH} Volunteers pulled people from twisted metal and concrete slabs.`],
    ["D", `${CRUSH} Fans laid flowers.`],
  ]), []);
});
