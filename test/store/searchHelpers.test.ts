// The pure helpers behind store search: query translation, sentence spans, hit placement.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ftsQuery } from "../../src/store/ftsQuery.js";
import { locateHit, queryTerms } from "../../src/store/locateHit.js";
import { sentenceSpans } from "../../src/store/sentenceSpans.js";
import { maskUrl } from "../../src/store/maskUrl.js";
import { prefixTsQuery } from "../../src/store/postgres/prefixTsQuery.js";
import { searchQueryProblem } from "../../src/store/searchQueryProblem.js";
import { RANK_CANDIDATES, rankWindow } from "../../src/store/rankCandidates.js";

test("ftsQuery: web-style queries become FTS5 expressions of quoted terms", () => {
  const cases: Array<[string, string | null]> = [
    ["bridge", '"bridge"'],
    ["Kestrel bridge", '("Kestrel" AND "bridge")'],
    ['"council approved" budget', '("council approved" AND "budget")'],
    ["cease-fire", '"cease-fire"'],
    ["bridge OR tunnel", '("bridge" OR "tunnel")'],
    ["bridge -toll", '"bridge" NOT "toll"'],
    ['say "hi', '("say" AND "hi")'],
    ["U.S. aid", '("U.S." AND "aid")'],
    ['quo"te', '("quo" AND "te")'],
    ["bri*", '"bri" *'],
    ["bri* OR tunnel", '("bri" * OR "tunnel")'],
    ['"bri*"', '"bri*"'],
    ["-only", null],
    ["  ( ) ", null],
  ];
  for (const [input, expected] of cases) assert.equal(ftsQuery(input), expected, input);
});

test("queryTerms: stemmed, stopwords and excluded words dropped", () => {
  assert.deepEqual(queryTerms("the Floods in Zürich -rain OR bridges"), ["flood", "zurich", "bridg"]);
});

test("sentenceSpans: paragraphs and sentence ends, not abbreviations", () => {
  const text = "Headline here\nMr. Smith met Dr. Jones in the U.S. on Monday. \u201CIt went well,\u201D he said. Then 5 people left!\n\nLast line";
  const spans = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, [
    "Headline here",
    "Mr. Smith met Dr. Jones in the U.S. on Monday.",
    "\u201CIt went well,\u201D he said.",
    "Then 5 people left!",
    "Last line",
  ]);
});

test("locateHit: the sentence with most terms, offsets that slice the text", () => {
  const text = "Rain fell on Monday.\nThe river flooded two farms. Officials said the flooding closed a bridge.\nNothing else.";
  const hit = locateHit(text, "flooding bridge");
  assert.equal(hit.snippet, "Officials said the flooding closed a bridge.");
  assert.equal(text.slice(hit.start, hit.end), hit.snippet);
  assert.deepEqual(hit.match, { start: text.indexOf("flooding"), end: text.indexOf("flooding") + 8, text: "flooding" });
  const accent = locateHit("Er kam. Sie wohnt in Zürich.", "zurich");
  assert.equal(accent.snippet, "Sie wohnt in Zürich.");
  const none = locateHit(text, "volcano");
  assert.equal(none.match, null);
  assert.equal(none.snippet, "Rain fell on Monday.");
});

test("maskUrl hides the password", () => {
  assert.equal(maskUrl("postgres://u:secret@h:5432/db"), "postgres://u:***@h:5432/db");
  assert.equal(maskUrl("postgres://h/db"), "postgres://h/db");
});

test("prefixTsQuery: web-style queries with a prefix word become to_tsquery expressions", () => {
  const cases: Array<[string, string | null]> = [
    ["bridge", null],
    ["bri*", "'bri':*"],
    ["Kestrel bri*", "('Kestrel' & 'bri':*)"],
    ['"old bridge" tun*', "(('old' <-> 'bridge') & 'tun':*)"],
    ["bri* OR tunnel -toll", "('bri':* | 'tunnel') & !'toll'"],
    ["cease-fi*", "('cease' <-> 'fi':*)"],
    ["' OR 1=1 --*", null],
    ["o'brie* 1=1", "(('o' <-> 'brie':*) & ('1' <-> '1'))"],
    ["-bri*", null],
  ];
  for (const [input, expected] of cases) assert.equal(prefixTsQuery(input), expected, input);
});

test("searchQueryProblem: at most 32 words and 1,000 characters", () => {
  assert.equal(searchQueryProblem("bridge tolls"), null);
  assert.match(searchQueryProblem("w ".repeat(33)) ?? "", /too many words \(33; at most 32\)/);
  assert.match(searchQueryProblem("x".repeat(1001)) ?? "", /too long \(1,001 characters; at most 1,000\)/);
});

test("rankWindow: the store option, else RANK_CANDIDATES; anything but a positive integer is refused", () => {
  assert.equal(rankWindow({}), RANK_CANDIDATES);
  assert.equal(rankWindow({ rankCandidates: 3 }), 3);
  for (const bad of [0, -1, 2.5, Number.NaN]) assert.throws(() => rankWindow({ rankCandidates: bad }), /rankCandidates must be a positive integer/);
});
