// The NER gazetteer (hashed one-token entries, multi-token entries), the external gazetteer built
// from npm packages, and the model file's round trip of both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Gazetteer, GAZ_CATEGORIES, gazBit, HashBits, lowerHash, wordHash } from "../../src/model/ner/gazetteer.js";
import { commonWords, externalGazetteer, loadExternalLists } from "../../src/model/ner/externalGazetteer.js";
import type { ExternalLists } from "../../src/model/ner/externalGazetteer.js";
import { trainNer } from "../../src/model/ner/trainNer.js";
import { deserializeNerModel, serializeNerModel } from "../../src/model/ner/NerModel.js";

const split = (s: string): string[] => s.split(" ");
/** Decodes a match code into "CATEGORY/POSITION[/ci]". */
const decode = (c: number): string => `${GAZ_CATEGORIES[c >> 3]}/${"BILU"[(c >> 1) & 3]}${c & 1 ? "/ci" : ""}`;
const matchNames = (g: Gazetteer, sentence: string): string[][] => {
  const toks = split(sentence);
  return g.match(toks, toks.map((t) => t.toLowerCase())).map((cs) => cs.map(decode).sort());
};

test("gazetteer: one-token entries match exactly, else case-insensitively; multi-token entries get B/I/L", () => {
  const g = new Gazetteer();
  g.add(["Paris"], gazBit("E:LOC"));
  g.add(["Smith"], gazBit("E:LAST"));
  g.add(["New", "York", "City"], gazBit("X:LOC"));
  assert.deepEqual(matchNames(g, "Smith left PARIS for New York City"), [
    ["E:LAST/U"], [], ["E:LOC/U/ci"], [], ["X:LOC/B"], ["X:LOC/I"], ["X:LOC/L"],
  ]);
  assert.deepEqual(matchNames(g, "new york city smith"), [["X:LOC/B/ci"], ["X:LOC/I/ci"], ["X:LOC/L/ci"], ["E:LAST/U/ci"]]);
  assert.deepEqual(matchNames(g, "New York"), [[], []], "a prefix of an entry is no match");
  assert.equal(g.tokenBits("Paris"), gazBit("E:LOC"));
  assert.equal(g.tokenBits("paris"), gazBit("E:LOC"));
  assert.equal(g.tokenBits("Lyon"), 0);
  assert.equal(g.size, 3);
});

test("gazetteer: per-token single codes given by the caller (the predictor caches them by word) match as computed ones; no-match tokens share one frozen array", () => {
  const g = new Gazetteer();
  g.add(["Paris"], gazBit("E:LOC"));
  g.add(["Smith"], gazBit("E:LAST") | gazBit("E:FIRST"));
  g.add(["New", "York"], gazBit("X:LOC"));
  const toks = split("Smith PARIS Paris of New York");
  const lower = toks.map((t) => t.toLowerCase());
  const codes = toks.map((t, i) => g.singleCode(wordHash(t), lowerHash(lower[i])));
  assert.equal(codes[0], (gazBit("E:LAST") | gazBit("E:FIRST")) * 2, "exact entry: bits × 2");
  assert.equal(codes[1], gazBit("E:LOC") * 2 + 1, "case-insensitive only: bits × 2 + 1");
  assert.equal(codes[3], 1, "no entry at all");
  assert.deepEqual(g.match(toks, lower, undefined, undefined, codes), g.match(toks, lower));
  // prefix codes: which multi-token entries a word can start, exactly (1) or lower-cased (2)
  const prefixes = toks.map((t, i) => g.prefixCode(t, lower[i]));
  assert.deepEqual(prefixes, [0, 0, 0, 0, 3, 0], '"New" starts "New York" both ways; "York" starts nothing');
  assert.equal(g.prefixCode("NEW", "new"), 2, "only the lower-cased form starts an entry");
  assert.deepEqual(g.match(toks, lower, undefined, undefined, codes, prefixes), g.match(toks, lower));
  assert.deepEqual(g.match(toks, lower, undefined, undefined, codes, toks.map(() => 0))[4], [], "a zero prefix code skips the multi-token scan");
  const out = g.match(toks, lower);
  assert.ok(Object.isFrozen(out[3]) && out[3].length === 0, "a token without matches gets the shared empty array");
  assert.notEqual(out[4], out[3], "a matched token gets its own array");
});

test("gazetteer: addAll merges category bits of the same entry", () => {
  const a = new Gazetteer();
  a.add(["Jordan"], gazBit("E:LOC"));
  a.add(["Red", "Sea"], gazBit("X:LOC"));
  const b = new Gazetteer();
  b.add(["Jordan"], gazBit("E:FIRST"));
  b.add(["Red", "Sea"], gazBit("E:LOC"));
  a.addAll(b);
  assert.equal(a.tokenBits("Jordan"), gazBit("E:LOC") | gazBit("E:FIRST"));
  assert.deepEqual(a.entries(), [["Red Sea", gazBit("X:LOC") | gazBit("E:LOC")]]);
});

test("HashBits: sorted arrays rebuild the same table", () => {
  const t = new HashBits();
  t.or(0xdeadbeef, 1);
  t.or(7, 2);
  t.or(0xdeadbeef, 4);
  const { keys, bits } = t.sorted();
  assert.deepEqual([...keys], [7, 0xdeadbeef]);
  assert.deepEqual([...bits], [2, 5]);
  const u = HashBits.from(keys, bits);
  assert.equal(u.get(0xdeadbeef), 5);
  assert.equal(u.get(7), 2);
  assert.equal(u.get(8), 0);
});

