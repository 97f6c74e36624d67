// The learned cue lexicon (counts, rate buckets, cross-folds, serialisation), the features that
// read it, and the model-file fields added with it (cue lexicon, I-cue bias, argument bucket bits).
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenizeDocument } from "../../src/model/attribution/tokens.js";
import { goldTags } from "../../src/model/attribution/goldTags.js";
import { extractFeatures } from "../../src/model/attribution/features.js";
import { NUM_LABELS } from "../../src/model/attribution/labels.js";
import { tagSpans } from "../../src/model/attribution/assemble.js";
import { buildCueLexicon, crossFoldLexicons, lemmaKey, lexiconBucket, lexiconFromJSON, lexiconToJSON } from "../../src/model/attribution/cueLexicon.js";
import { AttributionModel, decodeAttributionModel, encodeAttributionModel } from "../../src/model/attribution/AttributionModel.js";

/** A document whose gold cue is the first occurrence of `cue` (content: the rest after it). */
function doc(text: string, cue: string) {
  const d = tokenizeDocument(text);
  const start = text.indexOf(cue);
  const cEnd = start + cue.length;
  const gold = goldTags(text, d.tokens, [{ cue: { start, end: cEnd }, content: { start: cEnd + 1, end: text.length - 1 } }]);
  return { doc: d, gold };
}

const DATA = [
  doc("Lee said the plan failed.", "said"),
  doc("Kim said taxes rose.", "said"),
  doc("Park called for a vote.", "called for"),
  doc("The plan said nothing new and the vote said little.", "said"),
  doc("Ortiz warned that talks stalled.", "warned"),
];

test("buildCueLexicon: occurrences, cue starts and continuations per word and lemma", () => {
  const lex = buildCueLexicon(DATA);
  // "said" occurs 4 times (twice in document 3), starts a cue 3 times
  assert.deepEqual(lex.get("said"), { n: 4, b: 3, i: 0 });
  // "for" continues the cue "called for"
  assert.deepEqual(lex.get("for"), { n: 1, b: 0, i: 1 });
  assert.equal(lex.get(lemmaKey("warned"))?.b, 1);
  assert.equal(lemmaKey("warned"), "~warn");
  // words never inside a cue are not kept
  assert.equal(lex.has("plan"), false);
  assert.equal(lex.has("the"), false);
});

test("lexiconBucket: none, zero, rate and frequency classes", () => {
  const lex = buildCueLexicon(DATA);
  assert.equal(lexiconBucket(lex, "plan", "b"), "none");
  assert.equal(lexiconBucket(undefined, "said", "b"), "none");
  assert.equal(lexiconBucket(lex, "for", "b"), "zero");
  assert.equal(lexiconBucket(lex, "for", "i"), "r5|rare");
  assert.equal(lexiconBucket(lex, "said", "b"), "r5|mid"); // 3 / 4 = 75 %
  assert.equal(lexiconBucket(new Map([["x", { n: 5, b: 3, i: 0 }]]), "x", "b"), "r4|mid"); // 60 %
  assert.equal(lexiconBucket(new Map([["x", { n: 200, b: 1, i: 0 }]]), "x", "b"), "r0|freq");
});

test("crossFoldLexicons: a document's lexicon never counts the document itself", () => {
  const lexs = crossFoldLexicons(DATA, 5);
  assert.equal(lexs.length, DATA.length);
  // "warned" only occurs in document 4: its own lexicon does not know it, the others do
  assert.equal(lexs[4].has("warned"), false);
  assert.equal(lexs[0].get("warned")?.b, 1);
  // document 0's lexicon counts "said" from documents 1 and 3 only
  assert.deepEqual(lexs[0].get("said"), { n: 3, b: 2, i: 0 });
});

test("lexicon JSON round trip", () => {
  const lex = buildCueLexicon(DATA);
  const back = lexiconFromJSON(JSON.parse(JSON.stringify(lexiconToJSON(lex))));
  assert.deepEqual([...back.entries()], [...lex.entries()]);
});

test("extractFeatures: the lexicon changes the features of a cue word, not their count per token shape", () => {
  const d = tokenizeDocument("Mora said the talks stalled.");
  const lex = buildCueLexicon(DATA);
  const without = extractFeatures(d, 16);
  const withLex = extractFeatures(d, 16, lex);
  const i = d.tokens.findIndex((t) => t.text === "said");
  const ids = (f: typeof without) => [...f.ids.subarray(f.offsets[i], f.offsets[i + 1])];
  assert.notDeepEqual(ids(withLex), ids(without));
  assert.equal(withLex.offsets.length, d.tokens.length + 1);
});

function zeroModel(bits: number, extra: Partial<ConstructorParameters<typeof AttributionModel>[0]> = {}) {
  const L = NUM_LABELS;
  return new AttributionModel({
    bucketBits: bits,
    weights: new Float32Array((1 << bits) * L),
    transitions: new Float32Array((L + 1) * L),
    ...extra,
  });
}

test("cueInsideBias: a larger I-cue offset joins tokens into one long cue", () => {
  const d = tokenizeDocument("one two three four");
  const short = tagSpans(zeroModel(8, { cueBias: 5 }).tag(d)).filter((s) => s.role === "cue");
  assert.equal(short.length, 4);
  const long = tagSpans(zeroModel(8, { cueBias: 5, cueInsideBias: 6 }).tag(d)).filter((s) => s.role === "cue");
  assert.deepEqual(long.map((s) => [s.first, s.last]), [[0, 3]]);
});

test("model file: lexicon, cue biases and argument bucket bits round-trip", () => {
  const L = NUM_LABELS;
  const lex = buildCueLexicon(DATA);
  const weights = new Float32Array((1 << 8) * L);
  weights[3 * L + 1] = 0.5;
  const arg = new Float32Array((1 << 6) * L);
  arg[2 * L + 5] = -1.25;
  const bytes = encodeAttributionModel({
    bucketBits: 8,
    weights,
    transitions: new Float32Array((L + 1) * L),
    argumentBucketBits: 6,
    argumentStage: { weights: arg, transitions: new Float32Array((L + 1) * L) },
    cueBias: 1.5,
    cueInsideBias: 2.5,
    lexicon: lex,
  });
  const m = decodeAttributionModel(bytes);
  assert.equal(m.bucketBits, 8);
  assert.equal(m.argumentBucketBits, 6);
  assert.equal(m.cueBias, 1.5);
  assert.equal(m.cueInsideBias, 2.5);
  assert.deepEqual([...(m.lexicon ?? new Map()).entries()], [...lex.entries()]);
  assert.equal(m.weights[3 * L + 1], 0.5);
  assert.equal(m.argumentStage?.weights[2 * L + 5], -1.25);
  assert.equal(m.argumentStage?.weights.length, (1 << 6) * L);
  // a model without a lexicon reads back without one
  assert.equal(decodeAttributionModel(encodeAttributionModel({ bucketBits: 8, weights, transitions: new Float32Array((L + 1) * L) })).lexicon, undefined);
});
