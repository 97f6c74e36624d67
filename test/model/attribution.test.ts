// Attribution tagger internals on invented sentences: features, quotation state, gold tags, BIO
// decoding, assembly (one- and two-stage), the model file format, and seeded reproducible training.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenizeDocument } from "../../src/model/attribution/tokens.js";
import { distBucket, extractFeatures, normWord, quoteState, wordShape } from "../../src/model/attribution/features.js";
import { goldTags } from "../../src/model/attribution/goldTags.js";
import { LABELS, NUM_LABELS, allowedTransition, labelOf } from "../../src/model/attribution/labels.js";
import { viterbi } from "../../src/model/attribution/viterbi.js";
import { assembleAttributions, labelNames, tagSpans } from "../../src/model/attribution/assemble.js";
import { attributionFromArguments } from "../../src/model/attribution/argumentAssemble.js";
import { argumentFeatures, argumentWindow, tokenAtoms } from "../../src/model/attribution/argumentFeatures.js";
import { trainAttributionModel } from "../../src/model/attribution/trainAttribution.js";
import { trainArgumentTagger } from "../../src/model/attribution/argumentTagger.js";
import { AttributionModel, decodeAttributionModel, encodeAttributionModel } from "../../src/model/attribution/AttributionModel.js";

const TEXT = "Mayor Ann Lee said the bridge would reopen in May.\n\n“We are done,” Lee told reporters. “It is safe.”";
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const GOLD = [
  { source: at("Mayor Ann Lee"), cue: at("said"), content: at("the bridge would reopen in May") },
  {
    source: at("Lee", 60),
    cue: at("told reporters"),
    content: { ...at("“We are done,” Lee told reporters. “It is safe.”"), fragments: [at("“We are done,”"), at("“It is safe.”")] },
  },
];

test("normWord, wordShape, distBucket", () => {
  assert.equal(normWord("“Don’t”"), "\"don't\"");
  assert.equal(wordShape("McCain"), "XxXx");
  assert.equal(wordShape("2016"), "d");
  assert.deepEqual([0, 4, 6, 12, 40, -1].map(distBucket), ["0", "4", "5-7", "8-15", "16+", "none"]);
});

test("tokenizeDocument: offsets slice the text; sentences and paragraphs", () => {
  const doc = tokenizeDocument(TEXT);
  for (const t of doc.tokens) assert.equal(TEXT.slice(t.start, t.end), t.text);
  assert.ok(doc.sentences.length >= 3);
  assert.equal(doc.tokens[0].paragraph, 0);
  assert.equal(doc.tokens[doc.tokens.length - 1].paragraph, 1);
});

test("quoteState: inside/outside, marks, reset at paragraph start", () => {
  const doc = tokenizeDocument('He said "no way" today.\n\n“Yes,” she said.');
  const { inside, mark } = quoteState(doc);
  const by = (w: string, from = 0) => doc.tokens.findIndex((t, i) => i >= from && t.text === w);
  assert.equal(inside[by("no")], true);
  assert.equal(inside[by("way")], true);
  assert.equal(inside[by("today")], false);
  assert.equal(inside[by("He")], false);
  assert.equal(mark[by('"')], "open");
  assert.equal(mark[by('"', by("way"))], "close");
  assert.equal(inside[by("Yes")], true);
  assert.equal(mark[by("”")], "close");
  assert.equal(inside[by("she")], false);
});

test("extractFeatures: one bucket list per token, deterministic, within range", () => {
  const doc = tokenizeDocument(TEXT);
  const a = extractFeatures(doc, 16);
  const b = extractFeatures(doc, 16);
  assert.equal(a.offsets.length, doc.tokens.length + 1);
  assert.deepEqual(a.ids, b.ids);
  for (let i = 0; i < doc.tokens.length; i++) assert.ok(a.offsets[i + 1] > a.offsets[i]);
  for (const id of a.ids) assert.ok(id >= 0 && id < 1 << 16);
  // the same word in a different context gets different context features
  const said1 = tokenizeDocument("Lee said it.");
  const said2 = tokenizeDocument("“It,” said Lee.");
  const f1 = extractFeatures(said1, 16);
  const f2 = extractFeatures(said2, 16);
  const ids = (f: typeof f1, i: number) => [...f.ids.subarray(f.offsets[i], f.offsets[i + 1])];
  const i1 = said1.tokens.findIndex((t) => t.text === "said");
  const i2 = said2.tokens.findIndex((t) => t.text === "said");
  assert.notDeepEqual(ids(f1, i1), ids(f2, i2));
});

