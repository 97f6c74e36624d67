import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";
import { creditsFigure, sameSource, sourceClass } from "../../src/story/compare/figureAttribution.js";

/** The figures of one sentence the sentence itself credits to their cited source, as "value — source". */
function credited(text: string): string[] {
  const a = analyze({ text, published: "2024-03-23", outlet: "Test Wire" });
  return extractClaims(a, (n, p) => actorKey(n, p))
    .figures.filter((f) => f.citedSource && creditsFigure(a.document.text, f))
    .map((f) => `${f.value} — ${f.citedSource}`);
}

test("a figure is credited to its source only when the sentence ties them (table, with negatives)", () => {
  const rows: [string, string[]][] = [
    ["Local authorities reported 145 people were injured.", ["145 — Local authorities"]],
    ["The Investigative Committee reported overnight that more than 60 people were killed in the attack.", ["60 — Investigative Committee"]],
    ["At least 40 people were killed in the attack, local officials said.", ["40 — local officials"]],
    ["According to the health ministry, 371 people have died in the provinces.", ["371 — health ministry"]],
    // Negatives: the source reported something else in the sentence.
    ["Turkey's emergency agency reported more than 1,200 aftershocks after the initial 7.8 magnitude quake.", []],
    ["The embassy had warned Americans of plans for an attack weeks ahead of the strike that killed 60 people.", []],
  ];
  for (const [text, want] of rows) {
    const got = credited(text);
    for (const w of want) assert.ok(got.includes(w), `${text}\n  wanted ${w}, got ${JSON.stringify(got)}`);
    if (want.length === 0) assert.ok(!got.some((g) => /^(?:7\.8|60) /.test(g)), `${text}\n  credited ${JSON.stringify(got)}`);
  }
});

test("names of one source meet; different sources stay apart", () => {
  assert.ok(sameSource("USGS", "US Geological Survey"));
  assert.ok(sameSource("USGS", "United States Geological Survey"));
  assert.ok(sameSource("Investigative Committee", "Investigative Committee of the Russian Federation"));
  assert.ok(sameSource("Erdogan", "Recep Tayyip Erdogan"));
  assert.ok(!sameSource("Syrian health ministry", "Syrian state media"));
  assert.ok(!sameSource("Kremlin", "Vladimir Putin"));
});

test("source classes: a named person, a named organisation, an unnamed collective", () => {
  const persons = new Set(["mikhail murasko"]);
  assert.equal(sourceClass("Mikhail Murasko", persons), "person");
  assert.equal(sourceClass("Investigative Committee", persons), "organisation");
  assert.equal(sourceClass("USGS", persons), "organisation");
  assert.equal(sourceClass("Local authorities", persons), "collective");
  assert.equal(sourceClass("Syrian state media", persons), "collective");
  assert.equal(sourceClass("an unnamed official", persons), "collective");
});

const doc = (text: string, outlet: string) => analyze({ text, published: "2024-03-23", outlet });

test("the same figure credited to a named minister and to local authorities is an attribution shift", () => {
  const r = compareStory([
    doc("Health Minister Mikhail Murasko said 145 people were injured in the concert hall attack.", "A"),
    doc("Local authorities reported 145 people were injured after gunmen opened fire at the hall.", "B"),
  ]);
  assert.deepEqual(r.attributionShifts.map((s) => `${s.shift}: ${s.a.speaker} / ${s.b.speaker}`), ["person→unnamed: Mikhail Murasko / Local authorities"]);
  const ev = r.attributionShifts[0].b.evidence[0];
  assert.equal(ev.span.text, "145");
  assert.equal(ev.highlight?.[0].text, "Local authorities");
});

test("no attribution shift: one source under two names, different values, a wire agency, a wire copy", () => {
  const none = (texts: string[]) => compareStory(texts.map((t, i) => doc(t, `O${i}`))).attributionShifts.map((s) => s.shift);
  assert.deepEqual(none(["The USGS said the quake struck at a depth of 17.9 km near the city.", "The US Geological Survey said the quake struck at a depth of 17.9 km in the province."]), []);
  assert.deepEqual(none(["Local authorities reported 145 people were injured.", "Health Minister Mikhail Murasko said 150 people were injured."]), []);
  assert.deepEqual(none(["Local authorities reported 145 people were injured in the attack.", "At least 145 people were injured in the attack, according to the Associated Press."]), []);
  const wire = "Local authorities reported 145 people were injured in the attack on the concert hall on Friday night as gunmen opened fire on the crowd.";
  const r = compareStory([doc(wire, "A"), doc(wire, "B"), doc("Health Minister Mikhail Murasko said 145 people were injured in the attack.", "C")]);
  assert.equal(r.attributionShifts.length, 1, "a wire copy gives one side with both outlets, not two items");
});

test("unnamed sources: one body named two ways, or relayed (“state media … citing a senior health official”), is no shift; different bodies are", () => {
  const shifts = (a: string, b: string) =>
    compareStory([analyze({ text: a, published: "2031-02-07", outlet: "A" }), analyze({ text: b, published: "2031-02-07", outlet: "B" })]).attributionShifts.map((s) => s.shift);
  assert.deepEqual(shifts("According to the nation's health ministry, at least 461 people have died.", "At least 461 people were killed, according to the country's wellness ministry."), []);
  assert.deepEqual(shifts("The Syrian health ministry said 371 people had died.", "Syrian state media reported that 371 people were killed, citing a senior health official."), []);
  // Negative: different unnamed bodies with nothing relayed.
  assert.deepEqual(shifts("Local authorities reported 145 people were injured.", "Russian media said 145 people were injured."), ["different unnamed source"]);
});

test("'according to the governor X' credits X; a relative clause after the source's clause is the outlet's", () => {
  assert.deepEqual(credited("According to the governor Petra Lindqvist at least 14 persons died."), ["14 — Petra Lindqvist"]);
  // Negative: the capacity in ", which has place for 38,000" is not what the police said.
  assert.ok(!credited("According to the police 45,000 spectators were in the arena, which has place for 38,000.").some((c) => c.startsWith("38000")));
});
