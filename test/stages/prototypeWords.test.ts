// Bug: lexicon lookups on plain objects found Object.prototype members, so "40 toString were
// killed" crashed the figures stage (TypeError: v.toPrecision is not a function). Lexicons are
// now prototype-less tables (src/lexicons/lookupTable.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { lookupTable } from "../../src/lexicons/lookupTable.js";
import { CARDINAL_WORDS } from "../../src/lexicons/en/numberWords.js";
import { CASUALTY_WORDS } from "../../src/lexicons/en/figureUnits.js";

const PROTO_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf", "toLocaleString"];

test("lexicon tables find only their own entries", () => {
  for (const table of [CARDINAL_WORDS, CASUALTY_WORDS, lookupTable({ a: 1 })] as Record<string, unknown>[]) {
    for (const w of PROTO_WORDS) assert.equal(table[w], undefined, w);
  }
  assert.equal(CARDINAL_WORDS["three"], 3);
});

test("analyze survives words that name Object.prototype members", () => {
  const text =
    "Officials said 12 constructor were found and 40 toString were killed, while 3 valueOf rose by 5 hasOwnProperty " +
    "and 7 __proto__ left on isPrototypeOf constructor. “It was toString,” the constructor said on valueOf.";
  const a = analyze({ text, published: "2024-08-19" });
  const values = a.figures.map((f) => f.value);
  for (const v of [12, 40, 3, 5, 7]) assert.ok(values.includes(v), `figure ${v} found`);
  for (const f of a.figures) assert.equal(typeof f.value, "number");
  for (const t of a.times) assert.equal(typeof t.value, "string");
});
