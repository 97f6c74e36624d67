import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { extractClaims, parseDuration } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";

const text = [
  `The fighting has killed 1,213 people since October, according to the United Nations humanitarian office.`,
  `Talks in Melsar on Sunday lasted two and a half hours.`,
  `Kestria and Dovaria signed the agreement on Monday.`,
  `"We will judge Dovaria by its actions," President Anselm Drovic said.`,
  `The Tessel Liberation Front, the rebel group that holds the valley, was not at the table.`,
  `Officials called the attack a massacre.`,
  `The two sides will exchange 300 prisoners.`,
].join("\n\n");
const a = analyze({ text, published: "2026-03-10", outlet: "Test Wire" });
const c = extractClaims(a, (n, person) => actorKey(n, person));

test("figure claims carry value, unit, qualifier, cited source and a quantity key", () => {
  const deaths = c.figures.find((f) => f.quantity === "deaths");
  assert.ok(deaths, JSON.stringify(c.figures));
  assert.equal(deaths.value, 1213);
  assert.equal(deaths.approx, "exact");
  assert.match(deaths.citedSource ?? "", /United Nations humanitarian office/);
  assert.equal(deaths.evidence.span.text, "1,213");
  const meeting = c.figures.find((f) => f.quantity === "meeting duration");
  assert.ok(meeting);
  assert.equal(meeting.value, 2.5);
  assert.equal(meeting.unit, "hours");
  const prisoners = c.figures.find((f) => f.value === 300);
  assert.equal(prisoners?.quantity, "prisoners");
  assert.ok(!c.figures.some((f) => f.value === 2), "'two sides' is not a reported figure");
});

test("date claims: event key of the clause + date resolved against publication", () => {
  const signing = c.dates.find((d) => d.event === "signing");
  assert.equal(signing?.day, "2026-03-09");
  const meeting = c.dates.find((d) => d.event === "meeting");
  assert.equal(meeting?.day, "2026-03-08");
});

test("quote claims: speaker key and kind, normalised content", () => {
  const q = c.quotes.find((x) => x.direct);
  assert.ok(q);
  assert.equal(q.speakerKey, "drovic");
  assert.equal(q.speakerKind, "person");
  assert.equal(q.norm, "we will judge dovaria by its actions");
  assert.equal(a.document.text.slice(q.evidence.span.start, q.evidence.span.end), q.evidence.span.text);
});

test("labels and loaded terms", () => {
  // The descriptor before a name is a label too ("President Anselm Drovic"); "will judge Dovaria" is not.
  assert.deepEqual(c.labels.filter((l) => (!l.kind || l.kind === "label") && !l.actorKey.startsWith("referent:")).map((l) => `${l.actorName}: ${l.text}`).sort(), ["Anselm Drovic: President", "Tessel Liberation Front: the rebel group"]);
  // The outlet's own names of the event (src/story/claims/referents.ts).
  assert.deepEqual(c.labels.filter((l) => l.actorKey === "referent:event").map((l) => `${l.compareKey}: ${l.text}`), ["attack: attack", "atrocity: massacre"]);
  assert.ok(c.labels.some((l) => l.kind === "spelling" && l.text === "Anselm Drovic"), "each person's full name as the outlet spells it");
  assert.deepEqual(c.loaded.map((l) => l.term.term), ["massacre"]);
  assert.ok(c.loaded[0].term.neutral.length > 0);
});

test("TIMEX durations", () => {
  assert.deepEqual(parseDuration("PT3H"), { value: 3, unit: "hours" });
  assert.deepEqual(parseDuration("PT150M"), { value: 2.5, unit: "hours" });
  assert.deepEqual(parseDuration("P5M"), { value: 5, unit: "months" });
  assert.equal(parseDuration("PXM"), null);
});

test("figure claims: “a city of around 120,000 people” is the city's population; people counted in it are not", () => {
  const quantityOf = (s: string) => extractClaims(analyze({ text: s, published: "2031-05-05", outlet: "X" }), (n, p) => actorKey(n, p)).figures.map((f) => f.quantity);
  assert.deepEqual(quantityOf("Tarnow, a city of around 120,000 people, was flooded."), ["population"]);
  assert.deepEqual(quantityOf("Tarnow, with a population of at least 120,000, was flooded."), ["population"]);
  assert.notDeepEqual(quantityOf("About 1,200 people were evacuated from the city of Tarnow."), ["population"]);
  assert.notDeepEqual(quantityOf("The storm killed 40 people in the city on Monday."), ["population"]);
});

test("figure claims: both ends of a range count the same scope (“18,000 to 20,000 deaths … in Tarnow”)", () => {
  const figs = extractClaims(analyze({ text: "“It can reach 18,000 to 20,000 deaths based on the destroyed districts in Tarnow,” the mayor said.", published: "2031-05-05", outlet: "X" }), (n, p) => actorKey(n, p)).figures;
  assert.deepEqual(figs.map((f) => [f.value, f.approx]), [[18000, "at least"], [20000, "at most"]]);
  assert.equal(figs[0].scope, figs[1].scope);
});
