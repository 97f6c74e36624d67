// The event and collective actors as outlets name them (src/story/claims/referents.ts), and the
// label items they give when outlets frame them differently (src/story/compare/framing.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { referentClaims } from "../../src/story/claims/referents.js";

function claims(text: string): string[] {
  const a = analyze({ text, outlet: "Test Wire", published: "2031-05-01" });
  const quotes = a.quotes.filter((q) => q.type !== "indirect").map((q) => q.content);
  return referentClaims(a, quotes).map((l) => `${l.actorKey.replace(/^referent:/, "")}=${l.compareKey}: ${l.text}`);
}

test("referentClaims: the outlet's own names of the event and its actors", () => {
  const rows: { text: string; has: string[]; not: string[] }[] = [
    { text: "Rioters attacked police at the port on Wednesday.", has: ["protesters=rioters: Rioters"], not: [] },
    { text: "Police used tear gas against the demonstrators.", has: ["protesters=neutral: demonstrators"], not: [] },
    { text: "The trust said an IT outage was affecting its hospitals.", has: ["event=accident: IT outage"], not: [] },
    { text: "Dravic spoke after the rigged election in Port Sela.", has: ["event=rigged election: rigged election"], not: [] },
    { text: "Gunmen opened fire in the hall, and the terrorists fled.", has: ["attackers=neutral: Gunmen", "attackers=terrorists: terrorists"], not: [] },
    { text: "The regime claims Keran won.", has: ["authorities:=regime: regime"], not: [] },
    { text: "The Syrian government said aid would arrive.", has: ["authorities:syria=government: Syrian government"], not: [] },
    // Negatives: a speaker's words, another occurrence, a compound, the breakdown of things, a named government.
    { text: "“This was a massacre,” the mayor said.", has: [], not: ["event=atrocity: massacre"] },
    { text: "The embassy warned of a potential attack by \"extremists.\"", has: [], not: ["attackers=terrorists: extremists"] },
    { text: "It was the second attack on the city this year.", has: [], not: ["event=attack: second attack"] },
    { text: "The 2015 attack killed 12 people.", has: [], not: ["event=attack: attack"] },
    { text: "Riot police moved in on Wednesday.", has: [], not: ["event=unrest: Riot"] },
    { text: "Aid groups sent disaster relief to the region.", has: [], not: ["event=disaster: disaster"] },
    { text: "The quake caused the collapse of thousands of buildings.", has: [], not: ["event=physical: collapse"] },
    { text: "The Assad regime blocked the aid.", has: [], not: ["authorities:=regime: Assad regime", "authorities:=regime: regime"] },
    { text: "Another video shows a man shooting into a crowd.", has: [], not: ["event=attack: man shooting", "event=attack: shooting"] },
  ];
  for (const r of rows) {
    const got = claims(r.text);
    for (const h of r.has) assert.ok(got.includes(h), `${r.text}: want ${h}, got ${JSON.stringify(got)}`);
    for (const n of r.not) assert.ok(!got.includes(n), `${r.text}: must not give ${n}`);
  }
});

test("referentClaims: the collapse of a named thing is the event", () => {
  assert.ok(claims("Divers searched the river after the collapse of the Key Bridge.").includes("event=physical: collapse"));
});

const story = (texts: string[]) =>
  compareStory(texts.map((text, i) => analyze({ text, outlet: `Outlet ${i + 1}`, published: "2031-05-01" }))).framing.labels.map((l) => l.actor);

test("framing: outlets that name an actor in ways sharing nothing are listed; synonyms are not", () => {
  // "gunmen" / "attackers" are one frame; "terrorists" is another.
  assert.ok(story([
    "Gunmen opened fire at the Lumen concert hall in Brevik on Friday, killing 12 people.",
    "Terrorists opened fire at the Lumen concert hall in Brevik on Friday, killing 12 people.",
  ]).includes("the attackers"));
  assert.ok(!story([
    "Gunmen opened fire at the Lumen concert hall in Brevik on Friday, killing 12 people.",
    "The attackers opened fire at the Lumen concert hall in Brevik on Friday, killing 12 people.",
  ]).includes("the attackers"));
  // An outlet that says both "attack" and "tragedy" frames it as the others do.
  assert.ok(!story([
    "The attack on the Lumen concert hall in Brevik on Friday killed 12 people.",
    "The attack on the Lumen concert hall in Brevik on Friday was a tragedy that killed 12 people.",
  ]).includes("the event"));
  assert.ok(story([
    "The attack on the Lumen concert hall in Brevik on Friday killed 12 people.",
    "The accident at the Lumen concert hall in Brevik on Friday killed 12 people.",
  ]).includes("the event"));
});

test("framing: a description's judging word is a difference, its department is not", () => {
  assert.ok(story([
    "Interior Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
    "Hardline Interior Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
  ]).includes("Lena Sorvik"));
  assert.ok(!story([
    "Interior Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
    "Minister Lena Sorvik said the port of Velmora would reopen on Monday.",
  ]).includes("Lena Sorvik"));
});
