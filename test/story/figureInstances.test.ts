import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import type { FigureTimeline } from "../../src/story/StoryReport.js";

const art = (text: string, outlet: string) => analyze({ text, published: "2031-02-06", outlet });
const values = (t: FigureTimeline | undefined) => t?.entries.map((e) => `${e.approx === "exact" ? "" : e.approx + " "}${e.value}`);
const find = (r: ReturnType<typeof compareStory>, q: string) => r.figureTimelines.find((t) => t.quantity === q);
const show = (r: ReturnType<typeof compareStory>) => JSON.stringify(r.figureTimelines.map((x) => [x.quantity, values(x)]));

test("instances: an aftershock minutes after the first quake is not the second quake", () => {
  const r = compareStory([
    art("A magnitude 7.8 earthquake struck the region. Another earthquake of 6.7-magnitude struck 15 minutes later.", "A"),
    art("Hours later, a second quake, which had a magnitude of 7.5, hit the district.", "B"),
    art("Less than 12 hours later, a second 7.6 magnitude tremor struck the same region.", "C"),
  ]);
  assert.deepEqual(values(find(r, "magnitude (second event)")), ["7.5", "7.6"], show(r));
  assert.ok(!r.numericConflicts.some((c) => c.a.value === 6.7 || c.b.value === 6.7), JSON.stringify(r.numericConflicts.map((c) => [c.quantity, c.a.value, c.b.value])));
});

test("instances: a magnitude that more articles give for the second quake is the second quake's", () => {
  const texts = [
    "A powerful earthquake of magnitude 7.8 struck southern Turkey on Monday.",
    "The earthquake had a magnitude of 7.9, the agency said.",
    "Hours later, a second quake, which had a magnitude of 7.5, hit the district.",
    "A few hours later, a second quake with a magnitude of 7.5 struck the same region.",
    "Aftershocks were felt for hours, including a severe quake measuring magnitude 7.5.",
  ];
  const r = compareStory(texts.map((t, i) => art(t, `O${i}`)));
  assert.deepEqual(values(find(r, "magnitude")), ["7.8", "7.9"], show(r));
  // Negative: given plain by more articles than as the second quake's, 7.5 stays a plain magnitude.
  const r2 = compareStory([...texts.slice(0, 3), "A quake measuring magnitude 7.5 struck on Monday.", "The quake's magnitude was 7.5."].map((t, i) => art(t, `O${i}`)));
  assert.deepEqual(values(find(r2, "magnitude")), ["7.5", "7.8", "7.9"], show(r2));
});