test("commonWords: words seen in lower case at least as often as capitalised, outside sentence starts", () => {
  const cw = commonWords([
    split("The bill was passed by Bill Gates ."),
    split("Another bill arrived from Reading ."),
    split("We were reading in Reading and Reading ."),
    split("Bath is a city ."),
    split("HEADLINE WITH BATH AND BATH"),
  ]);
  assert.ok(cw.has("bill"), "bill: 2 lower, 1 capitalised");
  assert.ok(!cw.has("reading"), "reading: 1 lower, 3 capitalised");
  assert.ok(!cw.has("bath"), "Bath only at a sentence start and in a headline");
  assert.ok(cw.has("was") && cw.has("by"));
  assert.ok(!cw.has("the"), "\"The\" only at a sentence start");
});

const lists: ExternalLists = {
  cities: [
    { name: "Springfield", population: 160_000 },
    { name: "Smallville", population: 900 },
    { name: "Bill", population: 50_000 },
    { name: "Los Angeles", population: 3_900_000 },
  ],
  places: ["France", "Paris"],
  languages: ["French", "Swahili"],
  firstNames: ["Maria", "ana clara"],
  lastNames: ["Okafor"],
  names: ["Zed", "Quorra"],
  companies: ["Acme Widgets", "x"],
  people: ["Ada Lovelace"],
};

test("externalGazetteer: categories, population threshold, common-word filter, lower-case entries dropped", () => {
  const g = externalGazetteer(lists, new Set(["bill"]), { minPopulation: 1000 });
  assert.equal(g.tokenBits("Springfield"), gazBit("E:LOC"));
  assert.equal(g.tokenBits("Smallville"), 0, "below the population threshold");
  assert.equal(g.tokenBits("Bill"), 0, "a common word");
  assert.equal(g.tokenBits("Paris"), gazBit("E:LOC"));
  assert.equal(g.tokenBits("Swahili"), gazBit("E:MISC"));
  assert.equal(g.tokenBits("Maria"), gazBit("E:FIRST"));
  assert.equal(g.tokenBits("Okafor"), gazBit("E:LAST"));
  assert.equal(g.tokenBits("Quorra"), gazBit("E:NAME"));
  assert.equal(g.tokenBits("x"), 0);
  const entries = new Map(g.entries());
  assert.equal(entries.get("Los Angeles"), gazBit("E:LOC"));
  assert.equal(entries.get("Acme Widgets"), gazBit("E:ORG"));
  assert.equal(entries.get("Ada Lovelace"), gazBit("E:PER"));
  assert.equal(entries.get("ana clara"), undefined, "no capital letter");
  const some = externalGazetteer(lists, new Set(), { categories: ["E:NAME", "E:LOC"], minPopulation: 100_000 });
  assert.equal(some.tokenBits("Quorra"), gazBit("E:NAME"));
  assert.equal(some.tokenBits("Maria"), 0, "category not asked for");
  assert.equal(some.tokenBits("Bill"), 0, "below 100,000");
  assert.equal(some.tokenBits("Springfield"), gazBit("E:LOC"));
});

test("loadExternalLists: every source package is installed and read", (t) => {
  let l: ExternalLists;
  try {
    l = loadExternalLists();
  } catch (e) {
    t.skip(`dev dependencies not installed: ${(e as Error).message}`);
    return;
  }
  assert.ok(l.cities.some((c) => c.name === "Nairobi" && c.population > 1_000_000));
  assert.ok(l.places.includes("Germany"));
  assert.ok(l.languages.includes("Swahili"));
  assert.ok(l.firstNames.includes("Maria"));
  assert.ok(l.lastNames.length > 1000 && l.firstNames.length > 1000);
  assert.ok(l.names.includes("Maria") && l.names.length > 10_000);
  assert.ok(l.companies.length > 1000);
  assert.ok(l.people.length > 50);
});

test("model file: the gazetteer (hashed and multi-token entries) survives serialisation", () => {
  const sentences = [
    { tokens: split("Amara Voss visited Darrow ."), tags: split("B-PER I-PER O B-LOC O") },
    { tokens: split("The Darrow Institute said so ."), tags: split("O B-ORG I-ORG O O O") },
  ];
  const model = trainNer(sentences, { epochs: 2, stages: 1, external: false, sentenceMode: 0 });
  model.gazetteer.add(["Voss"], gazBit("E:LAST"));
  model.gazetteer.add(["Darrow", "Institute"], gazBit("E:ORG"));
  const back = deserializeNerModel(serializeNerModel(model));
  const s = split("Voss of the DARROW INSTITUTE in Darrow");
  const lower = s.map((w) => w.toLowerCase());
  assert.deepEqual(back.gazetteer.match(s, lower), model.gazetteer.match(s, lower));
  assert.equal(back.gazetteer.tokenBits("Voss"), gazBit("E:LAST"));
  assert.deepEqual(back.predict(s), model.predict(s));
  assert.ok(serializeNerModel(back).equals(serializeNerModel(model)), "byte-identical after a round trip");
});