test("goldTags: BIO per role; each content fragment starts with B", () => {
  const doc = tokenizeDocument(TEXT);
  const names = labelNames(goldTags(TEXT, doc.tokens, GOLD));
  const tagOf = (w: string, from = 0) => names[doc.tokens.findIndex((t) => t.start >= from && t.text === w)];
  assert.equal(tagOf("Mayor"), "B-source");
  assert.equal(tagOf("Lee"), "I-source");
  assert.equal(tagOf("said"), "B-cue");
  assert.equal(tagOf("the"), "B-content");
  assert.equal(tagOf("May"), "I-content");
  assert.equal(tagOf("."), "O");
  assert.equal(tagOf("“"), "B-content");
  assert.equal(tagOf("Lee", 60), "B-source");
  assert.equal(tagOf("told"), "B-cue");
  assert.equal(tagOf("reporters"), "I-cue");
  assert.equal(tagOf("“", 80), "B-content");
  assert.equal(tagOf("”", 80), "I-content");
});

test("viterbi: picks the best allowed sequence; I-X never follows anything but B-X/I-X", () => {
  const L = NUM_LABELS;
  const em = new Float64Array(3 * L);
  const I_CONTENT = labelOf("content", true);
  // token 0 prefers O, tokens 1-2 prefer I-content (not allowed after O): B-content then I-content
  em[0 * L + 0] = 5;
  em[1 * L + I_CONTENT] = 3;
  em[1 * L + labelOf("content", false)] = 2;
  em[2 * L + I_CONTENT] = 3;
  const tags = viterbi(em, 3, L, new Float64Array((L + 1) * L));
  assert.deepEqual(labelNames(tags), ["O", "B-content", "I-content"]);
  assert.equal(allowedTransition(0, I_CONTENT), false);
  assert.equal(allowedTransition(-1, I_CONTENT), false);
  assert.equal(allowedTransition(labelOf("cue", false), labelOf("cue", true)), true);
  assert.equal(LABELS.length, L);
});

test("assembleAttributions: gold tags give back the gold triples (content fragments merged)", () => {
  const doc = tokenizeDocument(TEXT);
  const atts = assembleAttributions(TEXT, doc.tokens, goldTags(TEXT, doc.tokens, GOLD));
  assert.deepEqual(
    atts.map((a) => [a.source?.text, a.cue?.text, a.content.text, a.content.fragments.length]),
    [
      ["Mayor Ann Lee", "said", "the bridge would reopen in May", 1],
      ["Lee", "told reporters", "“We are done,” Lee told reporters. “It is safe.”", 2],
    ],
  );
  for (const a of atts) for (const s of [a.source, a.cue, a.content]) if (s) assert.equal(TEXT.slice(s.start, s.end), s.text);
  assert.deepEqual(
    tagSpans([0, 1, 2, 3, 6, 6, 0]).map((s) => [s.role, s.first, s.last]),
    [
      ["source", 1, 2],
      ["cue", 3, 3],
      ["content", 4, 5],
    ],
  );
});

