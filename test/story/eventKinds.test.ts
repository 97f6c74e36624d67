// Table tests for the rules the second probe of issue 13 asked for (wildfire, hostage release,
// factory explosion, aviation incident; test/story/probeStories2.ts): ages however written,
// counted nouns under synonyms, small counts of people, captivity, incidents that begin (a fire
// breaking out) and landings; each with negatives that must not be keyed or reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";
import { datelinePlace, incidentClaims } from "../../src/story/claims/incidents.js";

function figures(text: string, published: string | undefined = "2032-03-15"): string[] {
  const a = analyze({ text, published, outlet: "T" });
  return extractClaims(a, (n, p) => actorKey(n, p)).figures.map((f) => `${f.quantity}=${f.value}`);
}

const FIGURE_ROWS: [string, string[]][] = [
  // Ages of people, however written, keyed by the person.
  ["Among those released was Ines Marlow, 34, a nurse with the aid group.", ["age (marlow)=34"]],
  ["Among them is the nurse Ines Marlow (34).", ["age (marlow)=34"]],
  ["35-year-old nurse Ines Marlow told reporters she was well.", ["age (marlow)=35"]],
  ["The 52-year-old captain, Rhea Sollen, has flown for the airline since 2009.", ["age (solen)=52"]],
  ["Captain Rhea Sollen, 51, was praised by passengers.", ["age (solen)=51"]],
  ["The train's engineer, 52, was unhurt.", ["age (engineer)=52"]],
  // Ages of things, keyed by their class: a plane by any of its nouns.
  ["The aircraft is nine years old.", ["age (aircraft)=9"]],
  ["The machine, an Airbus A321, is twelve years old.", ["age (aircraft)=12"]],
  ["The ship's owners said the 47-year-old bridge had no fenders.", ["age (bridge)=47"]],
  // Negatives: no age without a person or a known thing; a count after a name is no age.
  ["The policy is ten years old.", []],
  ["The 45-year-old had taken £31m from investors.", ["amount (GBP)=31000000"]],
  ["The ministry said 340, 120 and 80 were hurt in three towns.", ["injuries=80"]],
  // Counted nouns under their synonyms; small counts of people in a role.
  ["Forty-two dwellings were obliterated.", ["home=42"]],
  ["42 houses burned down.", ["home=42"]],
  ["Upwards of 600 firemen are combating the conflagration.", ["firefighter=600"]],
  ["A jet carrying 186 passengers and six crew made an emergency landing.", ["passenger=186", "crew=6"]],
  // Negative: a small number of things is no figure ("two sides").
  ["The talks had two sides and three phases.", []],
  // Hostages freed and still held are two counts.
  ["Four hostages are still in the hands of the kidnappers.", ["hostages still held=4"]],
  ["Twelve hostages were released late on Sunday.", ["hostages=12"]],
  // Injuries with an adverb or "treated for" between the noun and the role word.
  ["Eleven passengers were lightly injured.", ["injuries=11"]],
  ["Eleven passengers were treated for minor injuries.", ["injuries=11"]],
  // An aircraft's altitude and descent in feet or metres, one unit (km).
  ["A cabin window cracked at 34,000 feet.", ["altitude=10.4"]],
  ["At a height of 10,400 metres a window broke.", ["altitude=10.4"]],
  ["The plane plunged about 9,000 feet in three minutes.", ["descent=2.7"]],
  // Negatives: where it went is no altitude; a distance in km is none.
  ["The jet descended to 10,000 feet after the failure.", []],
  ["The town lies at 12 km from the coast.", []],
  // Areas in one unit (hectares); a fire's containment.
  ["The fire had burned 12,400 acres by Wednesday.", ["area=5018"]],
  ["The flames have destroyed 5,020 hectares.", ["area=5020"]],
  ["The blaze was 10% contained, and containment fell to 5% on Thursday.", ["containment=10", "containment=5"]],
  // Negative: any other percentage stays a percentage.
  ["Shares in Velt fell 14%.", ["percent=14"]],
  // A distance between two named places, the pair in one order.
  ["They were driven to the town of Osk, 30 km from the Tamar crossing.", ["distance (osk – tamar)=30"]],
  ["The handover took place at the Tamar crossing, 50 miles from Osk.", ["distance (osk – tamar)=80.5"]],
  // Negative: a distance from one place only ("60 km away") is none.
  ["Its Lappo mine, 60 km away, was unaffected.", []],
  // How far into a trip; negative: a trip's length is not how far into it.
  ["Flight SK412 was about 40 minutes into its journey when the crew declared an emergency.", ["time into the journey=0.6666666666666666"]],
  ["The plane landed in Tervola, an hour into the flight.", ["time into the journey=1"]],
  ["The flight lasted three hours.", []],
  // Captivity.
  ["Eleven hostages were freed on Sunday after 41 days in captivity.", ["hostages=11", "captivity duration=41"]],
  ["They were released after 40 days of captivity.", ["captivity duration=40"]],
];

