import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import { incidentClaims } from "../../src/story/claims/incidents.js";

const art = (text: string, outlet: string, published: string | null = "2031-05-05") => analyze({ text, published, outlet });
const claims = (text: string) =>
  incidentClaims(art(text, "A")).map((c) => `${c.cls ?? "-"}|${c.instance ?? "-"}|${c.aspect}|${c.value}${c.approx ? "~" : ""}|${c.label}`);

const CLAIM_TABLE: [string, string, string[]][] = [
  ["a storm that pounded or battered a coast is dated by its day",
    "As the storm pounded the coast on Monday, residents heard loud explosions.",
    ["storm|-|day|2031-05-05|Monday"]],
  ["“pounded” with no incident word names no incident",
    "Protesters pounded on the doors of the ministry on Monday.",
    []],
  ["a clock time after the incident verb; the conversion in brackets is left out",
    "The second quake, which struck at 13:24 local time (10:24 GMT), was felt in the capital.",
    ["quake|later|clock|13:24|13:24"]],
  ["a hedged round hour is loose",
    "The quake struck just after 4 a.m. local time on Monday.",
    ["quake|-|clock|04:00~|4 a.m.", "quake|-|day|2031-05-05|Monday"]],
  ["a date opening its sentence dates the incident of the sentence",
    "On the evening of March 22, four gunmen opened fire at the concert hall.",
    ["attack|-|day|2031-03-22|March 22"]],
  ["a possessive date dates the noun after it",
    "The toll from Monday's earthquake rose again.",
    ["quake|-|day|2031-05-05|Monday"]],
  ["a generic verb takes no class of its own",
    "Following the events that transpired on March 23, 2031, at the hall, investigators met.",
    ["-|-|day|2031-03-23|March 23, 2031"]],
  ["a distance and direction from a named place, with a conversion in brackets",
    "The first quake was centred 23 kilometers (14.2 miles) east of Nurdagi, the survey said.",
    ["quake|first|place|23 km east nurdagi|23 kilometers (14.2 miles) east of Nurdagi"]],
  ["a named district of a province",
    "Hours later, a second quake hit the Elbistan district of Kahramanmaras province.",
    ["quake|later|place|elbistan, kahramanmaras|the Elbistan district of Kahramanmaras"]],
  ["where those fleeing were heading, by country or demonym",
    "The gunmen were detained as they attempted to flee to Ukraine. Others were en route to the Belarusian border.",
    ["-|-|destination|Ukraine|Ukraine", "-|-|destination|Belarus|Belarusian border"]],
  // Negatives.
  ["a date after a comma dates something else",
    "Erdogan visited the city destroyed by the earthquake in Kahramanmaras, southern Turkey, Wednesday.",
    []],
  ["an arrest dated after the attack word is not the attack's date",
    "Officials said late on Saturday that eleven suspects in the attack were detained.",
    []],
  ["a distance from something unnamed places nothing",
    "The second tremor had its epicentre about 80 miles north of the original tremor in the Pazarcik district.",
    []],
  ["a country alone does not place an incident",
    "The quake struck the southeastern region of Turkey.",
    []],
  ["a direction from a country is the region hit, not a place",
    "The quake struck northwest of Syria overnight.",
    []],
  ["going somewhere is not fleeing",
    "The minister was heading to Moscow for talks.",
    []],
];

for (const [name, text, want] of CLAIM_TABLE) {
  test(`incident claims: ${name}`, () => {
    assert.deepEqual(claims(text), want);
  });
}

test("incident claims: every span is the text it points to", () => {
  const a = art("On March 22, gunmen opened fire. The first quake struck at 4:17 a.m. and was centred about 20 miles from Gaziantep. They tried to flee to Ukraine.", "A");
  const cs = incidentClaims(a);
  assert.ok(cs.length >= 3);
  for (const c of cs) assert.equal(a.document.text.slice(c.evidence.span.start, c.evidence.span.end), c.evidence.span.text);
});

const story = (...texts: string[]) => compareStory(texts.map((t, i) => art(t, `Outlet ${i + 1}`)));

test("incidents: two days for the attack are a date conflict; a day weeks away is another event", () => {
  const r = story(
    "On March 22, masked gunmen opened fire on a concert hall near the capital.",
    "On the evening of March 22, four gunmen attacked the concert hall.",
    "Following the events that transpired on March 23, 2031, at the hall, investigators worked through the night.",
  );
  assert.deepEqual(r.dateConflicts.map((c) => [c.event, c.a.value, c.b.value, c.a.sources, c.b.sources]), [["attack date", "2031-03-22", "2031-03-23", 2, 1]]);
  const far = story("On March 22, masked gunmen opened fire on a concert hall.", "On April 30, gunmen opened fire on a concert hall.");
  assert.deepEqual(far.dateConflicts, []);
});

test("incidents: the second quake's times differ; an unqualified quake's time is placed by its value, not set against the first's", () => {
  const r = story(
    "The first earthquake struck at 4:17 a.m. local time. The second quake struck at 13:24 local time.",
    "The second quake struck at 1:45 p.m. local time.",
    "A 7.5-magnitude quake hit the region at 1:24 p.m. local time.",
    "The quake struck just after 4 a.m. local time.",
  );
  assert.deepEqual(r.dateConflicts.map((c) => [c.event, c.a.value, c.b.value]), [["quake (second) time", "13:24", "13:45"]]);
  assert.deepEqual(r.dateConflicts[0].a.evidence.map((e) => e.outlet), ["Outlet 1", "Outlet 3"]);
});