test("argument stage: window, features and assembly from window labels", () => {
  const doc = tokenizeDocument(TEXT);
  const atoms = tokenAtoms(doc);
  const told = doc.tokens.findIndex((t) => t.text === "told");
  const cue = { first: told, last: told + 1 };
  const win = argumentWindow(doc, cue);
  assert.ok(win.from <= 0 + told && win.to === doc.tokens.length);
  const f = argumentFeatures(doc, atoms, cue, win, new Uint8Array(doc.tokens.length), 16);
  assert.equal(f.offsets.length, win.to - win.from + 1);
  // cue tokens carry no features (their labels are fixed)
  assert.equal(f.offsets[told - win.from + 1] - f.offsets[told - win.from], 0);
  const tags = goldTags(TEXT, doc.tokens, [GOLD[1]]).subarray(win.from, win.to);
  const a = attributionFromArguments(doc, cue, win.from, tags)!;
  assert.equal(a.source?.text, "Lee");
  assert.equal(a.cue?.text, "told reporters");
  assert.equal(a.content.text, "“We are done,” Lee told reporters. “It is safe.”");
  assert.equal(attributionFromArguments(doc, cue, win.from, new Uint8Array(tags.length)), null);
});

// A tiny invented corpus: "<Name> said <clause>." in varied forms.
const NAMES = ["Smith", "The governor", "Officials", "Ms. Park", "He", "The senator", "Jones", "She"];
const CLAUSES = ["the plan would fail", "taxes rose", "the vote was delayed", "nothing had changed", "talks would resume", "the road was closed"];
function corpus(n: number) {
  const out: Array<{ text: string; gold: typeof GOLD }> = [];
  for (let k = 0; k < n; k++) {
    const name = NAMES[k % NAMES.length];
    const clause = CLAUSES[(k * 5) % CLAUSES.length];
    const other = CLAUSES[(k * 5 + 1) % CLAUSES.length];
    const text = `${name} said ${clause}. The weather was mild.\n\n“${other[0].toUpperCase()}${other.slice(1)},” ${name.toLowerCase() === "he" || name === "She" ? name.toLowerCase() : name} added.`;
    const f = (s: string, from = 0) => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length };
    };
    const q = text.indexOf("“");
    const qEnd = text.indexOf("”") + 1;
    const src2 = text.slice(qEnd + 1, text.lastIndexOf(" added"));
    out.push({
      text,
      gold: [
        { source: f(name), cue: f("said"), content: f(clause) },
        { source: f(src2, qEnd), cue: f("added"), content: { start: q, end: qEnd } },
      ],
    });
  }
  return out;
}

function trainTiny(seed: number) {
  const data = corpus(24).map((x) => {
    const doc = tokenizeDocument(x.text);
    return { doc, gold: goldTags(x.text, doc.tokens, x.gold), x };
  });
  const stage1 = trainAttributionModel(data, { epochs: 4, seed, bucketBits: 14 });
  const instances = data.flatMap((d, di) =>
    d.x.gold.map((a) => {
      const first = d.doc.tokens.findIndex((t) => t.start === a.cue.start);
      return { doc: di, cue: { first, last: first }, gold: goldTags(d.x.text, d.doc.tokens, [a]) };
    }),
  );
  const cuesByDoc = data.map((_, di) => instances.filter((i) => i.doc === di).map((i) => i.cue));
  const stage2 = trainArgumentTagger(
    data.map((d) => d.doc),
    instances,
    cuesByDoc,
    { epochs: 4, seed, bucketBits: 14 },
  );
  return { ...stage1, argumentStage: stage2, meta: { seed } };
}

test("training: same seed gives the same bytes; the file round-trips; the model learns the tiny corpus", () => {
  const a = encodeAttributionModel(trainTiny(7));
  const b = encodeAttributionModel(trainTiny(7));
  assert.ok(a.equals(b), "same seed, same bytes");
  const model = decodeAttributionModel(a);
  assert.ok(model.argumentStage);
  assert.deepEqual(model.meta, { seed: 7 });
  const text = "Brown said the bridge was closed. The weather was mild.\n\n“Nothing had changed,” Brown added.";
  const atts = model.extract(text);
  assert.deepEqual(
    atts.map((x) => [x.source?.text, x.cue?.text, x.content.text]),
    [
      ["Brown", "said", "the bridge was closed"],
      ["Brown", "added", "“Nothing had changed,”"],
    ],
  );
  // a bad file is refused
  assert.throws(() => decodeAttributionModel(Buffer.from("nope")));
  assert.throws(() => new AttributionModel({ bucketBits: 4, weights: new Float32Array(3), transitions: new Float32Array(56) }), /wrong size/);
});