for (const [text, want] of FIGURE_ROWS) test(`claims: ${text}`, () => assert.deepEqual(figures(text), want));

test("a person's age written two ways is one quantity, and two values of it differ", () => {
  const r = compareStory([
    analyze({ text: "Manager Oskar Brenn, 57, was taken into custody.", outlet: "A", published: "2032-11-04" }),
    analyze({ text: "Police arrested the plant's manager, Oskar Brenn, 58, on Thursday.", outlet: "B", published: "2032-11-04" }),
    analyze({ text: "The 58-year-old plant manager Oskar Brenn was arrested.", outlet: "C", published: "2032-11-04" }),
  ]);
  const ages = r.numericConflicts.filter((c) => c.quantity.startsWith("age"));
  assert.deepEqual(ages.map((c) => `${c.quantity} ${c.a.value}/${c.b.value}`), ["age (bren) 57/58"]);
});

const incidents = (text: string, published?: string) => incidentClaims(analyze({ text, published, outlet: "T" })).map((c) => `${c.cls} ${c.aspect} ${c.value}`);

test("incidents: a start verb dates the incident named before it in its sentence", () => {
  assert.deepEqual(incidents("A wildfire that broke out on Tuesday afternoon north of Salter Creek burned 12,400 acres.", "2032-08-11"), ["fire day 2032-08-10", "fire place north of salter creek"]);
  assert.deepEqual(incidents("The Ridgeline Fire has scorched brush and timber since it ignited around 4 p.m. Tuesday."), ["fire clock 16:00", "fire day Tuesday"]);
  assert.deepEqual(incidents("The inferno commenced at roughly 2:30 pm close to a campground.", "2032-08-11"), ["fire clock 14:30"]);
  // Negatives: with no incident named before, a start verb dates nothing; a lasting incident's
  // noun dates nothing ("still battling the fire on Wednesday", "fire officials said Wednesday").
  assert.deepEqual(incidents("Rescue operations began on Tuesday.", "2032-08-11"), []);
  assert.deepEqual(incidents("Firefighters were still battling the Ridgeline Fire on Wednesday.", "2032-08-11"), []);
  assert.deepEqual(incidents("Crews had the blaze 15% contained, fire officials said Wednesday.", "2032-08-11"), []);
});

test("incidents: a time set off by commas right after the incident noun", () => {
  assert.deepEqual(incidents("The blast, at about 10:15 a.m., was heard up to 20 km away.", "2032-11-04"), ["explosion clock 10:15"]);
  assert.deepEqual(incidents("The explosion, shortly before noon, shattered windows.", "2032-11-04"), ["explosion clock 12:00"]);
  // Negative: a time in another clause after a comma is not the incident's.
  assert.deepEqual(incidents("The blast damaged homes, and at 3 p.m. officials held a briefing.", "2032-11-04"), []);
});

test("incidents: an aircraft's landing has a time and a place; 'landed' without an aircraft is none", () => {
  assert.deepEqual(incidents("The jet made an emergency landing in Tervola at 3:25 p.m. on Saturday.", "2032-06-19"), ["landing clock 15:25", "landing place tervola"]);
  assert.ok(incidents("The jet, with 168 passengers on board, diverted to Marsby, where it landed at 14:25.").includes("landing place marsby"));
  assert.ok(incidents("A Skyline Air flight was forced to land in Tervola on Saturday.", "2032-06-20").includes("landing place tervola"));
  // Negatives: rockets that landed are no aircraft landing; a country alone places nothing.
  assert.deepEqual(incidents("Two rockets landed in Ashkelon on Saturday.", "2032-06-20"), []);
  assert.ok(!incidents("The plane landed in France on Saturday.", "2032-06-20").some((c) => c.includes("place")));
});

