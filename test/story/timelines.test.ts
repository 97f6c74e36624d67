import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import { averageLink } from "../../src/story/cluster/averageLink.js";
import { endsCut } from "../../src/story/compare/presence.js";
import { figureScope } from "../../src/story/claims/figureScope.js";
import type { FigureTimeline } from "../../src/story/StoryReport.js";

const art = (text: string, published: string | null, outlet: string) => analyze({ text, published, outlet });
const values = (t: FigureTimeline | undefined) => t?.entries.map((e) => `${e.approx === "exact" ? "" : e.approx + " "}${e.value}`);
const find = (r: ReturnType<typeof compareStory>, q: string, scope: string | null = null) => r.figureTimelines.find((t) => t.quantity === q && t.scope === scope);

test("timeline: a toll that grows over days is updates, two values on the same day disagree", () => {
  const r = compareStory([
    art("The quake killed at least 40 people in the valley, officials said on Monday.", "2031-05-05", "A"),
    art("The death toll from the quake in the valley stood at 112 on Wednesday.", "2031-05-07", "B"),
    art("The death toll from the quake in the valley has risen to 130, rescuers said.", "2031-05-07", "C"),
  ]);
  const t = find(r, "deaths");
  assert.deepEqual(values(t), ["at least 40", "112", "130"], JSON.stringify(r.figureTimelines.map((x) => [x.quantity, x.scope, values(x)])));
  assert.deepEqual(t!.disagreements.map((d) => [d.a, d.b, d.reason]), [[1, 2, "different values on the same day"]]);
  assert.deepEqual(t!.entries.map((e) => e.date), ["2031-05-05", "2031-05-07", "2031-05-07"]);
});

test("timeline: a magnitude is one value, whatever the day; a second quake is its own quantity", () => {
  const r = compareStory([
    art("A magnitude 7.8 earthquake struck the border region early on Monday. A second quake of magnitude 7.5 hit hours later.", "2031-05-05", "A"),
    art("An earthquake with a magnitude of 7.9 struck the border region on Monday.", "2031-05-06", "B"),
    art("Another quake, of magnitude 7.6, struck the same region later on Monday.", "2031-05-06", "C"),
  ]);
  assert.deepEqual(values(find(r, "magnitude")), ["7.8", "7.9"]);
  assert.deepEqual(find(r, "magnitude")!.disagreements.map((d) => d.reason), ["different values"]);
  assert.deepEqual(values(find(r, "magnitude (second event)")), ["7.5", "7.6"]);
});

test("timeline: depths in km and miles are one quantity; a conversion in brackets is not a second value", () => {
  const r = compareStory([
    art("The quake struck at a depth of 17.9km (11 miles) near the city, the survey said.", null, "A"),
    art("The quake struck at a depth of 10 miles near the city.", null, "B"),
  ]);
  assert.deepEqual(values(find(r, "depth")), ["16.1", "17.9"]);
  assert.equal(find(r, "depth")!.unit, "km");
});

test("timeline: tolls are split by the country they count when two countries are each given by two articles; history is left out", () => {
  const r = compareStory([
    art("In Turkey, 912 people have died, the president said. In Syria, the toll rose to 371. The 1939 earthquake left 32,000 dead.", "2031-02-06", "A"),
    art("At least 1,014 people have died in Turkey, the agency said. The Syrian health ministry said 380 people have died.", "2031-02-06", "B"),
    art("The quake killed 1,200 people in the region, officials said.", "2031-02-06", "C"),
  ]);
  const show = JSON.stringify(r.figureTimelines.map((x) => [x.quantity, x.scope, values(x)]));
  assert.deepEqual(values(find(r, "deaths", "Turkey")), ["912", "at least 1014"], show);
  assert.deepEqual(values(find(r, "deaths", "Syria")), ["371", "380"], show);
  assert.ok(!r.figureTimelines.some((t) => t.entries.some((e) => e.value === 32000)), "the 1939 toll is history");
});

test("timeline: a count given for one country only is not split off (“Russian investigators said 143”)", () => {
  const r = compareStory([
    art("Russian investigators said 143 people were killed in the attack.", null, "A"),
    art("The attack killed 137 people, officials said.", null, "B"),
  ]);
  assert.deepEqual(r.figureTimelines.map((t) => [t.quantity, t.scope, values(t)]), [["deaths", null, ["137", "143"]]]);
});

test("figureScope: countries, demonyms, held areas", () => {
  const table: [string, string | null][] = [
    ["in turkey", "Turkey"],
    ["syrian state media reported", "Syria"],
    ["across turkey and syria", "Syria, Turkey"],
    ["in the rebel-held north-west of syria", "Syria (opposition-held areas)"],
    ["in the concert hall", null],
    ["the us embassy said", null],
  ];
  for (const [clause, want] of table) assert.equal(figureScope(clause.split(" ")), want, clause);
});

test("endsCut: an excerpt stopping mid-sentence", () => {
  assert.equal(endsCut("The toll rose to 40. Rescuers sai"), true);
  assert.equal(endsCut("The toll rose to 40.\n"), false);
  assert.equal(endsCut("“We will rebuild,” she said.”"), false);
});

