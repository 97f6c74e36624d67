// The NER predictor's fast path (src/model/ner/scoreLocal.ts: one lookup per local feature for both
// stages, cached intrinsic sums, precomputed previous-tag rows, slimmed atoms) must tag exactly as
// the reference path: greedyDecode over the local + stacked rows of every sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { getDefaultNerModel, hasDefaultNerModel, defaultNerModelPath } from "../../src/model/ner/defaultModel.js";
import { NerModel } from "../../src/model/ner/NerModel.js";
import { DocContext, KeyBuffer, PredictionHistory, inactiveTokens } from "../../src/model/ner/features.js";
import type { SentenceAtoms } from "../../src/model/ner/features.js";
import { greedyDecode } from "../../src/model/ner/decode.js";
import type { SentenceRows } from "../../src/model/ner/decode.js";
import { toBio } from "../../src/model/ner/tags.js";
import { IntrinsicCache, forcedLabels } from "../../src/model/ner/scoreLocal.js";
import { readConll, groupDocuments } from "../../src/eval/conll/readConll.js";

/** The straightforward predictor: resolve every key, concatenate rows, greedyDecode per stage. */
function referencePredict(m: NerModel, sentences: string[][]): string[][] {
  const buf = new KeyBuffer();
  const resolve = (n: number): SentenceRows => {
    const rows = new Int32Array(buf.len);
    for (let f = 0; f < buf.len; f++) rows[f] = m.table.get(buf.lo[f], buf.hi[f]);
    return { rows, start: buf.start.slice(0, n + 1) };
  };
  const decode = (atoms: SentenceAtoms[], rows: SentenceRows[], stage: number): string[][] => {
    const history = m.options.predictionHistory ? new PredictionHistory(m.types.length) : null;
    return atoms.map((a, k) => {
      const ids = new Int32Array(a.n);
      if (a.n > 0) greedyDecode(m.setup, a, rows[k], { table: m.table, w: m.stageWeights[stage] }, history, ids);
      return toBio(Array.from(ids, (y) => m.labels[y]));
    });
  };
  const doc = m.options.docFeatures ? new DocContext(sentences) : undefined;
  const atoms = sentences.map((w) => m.extractor.atoms(w, doc));
  const local = atoms.map((a) => {
    m.extractor.localKeys(a, buf);
    return resolve(a.n);
  });
  let bio = decode(atoms, local, 0);
  if (m.stageCount > 1) {
    m.attachStack(sentences, atoms, bio);
    const both = atoms.map((a, k) => {
      m.extractor.stackKeys(a, buf);
      const extra = resolve(a.n);
      const rows = new Int32Array(local[k].rows.length + extra.rows.length);
      const start = new Int32Array(a.n + 1);
      let p = 0;
      for (let i = 0; i < a.n; i++) {
        start[i] = p;
        for (let f = local[k].start[i]; f < local[k].start[i + 1]; f++) rows[p++] = local[k].rows[f];
        for (let f = extra.start[i]; f < extra.start[i + 1]; f++) rows[p++] = extra.rows[f];
      }
      start[a.n] = p;
      return { rows, start };
    });
    bio = decode(atoms, both, 1);
  }
  return bio;
}

const split = (s: string) => s.split(" ");
/** Score every token, as the reference path does (the default skips lower-case runs: tested below). */
const EXHAUSTIVE = { exhaustive: true };
/** Invented documents: headlines, ALL-CAPS lines (recasing), repeated names, quotes, hyphens, empty sentences. */
const DOCS: string[][][] = [
  [
    split("LORIVAN PRESIDENT MEETS KESSLAND ENVOY IN DARROW"),
    split("Lorivan President Amara Voss met the Kessland envoy Tomas Brecht in Darrow on Tuesday ."),
    split('" We agreed on a cease-fire , " Voss told reporters at the Darrow Institute for Peace .'),
    [],
    split("Brecht , a former Kessland-Lorivan trade official , said the Union of Northern States would observe ."),
    split("Voss and Brecht will meet again in March , the institute said ."),
  ],
  [split("the quick brown fox jumps over the lazy dog .")],
  [split("Mr. O'Neill of Acme Corp. paid $ 1.5 million to U.S. regulators in 2019 .")],
];