test("incidents: a direction from a town by its edge, and 'the city' of a dateline", () => {
  assert.ok(incidents("An explosion tore through a fertiliser plant on the southern outskirts of Brannock on Thursday.", "2032-11-04").includes("explosion place south of brannock"));
  assert.ok(incidents("BRANNOCK — Eight people died when a blast ripped through the plant north of the city on Thursday.").includes("explosion place north of brannock"));
  assert.equal(datelinePlace("SALTER CREEK, Calder (Coast Wire) — A wildfire …"), "salter creek");
  assert.equal(datelinePlace("OSK — The freed hostages arrived"), "osk");
  // Negatives: no dateline, no town for "the city"; a sentence opening is no dateline.
  assert.equal(datelinePlace("The freed hostages arrived — late — at the airfield."), null);
  assert.ok(!incidents("A blast ripped through the plant north of the city on Thursday.", "2032-11-04").some((c) => c.includes("place")));
});

test("incident conflicts: opposite directions from one town, two landing places", () => {
  const r = compareStory([
    analyze({ text: "An explosion tore through a fertiliser plant on the southern outskirts of Brannock on Thursday.", outlet: "A", published: "2032-11-04" }),
    analyze({ text: "BRANNOCK — A blast ripped through the plant north of the city on Thursday." , outlet: "B" }),
  ]);
  assert.deepEqual(r.placeConflicts.map((p) => p.sides.map((s) => s.place).sort().join(" / ")), ["north of brannock / south of brannock"]);
  const s = compareStory([
    analyze({ text: "The jet made an emergency landing in Tervola on Saturday.", outlet: "A", published: "2032-06-19" }),
    analyze({ text: "The jet diverted to Marsby, where it landed at 14:25.", outlet: "B", published: "2032-06-19" }),
    analyze({ text: "The plane was forced to land in Tervola.", outlet: "C", published: "2032-06-20" }),
  ]);
  assert.deepEqual(s.placeConflicts.map((p) => `${p.topic}: ${p.sides.map((x) => x.place).sort().join(" / ")}`), ["where the aircraft landed: marsby / tervola"]);
});

const causes = (text: string) => extractClaims(analyze({ text, outlet: "T" }), (n, p) => actorKey(n, p)).causes.map((c) => `${c.cls ?? "-"}: ${c.cause} «${c.evidence.span.text}»`);

test("causes: a cause class given as the cause, not one taken back or one of two", () => {
  assert.deepEqual(causes("Investigators believe the fire was sparked by a downed power line."), ["fire: power line «power line»"]);
  assert.deepEqual(causes("The inferno is thought to have been ignited by a fallen electrical cable."), ["fire: power line «electrical cable»"]);
  assert.deepEqual(causes("Officials said the fire was started by lightning."), ["fire: lightning «lightning»"]);
  assert.deepEqual(causes("Investigators are examining a gas leak in a compressor unit as the likely cause."), ["-: gas leak «gas leak»"]);
  // Negatives: no cause cue; a cause ruled out; two causes in one sentence.
  assert.deepEqual(causes("A power line runs along the ridge near the fire."), []);
  assert.deepEqual(causes("Police have ruled out arson as the cause of the fire."), []);
  assert.deepEqual(causes("The fire was started by lightning or a power line, officials said."), []);
});

test("cause conflicts: two causes from independent outlets; one cause in other words is none", () => {
  const r = compareStory([
    analyze({ text: "Investigators believe the wildfire was sparked by a downed power line.", outlet: "A", published: "2032-08-11" }),
    analyze({ text: "Officials said the fire was started by lightning.", outlet: "B", published: "2032-08-11" }),
    analyze({ text: "The inferno is thought to have been ignited by a fallen electrical cable.", outlet: "C", published: "2032-08-11" }),
  ]);
  assert.deepEqual(r.causeConflicts.map((c) => `${c.topic}: ${c.sides.map((s) => `${s.cause} (${s.sources})`).join(" / ")}`), ["what caused the fire: power line (2) / lightning (1)"]);
  const same = compareStory([
    analyze({ text: "Investigators believe the wildfire was sparked by a downed power line.", outlet: "A", published: "2032-08-11" }),
    analyze({ text: "As the cause the authorities suspect a damaged power line.", outlet: "B", published: "2032-08-11" }),
  ]);
  assert.deepEqual(same.causeConflicts, []);
});