test("incidents: places of one epicentre — 20 miles and 33 km from one city agree, another reference differs", () => {
  const r = story(
    "The first earthquake was centered about 20 miles from Gaziantep, the survey said.",
    "The quake's epicentre was located about 33 kilometres from Gaziantep.",
    "The quake struck 23 kilometers east of Nurdagi, the survey said.",
  );
  assert.equal(r.placeConflicts.length, 1);
  assert.deepEqual(r.placeConflicts[0].sides.map((s) => [s.label, s.sources]), [["about 20 miles from Gaziantep", 2], ["23 kilometers east of Nurdagi", 1]]);
  const same = story("The quake was centred 23 km east of Nurdagi.", "The earthquake struck 23 kilometres east of Nurdagi.");
  assert.deepEqual(same.placeConflicts, []);
});

test("incidents: where those fleeing were heading, Ukraine against Belarus", () => {
  const r = story(
    "The four gunmen were detained as they attempted to flee to Ukraine.",
    "The suspects were apprehended while en route to the Ukrainian border.",
    "“They initially aimed to escape to Belarus, not Ukraine,” Lukashenko said.",
  );
  assert.deepEqual(r.placeConflicts.map((p) => [p.topic, p.sides.map((s) => `${s.place}:${s.sources}`)]), [["where those fleeing were heading", ["Ukraine:2", "Belarus:1"]]]);
});

test("incidents: one outlet alone cannot disagree with itself", () => {
  const r = story("The attack took place on March 22. Others say the attack took place on March 23.", "Rescuers worked through the night.");
  assert.deepEqual(r.dateConflicts, []);
});

test("incidents: a weekday that is not the date's weekday is a conflict; a day of mourning is dated where it is declared", () => {
  const r = compareStory([
    art("Putin declared March 24 a day of national mourning.", "A", "2031-03-23"),
    art("Flowers piled up on March 24, which has been declared a national day of mourning following the shooting two days earlier.", "B", "2031-03-24"),
    art("The country would observe a national day of mourning Monday, the Kremlin said.", "C", null),
  ]);
  // 24 March 2031 is a Monday: no conflict.
  assert.deepEqual(r.dateConflicts, []);
  const s = compareStory([
    art("Putin declared March 24 a day of national mourning.", "A", "2030-03-23"),
    art("Flowers piled up on March 24, which has been declared a national day of mourning.", "B", "2030-03-24"),
    art("The country would observe a national day of mourning Monday, the Kremlin said.", "C", null),
  ]);
  // 24 March 2030 is a Sunday.
  assert.deepEqual(s.dateConflicts.map((c) => [c.event, c.a.value, c.b.value, c.a.sources]), [["mourning date", "2030-03-24", "Monday", 2]]);
});

test("incidents: a date opening a sentence dates only an incident verb (“On Sunday, crowds gathered at the site of the shooting”)", () => {
  assert.deepEqual(claims("On Sunday, hundreds of people gathered outside the hall where the shooting took place."), []);
  assert.deepEqual(claims("Mourners were mourning the victims on Monday."), []);
});

test("incidents: exact clock times a few minutes apart differ (1:28 vs 1:24); a verb of its class carries the time (“rammed … at”)", () => {
  const r = story(
    "A cargo ship lost power and rammed the Harbor Bridge in Portland at 1:28 a.m., officials said.",
    "The container ship struck the Harbor Bridge at 1:24 a.m. after losing power.",
    "The ship hit the bridge at 1:26 a.m., the coast guard said.",
  );
  assert.deepEqual(r.dateConflicts.map((c) => [c.event, c.a.value, c.b.value]), [["crash time", "01:28", "01:24"]]);
});

test("incidents: a hedged time to the minute covers a quarter hour, a round hour covers an hour (“around 7.20 pm” / “6.55 pm” / “around 7 pm”)", () => {
  const r = story(
    "The train accident happened around 7.20 pm near Tarnow station, officials said.",
    "The accident occurred near Tarnow station around 7.20 pm on Friday.",
    "The train accident took place at 6.55 pm near Tarnow station.",
    "The accident took place at around 7 pm near Tarnow station.",
  );
  assert.deepEqual(r.dateConflicts.map((c) => [c.a.value, c.b.value]), [["19:20", "18:55"]]);
  // Negative: a hedged minute within a quarter hour of an exact one is the same account.
  const same = story("The accident happened around 7.20 pm near Tarnow station.", "The train accident took place at 7.12 pm near Tarnow station.");
  assert.deepEqual(same.dateConflicts, []);
});

test("approxSlack: by precision", async () => {
  const { approxSlack } = await import("../../src/story/compare/incidents.js");
  assert.deepEqual(["04:00", "07:30", "07:45", "07:20", "18:55"].map(approxSlack), [60, 30, 30, 15, 15]);
});

test("incidents: “north of X” against “south of X” is a place conflict; the same direction agrees", () => {
  const r = story("The blast struck north of Kharkiv, officials said.", "The explosion hit just south of Kharkiv, the governor said.", "The blast hit north of Kharkiv overnight.");
  assert.deepEqual(r.placeConflicts.map((p) => p.sides.map((s) => `${s.place}:${s.sources}`)), [["north of kharkiv:2", "south of kharkiv:1"]]);
});

test("dayNumber: one helper for date and incident days (a month is its 15th; incidents compare month and day only)", async () => {
  const { dayNumber } = await import("../../src/story/compare/dates.js");
  assert.equal(dayNumber("2024-03-23") - dayNumber("2024-03-22"), 1);
  assert.equal(dayNumber("2024-03") - dayNumber("2024-03-01"), 14);
  assert.equal(dayNumber("2024-03-01") - dayNumber("2024-02-28"), 2, "a leap year");
  assert.ok(Number.isNaN(dayNumber("XXXX-03-22")), "no year, and the year counts");
  assert.equal(dayNumber("XXXX-03-22", true), dayNumber("2024-03-22", true));
  assert.ok(Number.isNaN(dayNumber("Monday", true)));
});
