import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { recordClaims } from "../../src/story/claims/records.js";
import { eventClassClaims } from "../../src/story/claims/eventClass.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";

const an = (text: string, outlet = "Test Wire") => analyze({ text, published: "2023-02-07", outlet });

test("record comparisons: the year, and who the article credits (table, with negatives)", () => {
  const rows: [string, string[]][] = [
    ["President Recep Tayyip Erdogan called it the deadliest calamity to hit the nation since the 1939 earthquake.", ["1939 Recep Tayyip Erdogan"]],
    ["The earthquake is likely to be one of the deadliest on record since 1939.", ["1939 (outlet)"]],
    // A reported statement keeps its speaker, never the outlet's own.
    ["It was the deadliest quake since 1999, officials said.", ["1999 officials"]],
    // Negatives: a record credited by a verb but to no person is left out; the year in another
    // clause than the superlative; no superlative.
    ["The agency described it as the strongest tremor since 1999.", []],
    ["The town has been rebuilt since 1939; it was the largest in the valley.", []],
    ["Rescuers have worked in the region since 2011.", []],
  ];
  for (const [text, want] of rows) {
    const got = recordClaims(an(text), (n, p) => actorKey(n, p)).map((r) => `${r.year} ${r.speakerName ?? "(outlet)"}`);
    assert.deepEqual(got, want, text);
  }
});

test("a record credited to a person in one outlet and stated by another is an attribution shift", () => {
  const r = compareStory([
    an("President Recep Tayyip Erdogan called it the deadliest calamity to hit the nation since the 1939 earthquake.", "A"),
    an("The earthquake that struck on Monday is likely to be one of the deadliest on record since 1939.", "B"),
    an("The quake was the strongest since 1999 in the province, the monitoring agency said.", "C"),
  ]);
  assert.deepEqual(r.attributionShifts.map((s) => `${s.shift}: ${s.a.speaker} / ${s.b.speaker}`), ["person→unattributed: Recep Tayyip Erdogan / null"]);
});

test("the second event: a class given and a class denied (table, with negatives)", () => {
  const classes = (text: string) => eventClassClaims(an(text)).map((l) => `${l.negated ? "not " : ""}${l.classNoun}`);
  assert.deepEqual(classes("Another 7.7 magnitude aftershock hit nearby several hours later."), ["aftershock"]);
  assert.deepEqual(classes("The second quake struck at 13:24 local time. An official said it was “not an aftershock” and was independent."), ["not aftershock", "quake"]);
  assert.deepEqual(classes("The minister said it was not an easy decision."), [], "'it' not about a second event");
  assert.deepEqual(classes("Rescuers tried another time."), [], "not a class noun");
});

test("a class one outlet gives the second event and another denies is a label difference; agreeing outlets are not", () => {
  const r = compareStory([
    an("Another 7.7 magnitude aftershock hit nearby several hours later, after rescue efforts had begun.", "A"),
    an("The second quake struck at 13:24 local time. An official said it was “not an aftershock” and was independent from the earlier quake.", "B"),
  ]);
  const item = r.framing.labels.find((l) => l.actor === "the second event");
  assert.ok(item, JSON.stringify(r.framing.labels));
  assert.deepEqual(item.byOutlet.map((o) => `${o.outlet}: ${o.labels.map((x) => x.text).join(", ")}`).sort(), ["A: 7.7 magnitude aftershock", "B: “not an aftershock”"]);
  const agree = compareStory([
    an("Another 7.7 magnitude aftershock hit nearby several hours later, after rescue efforts had begun.", "A"),
    an("A second 7.6 magnitude aftershock struck the same region twelve hours later.", "B"),
  ]);
  assert.deepEqual(agree.framing.labels.map((l) => l.actor), []);
});
