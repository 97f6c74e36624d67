// Ages given with no name: an unnamed person by a noun ("a 14-year-old boy", "a boy of 15
// years", "a woman aged 71") and "The 45-year-old" referring back to the one person the sentence
// before names; with the negatives the rules must leave alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";

const ages = (text: string) =>
  extractClaims(analyze({ text, outlet: "T", published: "2033-09-18" }), (n, p) => actorKey(n, p))
    .figures.filter((f) => f.quantity.startsWith("age ")).map((f) => `${f.quantity}=${f.value}`);

const ROWS: [string, string[]][] = [
  ["Among the dead was a 14-year-old boy.", ["age (boy)=14"]],
  ["Among the dead is a boy of 15 years.", ["age (boy)=15"]],
  ["Among the departed was a 14-year-old kid.", ["age (boy)=14"]],
  ["A woman aged 71 was rescued from the roof of her house.", ["age (woman)=71"]],
  ["Brightwater founder Dorian Vale was jailed for 14 years on Friday. The 45-year-old had taken £31m from 250 investors.", ["age (vale)=45"]],
  // Negatives: a noun that is no person; a duration of a thing; two people named the sentence before; a noun after "The N-year-old".
  ["The 30-year-old rivalry resumed on Saturday.", []],
  ["The firm has a record of 15 years in the sector.", []],
  ["Dorian Vale and Mara Quill were jailed on Friday. The 45-year-old had taken £31m.", []],
  ["Dorian Vale was jailed on Friday. The 45-year-old founder had taken £31m.", []],
];

test("ages with no name: a person noun, or the one person of the sentence before", () => {
  for (const [text, want] of ROWS) assert.deepEqual(ages(text), want, text);
});