test("NER fast path tags invented documents exactly as the reference path", (t) => {
  if (!hasDefaultNerModel()) return t.skip(`no trained model at ${defaultNerModelPath()}`);
  const m = getDefaultNerModel();
  for (const d of DOCS) {
    assert.deepEqual(m.predictDocument(d, EXHAUSTIVE), referencePredict(m, d));
    assert.deepEqual(m.predictDocument(d, EXHAUSTIVE), referencePredict(m, d), "second call (intrinsic sums from the cache)");
  }
  // Some entity is found at all (the comparison above is not between two empty outputs).
  assert.ok(m.predictDocument(DOCS[0]).flat().some((tag) => tag !== "O"));
});

test("NER fast path with two stages (second stage's weights synthetic) equals the reference path", (t) => {
  if (!hasDefaultNerModel()) return t.skip(`no trained model at ${defaultNerModelPath()}`);
  const m = getDefaultNerModel();
  const w0 = m.stageWeights[0];
  // A deterministic permutation of stage 0's weights: any weights must give identical tags on both paths.
  const w1 = new Float32Array(w0.length);
  for (let i = 0; i < w0.length; i++) w1[i] = w0[(i * 7919) % w0.length];
  const two = new NerModel({
    scheme: m.scheme, labels: m.labels, types: m.types, options: m.options, gazetteer: m.gazetteer, capStats: m.capStats,
    stages: [{ table: m.table, weights: w0 }, { table: m.table, weights: w1 }],
  });
  assert.equal(two.stageCount, 2);
  for (const d of DOCS) assert.deepEqual(two.predictDocument(d, EXHAUSTIVE), referencePredict(two, d));
});

test("intrinsic cache: hits, flag slots and clearing at the limit", () => {
  const c = new IntrinsicCache(2);
  const v = new Float64Array([1, 2]);
  c.set(0, "Voss", v);
  assert.equal(c.get(0, "Voss"), v);
  assert.equal(c.get(1, "Voss"), undefined, "sentence-start slot is separate");
  c.set(IntrinsicCache.slot(512), "Voss", new Float64Array([3]));
  assert.equal(IntrinsicCache.slot(512), 1);
  assert.equal(IntrinsicCache.slot(1024 | 512), 3);
  c.set(0, "Brecht", new Float64Array([4]));
  assert.equal(c.get(0, "Voss"), undefined, "cleared when the limit is reached");
  assert.ok(c.get(0, "Brecht"));
});

test("NER fast path equals the reference path on CoNLL-2003 testa (first 40 documents)", (t) => {
  const file = path.resolve(new URL("../../../shared/data/conll2003/eng.testa", import.meta.url).pathname);
  if (!fs.existsSync(file)) return t.skip(`CoNLL-2003 data absent (${file})`);
  if (!hasDefaultNerModel()) return t.skip(`no trained model at ${defaultNerModelPath()}`);
  const m = getDefaultNerModel();
  for (const d of groupDocuments(readConll(file)).slice(0, 40)) {
    const words = d.map((s) => s.tokens);
    assert.deepEqual(m.predictDocument(words, EXHAUSTIVE), referencePredict(m, words));
  }
});

test("inactiveTokens: lower-case runs are skipped, except where a name may go on, join or begin", () => {
  const m = getDefaultNerModelOrNull();
  if (!m) return;
  const skippedOf = (sentence: string): string[] => {
    const words = split(sentence);
    const a = m.extractor.atoms(words);
    const skip = inactiveTokens(a.FL, a.n, undefined, words);
    return skip ? words.filter((_, i) => skip[i] === 1) : [];
  };
  // "ended on" joins "Doha" and "3 May"; "," follows "May"; "the talks in" only precede "Doha".
  assert.deepEqual(skippedOf("the talks in Doha ended on 3 May , and the envoy left for home ."), ["the", "talks", "in", "and", "the", "envoy", "left", "for", "home", "."]);
  // "van der" is a short run between capitals; "de" is a particle before one.
  assert.deepEqual(skippedOf("the scrum-half Joost van der Westhuizen was bowled by de Silva"), ["the", "scrum-half", "bowled", "by"]);
  // "said the" and "of the" are runs of two between capitals; "started" follows one.
  assert.deepEqual(skippedOf("Blinken said the Tour of the Netherlands started in talks at home"), ["in", "talks", "at", "home"]);
  assert.deepEqual(skippedOf("Blinken met Netanyahu"), [], "nothing to skip");
  // without the tokens, a particle is skipped like any lower-case word
  const w = split("they met de Silva");
  assert.deepEqual(Array.from(inactiveTokens(m.extractor.atoms(w).FL, 4)!), [1, 1, 1, 0]);
});

