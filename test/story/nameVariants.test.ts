import { test } from "node:test";
import assert from "node:assert/strict";
import { actorKey, actorKeyer, foldName, nameTokens, officeHolder } from "../../src/story/claims/nameVariants.js";

test("spelling variants of one person share a key", () => {
  const groups: string[][] = [
    ["Sisi", "el-Sissi", "Al-Sisi", "Abdel Fattah al-Sisi", "President Abdel Fattah el-Sisi", "Mr. Sisi"],
    ["Antony Blinken", "Anthony Blinken", "Antony J. Blinken", "Blinken", "Secretary of State Antony Blinken"],
    ["Recep Tayyip Erdoğan", "Erdogan", "President Erdoğan"],
    ["José Álvarez", "Jose Alvarez", "Dr. Alvarez"],
    ["Benjamin Netanyahu", "Netanyahu", "Netanyahu's office"],
  ];
  for (const g of groups) {
    const keys = new Set(g.map((n) => actorKey(n)));
    assert.equal(keys.size, 1, `${g.join(" / ")} → ${[...keys].join(", ")}`);
  }
  assert.notEqual(actorKey("Antony Blinken"), actorKey("Joe Biden"));
  assert.notEqual(actorKey("Sisi"), actorKey("Sissoko"));
});

test("a bare surname joins the full name only when the story has one person with it", () => {
  const key = actorKeyer([
    { name: "Joe Biden", person: true },
    { name: "Hunter Biden", person: true },
    { name: "Antony Blinken", person: true },
  ]);
  assert.equal(key("Blinken"), key("Antony Blinken"));
  assert.notEqual(key("Joe Biden"), key("Hunter Biden"));
  assert.notEqual(key("Biden"), key("Joe Biden"), "ambiguous surname stays apart");
  assert.notEqual(key("Biden"), key("Hunter Biden"));
  assert.equal(key("President Joe Biden"), key("Joe Biden"));
});

test("possessive offices name their holder", () => {
  const table: [string, string | null][] = [
    ["Netanyahu's office", "Netanyahu"],
    ["Netanyahu’s office", "Netanyahu"],
    ["the office of Benjamin Netanyahu", "Benjamin Netanyahu"],
    ["Erdogan's spokesman", "Erdogan"],
    ["the ministry's spokesperson", null],
    ["Hamas", null],
  ];
  for (const [input, want] of table) assert.equal(officeHolder(input), want, input);
});

test("folding: diacritics, case, titles and particles", () => {
  assert.equal(foldName("Sissí"), "sissi");
  assert.deepEqual(nameTokens("Mr. Antony J. Blinken Jr."), ["antoni", "blinken"]);
  assert.deepEqual(nameTokens("Abdel Fattah el-Sisi"), ["abdel", "fata", "sisi"]);
  assert.equal(actorKey("the United Nations", false), actorKey("United Nations", false));
});

test("given names written differently are one person when they are compatible", () => {
  const same: [string, string][] = [
    ["Pradeep Kumar Jena", "PK Jena"], // initials against the name
    ["Abdulmenam al-Ghaithi", "Abdel-Moneim al-Ghaithi"], // one Arabic name, two transliterations
    ["Muhammad Sabir Faizov", "Muhammadsobir Fayzov"],
    ["George Walker Bush", "George Bush"], // a middle name left out
  ];
  for (const [a, b] of same) {
    const key = actorKeyer([{ name: a, person: true }, { name: b, person: true }]);
    assert.equal(key(a), key(b), `${a} / ${b}`);
  }
  const different: [string, string][] = [
    ["Pradeep Jena", "Kumar Jena"], // other first letter
    ["Ahmed Hassan", "Mahmoud Hassan"],
    ["Hana Novak", "Hugo Novak"], // same first letter, other consonants
    ["Karim Benali", "Kamal Benali"],
  ];
  for (const [a, b] of different) {
    const key = actorKeyer([{ name: a, person: true }, { name: b, person: true }]);
    assert.notEqual(key(a), key(b), `${a} / ${b}`);
    assert.match(key(b.split(" ").pop()!), /^\? /, "a bare surname shared by two people stays apart");
  }
});
