// The attribution model's first stage a block of sentences at a time (issue 17, memory of large
// texts): Viterbi fed in blocks, features extracted in blocks, and `extractFrom` over a text of
// several blocks give exactly what one pass over the whole document gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { NUM_LABELS, allowedTransition } from "../../src/model/attribution/labels.js";
import { viterbi, ViterbiDecoder } from "../../src/model/attribution/viterbi.js";
import { extractFeatures, featureExtractor } from "../../src/model/attribution/features.js";
import { tokenizeDocument } from "../../src/model/attribution/tokens.js";
import { ruleRoles } from "../../src/model/attribution/ruleRoles.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../src/model/attribution/defaultAttributionModel.js";
import { mulberry32 } from "../../src/model/ner/hash.js";

const L = NUM_LABELS;

/** The best allowed sequence by trying every one (small n only). */
function bruteForce(em: Float64Array, n: number, tr: Float64Array): number[] {
  let best = -Infinity;
  let arg: number[] = [];
  const seq: number[] = new Array(n).fill(0);
  const walk = (i: number, score: number) => {
    if (i === n) {
      if (score > best) [best, arg] = [score, seq.slice()];
      return;
    }
    for (let y = 0; y < L; y++) {
      const prev = i === 0 ? -1 : seq[i - 1];
      if (!allowedTransition(prev, y)) continue;
      seq[i] = y;
      walk(i + 1, score + em[i * L + y] + (i === 0 ? tr[L * L + y] : tr[prev * L + y]));
    }
  };
  walk(0, 0);
  return arg;
}

test("ViterbiDecoder: the best sequence, found by trying every sequence (random scores)", () => {
  const rand = mulberry32(7);
  for (let round = 0; round < 30; round++) {
    const n = 1 + Math.floor(rand() * 5);
    const em = Float64Array.from({ length: n * L }, () => rand() * 4 - 2);
    const tr = Float64Array.from({ length: (L + 1) * L }, () => rand() * 4 - 2);
    assert.deepEqual([...viterbi(em, n, L, tr)], bruteForce(em, n, tr), `round ${round}`);
  }
});

test("ViterbiDecoder: blocks of any size give the labels of one push (ties included)", () => {
  const rand = mulberry32(11);
  for (let round = 0; round < 40; round++) {
    const n = 1 + Math.floor(rand() * 300);
    // (small integers: many ties, which go to the lower label in both)
    const em = Float64Array.from({ length: n * L }, () => Math.floor(rand() * 3));
    const tr = Float64Array.from({ length: (L + 1) * L }, () => Math.floor(rand() * 3) - 1);
    const whole = viterbi(em, n, L, tr);
    const d = new ViterbiDecoder(n, L, tr);
    for (let i = 0; i < n; ) {
      const m = Math.min(n - i, 1 + Math.floor(rand() * 40));
      d.push(em.slice(i * L, (i + m) * L), m);
      i += m;
    }
    assert.deepEqual([...d.finish()], [...whole], `round ${round}`);
  }
  assert.throws(() => new ViterbiDecoder(3, L, new Float64Array((L + 1) * L)).finish(), /0 of 3/);
});

/** An invented text of `paragraphs` paragraphs with direct and reported speech. */
function longText(paragraphs: number): string {
  const names = ["Mayor Ann Lee", "Omar Haddad", "the ministry", "Police", "Sen. Maria Lopez", "a spokesman"];
  const verbs = ["said", "told reporters", "warned", "added", "argued", "claimed"];
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const who = names[p % names.length];
    const verb = verbs[(p * 7) % verbs.length];
    out.push(
      p % 3 === 0
        ? `“We will rebuild the bridge by ${2020 + (p % 9)},” ${who} ${verb}. The river rose ${p % 13} feet overnight.`
        : p % 3 === 1
          ? `${who} ${verb} that the council would vote on plan ${p} next week, according to officials. Traffic was light.`
          : `The agency reported ${p * 3} cases in district ${p % 17}. “It is safe,” ${who} ${verb}, “and it will stay open.”`,
    );
  }
  return out.join("\n\n");
}

test("featureExtractor: blocks of sentences give the features of the whole document", () => {
  const doc = tokenizeDocument(longText(60));
  const rules = ruleRoles(doc, [{ source: null, cue: null, fragments: [{ start: 0, end: 40 }] }]);
  const focus = Uint8Array.from(doc.sentences, (_, i) => (i % 4 === 1 ? 0 : 1));
  const whole = extractFeatures(doc, 16, undefined, rules, focus);
  const block = featureExtractor(doc, 16, undefined, rules, focus);
  const ids: number[] = [];
  const offsets: number[] = [];
  for (let s0 = 0; s0 < doc.sentences.length; ) {
    const s1 = Math.min(doc.sentences.length, s0 + 1 + (s0 % 5));
    const t0 = doc.sentences[s0].tokenStart;
    const t1 = s1 === doc.sentences.length ? doc.tokens.length : doc.sentences[s1 - 1].tokenEnd;
    const f = block(s0, s1, t0, t1);
    assert.equal(f.offsets.length, t1 - t0 + 1);
    for (let j = 0; j < t1 - t0; j++) offsets.push(ids.length + f.offsets[j]);
    ids.push(...f.ids);
    s0 = s1;
  }
  offsets.push(ids.length);
  assert.ok(whole.ids.length > 1000);
  assert.deepEqual(ids, [...whole.ids]);
  assert.deepEqual(offsets, [...whole.offsets]);
});

test("extractFrom: a text of several first-stage blocks gives what whole-document features give", { skip: hasDefaultAttributionModel() ? false : "models/attribution.bin.gz absent" }, () => {
  const model = getDefaultAttributionModel();
  const doc = tokenizeDocument(longText(900));
  assert.ok(doc.tokens.length > 2 * 8192, `${doc.tokens.length} tokens: the text must span several blocks`);
  const rules = ruleRoles(doc, []);
  const focus = Uint8Array.from(doc.sentences, (_, i) => (i % 7 === 3 ? 0 : 1));
  const blocks = model.extractFrom(doc, undefined, rules, focus);
  const whole = model.extractFrom(doc, model.features(doc, rules, focus), rules, focus);
  assert.ok(blocks.length > 300, `${blocks.length} attributions`);
  assert.deepEqual(blocks, whole);
});