test("forcedLabels: O where O may follow, else the label that closes the open entity", () => {
  const labels = ["O", "B-PER", "I-PER", "L-PER", "U-PER"];
  // BILOU transitions: after B or I only I/L of the same type.
  const nL = labels.length;
  const allowed = new Uint8Array((nL + 1) * nL);
  for (let p = 0; p <= nL; p++)
    for (let y = 0; y < nL; y++) {
      const open = p === 1 || p === 2;
      allowed[p * nL + y] = open ? (y === 2 || y === 3 ? 1 : 0) : y === 2 || y === 3 ? 0 : 1;
    }
  assert.deepEqual(Array.from(forcedLabels(labels, allowed)), [0, 3, 3, 0, 0, 0]);
});

test("skipping lower-case tokens changes (almost) nothing on CoNLL-2003 testa (first 40 documents)", (t) => {
  const file = path.resolve(new URL("../../../shared/data/conll2003/eng.testa", import.meta.url).pathname);
  if (!fs.existsSync(file)) return t.skip(`CoNLL-2003 data absent (${file})`);
  if (!hasDefaultNerModel()) return t.skip(`no trained model at ${defaultNerModelPath()}`);
  const m = getDefaultNerModel();
  let tokens = 0;
  let differ = 0;
  let skippedNonO = 0;
  for (const d of groupDocuments(readConll(file)).slice(0, 40)) {
    const words = d.map((s) => s.tokens);
    const fast = m.predictDocument(words);
    const full = m.predictDocument(words, EXHAUSTIVE);
    words.forEach((w, k) => {
      const skip = inactiveTokens(m.extractor.atoms(w).FL, w.length, undefined, w);
      for (let i = 0; i < w.length; i++) {
        tokens++;
        if (fast[k][i] !== full[k][i]) differ++;
        if (skip && skip[i] && fast[k][i] !== "O") skippedNonO++;
      }
    });
  }
  assert.ok(tokens > 10_000);
  assert.equal(skippedNonO, 0, "a skipped token is always O (the token before it closes any entity)");
  assert.ok(differ / tokens < 0.001, `${differ} of ${tokens} tags differ`);
});

function getDefaultNerModelOrNull(): NerModel | null {
  return hasDefaultNerModel() ? getDefaultNerModel() : null;
}

test("DocContext: document bits and mixed-case spellings, ASCII and not", () => {
  const d = new DocContext([
    split("The talks in Doha began ; doha was quiet"),
    split("Officials in Doha and DOHA Times reporters met Élodie Durand"),
    split("élodie , Élodie and ÉLODIE : the Doha Doha talks"),
    split("BREAKING NEWS FROM DOHA"),
  ]);
  const DOCF_LOWER = 1, DOCF_CAP = 2, DOCF_FIRST = 8, DOCF_LAST = 16;
  const bits = (w: string) => d.bits.get(w) ?? 0;
  assert.equal(bits("doha") & (DOCF_LOWER | DOCF_CAP), DOCF_LOWER | DOCF_CAP, "doha: lower case and capitalised mid-sentence");
  assert.equal(bits("talks") & DOCF_CAP, 0, "talks: never capitalised");
  assert.equal(bits("the") & DOCF_CAP, 0, "The: only sentence-initial");
  assert.equal(bits("élodie") & (DOCF_LOWER | DOCF_CAP), DOCF_LOWER | DOCF_CAP, "non-ASCII word read as the ASCII ones");
  assert.ok(bits("élodie") & DOCF_FIRST && bits("durand") & DOCF_LAST, "Élodie Durand is a run of capitals");
  assert.equal(d.mixedForm.get("doha"), "Doha", "ALL-CAPS and headline forms do not count");
  assert.equal(d.mixedForm.get("élodie"), "Élodie");
  assert.equal(d.mixedForm.get("breaking"), undefined, "headline words have no mixed form");
  // The most frequent spelling wins; ties go to the smaller string.
  const t = new DocContext([split("a McCain b Mccain c McCain d MCCAIN e Mccain f Mccain")]);
  assert.equal(t.mixedForm.get("mccain"), "Mccain");
  const tie = new DocContext([split("a McCain b Mccain")]);
  assert.equal(tie.mixedForm.get("mccain"), "McCain");
});
