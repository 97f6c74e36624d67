// Table tests for measures (claims/measures.ts): sizes, weights and speeds keyed by the thing they
// measure, in one unit per dimension; negatives that must give no measure or another key.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";

function measures(text: string): string[] {
  const a = analyze({ text, published: "2031-02-02", outlet: "T" });
  return extractClaims(a, (n, p) => actorKey(n, p))
    .figures.filter((f) => ["m", "t", "km/h"].includes(f.unit))
    .map((f) => `${f.quantity}=${f.value} ${f.unit}`);
}

// A size with no dimension word ("the 2-kilometre train") is a `size` in one article; the story settles it (figureDimensions).
const ROWS: [string, string[]][] = [
  ["The 1.2-mile-long train was travelling at 47 mph when a bearing failed.", ["length (train)=1931.2 m", "speed=75.6 km/h"]],
  ["The 2-kilometre train was moving at about 75 km/h, investigators said.", ["size (train)=2000 m", "speed=75 km/h"]],
  ["The train, nearly 3 miles long, was travelling at 57 mph.", ["length (train)=4828 m", "speed=91.7 km/h"]],
  ["The train had a length of about 1,900 metres and drove with a speed of 76 kilometres per hour.", ["length (train)=1900 m", "speed=76 km/h"]],
  ["A 300-metre tanker carrying fuel ran aground.", ["size (tanker)=300 m"]],
  ["The ship is nearly 1,000 feet long.", ["length (ship)=304.8 m"]],
  ["A 40-tonne drilling rig has been flown in.", ["weight (rig)=40 t"]],
  ["A 25-ton drilling machine is being brought to the site.", ["weight (machine)=22.7 t"]],
  ["The drilling machine weighs 40 tonnes.", ["weight (machine)=40 t"]],
  ["The company produced 210,000 tonnes of copper last year.", ["weight (copper)=210000 t"]],
  ["The ferry was sailing at 12 knots.", ["speed=22.2 km/h"]],
  ["The express was running at 128 kmph when it left the track.", ["speed=128 km/h"]],
  // Negatives: a distance is no size; a bare unit says of nothing what it measures.
  ["Its Lappo mine, 60 km away, was unaffected.", []],
  ["The convoy drove 300 kilometres to the border.", []],
  ["Police found 5 kg of explosives.", ["weight (explosive)=0.005 t"]],
];

for (const [text, want] of ROWS) {
  test(`measures: ${text}`, () => assert.deepEqual(measures(text), want));
}

test("measures: one size in three units is no difference; another size is", () => {
  const r = compareStory([
    analyze({ text: "The 1.2-mile-long train derailed at 47 mph.", outlet: "A", published: "2031-02-02" }),
    analyze({ text: "The 2-kilometre train derailed at about 75 km/h.", outlet: "B", published: "2031-02-02" }),
    analyze({ text: "The train had a length of about 1,900 metres and derailed at 76 kilometres per hour.", outlet: "C", published: "2031-02-02" }),
  ]);
  assert.deepEqual(r.numericConflicts.map((c) => c.quantity), []);
  assert.deepEqual(r.qualifierDifferences.map((c) => c.quantity), []);
  for (const t of r.figureTimelines) assert.deepEqual(t.disagreements, [], t.quantity);
  const r2 = compareStory([
    analyze({ text: "The 1.2-mile-long train derailed at 47 mph.", outlet: "A", published: "2031-02-02" }),
    analyze({ text: "The train, nearly 3 miles long, derailed at 57 mph.", outlet: "B", published: "2031-02-02" }),
  ]);
  assert.deepEqual(r2.numericConflicts.map((c) => `${c.quantity} ${c.a.value}/${c.b.value}`), ["speed 75.6/91.7"]);
  assert.ok(r2.figureTimelines.some((t) => t.quantity === "length (train)" && t.disagreements.length === 1));
});

test("measures: weights of different things and a ton against tonnes", () => {
  const r = compareStory([
    analyze({ text: "A 25-ton drilling machine is being brought to the site.", outlet: "A", published: "2031-10-07" }),
    analyze({ text: "The drilling machine weighs 40 tonnes. The company produced 210,000 tonnes of copper last year.", outlet: "B", published: "2031-10-07" }),
  ]);
  assert.deepEqual(r.numericConflicts.map((c) => `${c.quantity} ${c.a.value}/${c.b.value}`), []); // 22.7 t / 40 t: too far apart for a pair
  const t = r.figureTimelines.find((x) => x.quantity === "weight (machine)");
  assert.deepEqual(t?.entries.map((e) => e.value), [22.7, 40]);
  assert.ok(!r.figureTimelines.some((x) => x.entries.some((e) => e.value === 210000)));
});

test("figures: ranges that only touch are incompatible; a value at a range's edge is in it", async () => {
  const { compatible } = await import("../../src/story/compare/figures.js");
  assert.ok(!compatible({ value: 0.4, approx: "exact", rounding: 0.1 }, { value: 0.5, approx: "about", rounding: 0 }));
  assert.ok(compatible({ value: 1200, approx: "more than", rounding: 0 }, { value: 1200, approx: "exact", rounding: 0 }));
});