test("averageLink: merges by group average, stops at the threshold, independent of edge order", () => {
  const edges = [
    { a: 0, b: 1, w: 0.9 },
    { a: 1, b: 2, w: 0.8 },
    { a: 0, b: 2, w: 0.7 },
    { a: 2, b: 3, w: 0.3 },
    { a: 3, b: 4, w: 0.9 },
  ];
  const want = [[0, 1, 2], [3, 4]];
  assert.deepEqual(averageLink(5, edges, { threshold: 0.2 }), want);
  assert.deepEqual(averageLink(5, [...edges].reverse(), { threshold: 0.2 }), want);
  // {0,1,2} ~ {3,4}: (0.3) / 6 = 0.05 average: merged only below that.
  assert.deepEqual(averageLink(5, edges, { threshold: 0.04 }), [[0, 1, 2, 3, 4]]);
  // A gate (e.g. time apart) can keep two groups apart.
  assert.deepEqual(averageLink(5, edges, { threshold: 0.04, gate: (x, y) => (x.includes(3) || y.includes(3) ? 0.5 : 1) }), want);
});

test("quote variant: a short fragment reworded (“a huge tragedy” / “a great tragedy”)", () => {
  const r = compareStory([
    art("Mayor Sergei Volkov called the fire a “huge tragedy” and declared a day of mourning.", "2031-03-23", "A"),
    art("Mayor Sergei Volkov called it “a great tragedy.” Firefighters worked through the night.", "2031-03-23", "B"),
  ]);
  assert.equal(r.quoteVariants.length, 1, JSON.stringify(r.quoteVariants.map((v) => [v.a.label, v.b.label])));
  assert.deepEqual(r.quoteVariants[0].diff.filter((d) => d.op !== "same").map((d) => [d.a, d.b]), [["huge", "a great"]]);
});

/** Each actor's labels per outlet, as "outlet: label, label" lines. */
function labelsByActor(r: ReturnType<typeof compareStory>): Map<string, string[]> {
  return new Map(r.framing.labels.map((l) => [l.actor, l.byOutlet.map((o) => `${o.outlet}: ${o.labels.map((x) => x.text).join(", ")}`)]));
}

test("labels: a name transliterated differently, and a held area named differently, are listed per outlet", () => {
  const r = compareStory([
    art("Dalerdzhon Mirzoyev told the court he was guilty, his lawyer said. In the rebel-held north, rescuers searched the rubble.", "2031-03-24", "A"),
    art("Dalerjon Mirzoev told the court he was guilty, his lawyer said. In the opposition-controlled north, rescuers searched the rubble.", "2031-03-24", "B"),
  ]);
  const byActor = labelsByActor(r);
  const suspect = [...byActor.entries()].find(([k]) => /Mirzo/.test(k));
  assert.ok(suspect, JSON.stringify([...byActor.entries()]));
  assert.deepEqual(suspect[1], ["A: Dalerdzhon Mirzoyev", "B: Dalerjon Mirzoev"]);
  assert.deepEqual(byActor.get("opposition-held areas"), ["A: rebel-held", "B: opposition-controlled"]);
});

test("labels: initials against a full given name are one person spelt two ways", () => {
  const r = compareStory([
    art("Chief Secretary Pradeep Jena said 120 people were in hospital in Tarnow.", "2031-03-24", "A"),
    art("Chief Secretary PK Jena said 120 people were in hospital in Tarnow.", "2031-03-24", "B"),
  ]);
  const byActor = labelsByActor(r);
  const who = [...byActor.entries()].find(([k]) => /Jena/.test(k));
  assert.ok(who, JSON.stringify([...byActor.entries()]));
  assert.deepEqual(who[1], ["A: Chief Secretary, Pradeep Jena", "B: Chief Secretary, PK Jena"]);
});

test("labels: two people who share a surname are not a spelling difference", () => {
  const r = compareStory([
    art("Chief Secretary Pradeep Jena said 120 people were in hospital in Tarnow.", "2031-03-24", "A"),
    art("Health Minister Mamata Jena said 120 people were in hospital in Tarnow.", "2031-03-24", "B"),
  ]);
  assert.ok(!r.framing.labels.some((l) => /Jena/.test(l.actor)), JSON.stringify(r.framing.labels.map((l) => l.actor)));
});

test("labels: the same name everywhere is no difference", () => {
  const r = compareStory([
    art("Dalerjon Mirzoev told the court he was guilty, his lawyer said.", "2031-03-24", "A"),
    art("Dalerjon Mirzoev told the judge he was guilty, his lawyer said.", "2031-03-24", "B"),
  ]);
  assert.deepEqual(r.framing.labels, []);
});

test("preview: cut at a word boundary, never mid-word", async () => {
  const { preview } = await import("../../src/story/report/preview.js");
  assert.equal(preview("we will judge Dovaria by its actions and not its words", 34), "we will judge Dovaria by its…");
  assert.equal(preview("short", 34), "short");
});

test("money and plural units: £48m vs £46m is an amount in GBP, 120 vs 130 businesses; articles without outlet are named alike everywhere", () => {
  const r = compareStory([
    analyze({ text: "The council will spend £48m on the project, which 120 businesses backed, officials said.", published: "2031-01-05" }),
    analyze({ text: "The council will spend £46m on the project, which 130 businesses backed, officials said.", published: "2031-01-05" }),
  ]);
  assert.deepEqual(r.numericConflicts.map((c) => `${c.quantity}: ${c.a.value}/${c.b.value}`).sort(), ["amount (GBP): 46000000/48000000", "business: 120/130"]);
  const outlets = new Set(r.numericConflicts.flatMap((c) => [...c.a.evidence, ...c.b.evidence].map((e) => e.outlet)));
  assert.deepEqual([...outlets].sort(), ["article 1", "article 2"]);
  assert.deepEqual(r.sources.map((s) => s.outlet), ["article 1", "article 2"]);
});
