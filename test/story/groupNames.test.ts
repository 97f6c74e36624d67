import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { aliasKey, groupNameClaims, knownBranch } from "../../src/story/claims/groupNames.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";

const claimsOf = (text: string) =>
  groupNameClaims(analyze({ text, published: "2026-03-10", outlet: "Test Wire" }), (n, p) => actorKey(n, p)).map(
    (l) => `${l.kind}${l.form ? `/${l.form}` : ""}: ${l.text}`,
  );

// Each row: a sentence, the claims that must be there, the ones that must not.
const ROWS: { text: string; has: string[]; not: string[] }[] = [
  {
    text: "The Tessel Liberation Front, also known as the Valley Defence Force, a volunteer militia that holds the valley, said 12 people died.",
    has: ["alias: also known as the Valley Defence Force", "label: a volunteer militia"],
    not: [],
  },
  {
    text: "Officials said the Tessel Liberation Front rebel group lost 12 fighters.",
    has: ["label: rebel group"],
    not: [],
  },
  {
    text: "Officials blamed the militant group Tessel Liberation Front for the attack.",
    has: ["label: militant group"],
    not: [],
  },
  {
    text: "ISIS-K, a branch of the Islamic State group, has claimed responsibility for the attack.",
    has: ["form/branch: ISIS-K"],
    not: ["form/parent: Islamic State"],
  },
  {
    text: "Islamic State affiliate ISIS-K has claimed responsibility for the attack.",
    has: ["form/branch: ISIS-K"],
    not: ["form/parent: Islamic State"],
  },
  {
    text: "The attack was attributed to the Afghan faction of Islamic State, officials said.",
    has: ["form/branch: the Afghan faction of Islamic State"],
    not: ["form/parent: Islamic State"],
  },
  {
    text: "Islamic State has claimed responsibility for the attack.",
    has: ["form/parent: Islamic State"],
    not: ["form/branch: Islamic State"],
  },
  // Negatives: a cell is not a branch; a team or an agency after a name makes a name, not a description.
  {
    text: "The security service said it had foiled an attack by a cell of Islamic State in the city.",
    has: ["form/parent: Islamic State"],
    not: ["form/branch: a cell of Islamic State"],
  },
  {
    text: "A Red Cross medical team reached the town, and the UN refugee agency sent tents.",
    has: [],
    not: ["label: medical team", "label: refugee agency"],
  },
  {
    text: "The Tessel Liberation Front, which holds the valley, said 12 people died.",
    has: [],
    not: ["label: which holds the valley"],
  },
];

test("group names: aliases, descriptions, branch or parent (table, with negatives)", () => {
  for (const row of ROWS) {
    const got = claimsOf(row.text);
    for (const h of row.has) assert.ok(got.includes(h), `${row.text}\n  wanted ${h}\n  got ${JSON.stringify(got)}`);
    for (const n of row.not) assert.ok(!got.includes(n), `${row.text}\n  did not want ${n}`);
  }
});

test("group names: every claim's span is its text", () => {
  for (const row of ROWS) {
    const a = analyze({ text: row.text, published: "2026-03-10", outlet: "Test Wire" });
    for (const l of groupNameClaims(a, (n, p) => actorKey(n, p))) assert.equal(a.document.text.slice(l.evidence.span.start, l.evidence.span.end), l.text);
  }
});

test("alias keys meet across spellings; branch lexicon", () => {
  assert.equal(aliasKey("the Syria Civil Defense"), aliasKey("Syrian Civil Defence"));
  assert.notEqual(aliasKey("Syria Civil Defense"), aliasKey("Syrian Red Crescent"));
  assert.equal(knownBranch("ISIS-K")?.parent, "Islamic State");
  assert.equal(knownBranch("ISKP")?.parent, "Islamic State");
  assert.equal(knownBranch("Islamic State"), null);
});

const doc = (text: string, outlet: string) => analyze({ text, published: "2024-03-23", outlet });

test("a branch named by one outlet and only its parent by another is a label difference", () => {
  const r = compareStory([
    doc("ISIS-K, a branch of the Islamic State group, has claimed responsibility for the concert hall attack.", "A"),
    doc("Islamic State has claimed responsibility for the concert hall attack near the city.", "B"),
  ]);
  const item = r.framing.labels.find((l) => l.actor === "Islamic State");
  assert.ok(item, JSON.stringify(r.framing.labels));
  assert.deepEqual(item.byOutlet.map((o) => `${o.outlet}: ${o.labels.map((x) => x.text).join(", ")}`).sort(), ["A: ISIS-K", "B: Islamic State"]);
});

test("the same group named by its acronym or its name is no label difference", () => {
  const r = compareStory([
    doc("ISIS has claimed responsibility for the concert hall attack.", "A"),
    doc("Islamic State has claimed responsibility for the concert hall attack near the city.", "B"),
  ]);
  assert.deepEqual(r.framing.labels.map((l) => l.actor), []);
});

test("the same alias in two spellings is no difference; a different description is", () => {
  const same = compareStory([
    doc("The White Helmets, also known as the Syrian Civil Defence, said 40 people died in the quake.", "A"),
    doc("The White Helmets, officially known as the Syria Civil Defense, said 40 people died after the quake.", "B"),
  ]);
  assert.deepEqual(same.framing.labels.map((l) => l.actor), []);
  const differ = compareStory([
    doc("The White Helmets, also known as the Syrian Civil Defence, said 40 people died in the quake.", "A"),
    doc("Members of the White Helmets, an opposition emergency group, said 40 people died after the quake.", "B"),
  ]);
  assert.deepEqual(differ.framing.labels.map((l) => l.actor), ["White Helmets"]);
});
