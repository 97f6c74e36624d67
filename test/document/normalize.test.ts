// normalizePunct skips its four replaces when no character needs changing; the result must be the
// same as always applying them, for every UTF-16 code unit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizePunct, normKey } from "../../src/document/normalize.js";

const DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const replaceAll = (s: string) => s.replace(DOUBLE, '"').replace(SINGLE, "'").replace(DASH, "-").replace(SPACE, " ");

test("normalizePunct equals the four replaces for every code unit", () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = `a${String.fromCharCode(c)}b`;
    assert.equal(normalizePunct(s), replaceAll(s), `U+${c.toString(16).padStart(4, "0")}`);
  }
});

test("normalizePunct and normKey keep length and map typographic marks", () => {
  const s = "\u201CIt\u2019s a \u2014 test\u00A0now,\u201D she said";
  assert.equal(normalizePunct(s), "\"It's a - test now,\" she said");
  assert.equal(normKey("Gaza\u2019s"), "gaza's");
  assert.equal(normalizePunct(s).length, s.length);
  assert.equal(normalizePunct("plain"), "plain");
});
