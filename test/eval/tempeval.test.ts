// TempEval-3: (a) scorer unit tests on hand-computed cases, (b) TimeML reader on an inline
// sample, (c) peer mappers, (d) a small real-data run (first 5 dev documents) when the shared
// data is present.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { alignTimexes, prf, scoreTimex, type TimexSpan } from "../../src/eval/tempeval/scoreTimex.js";
import { decodeXmlEntities, parseTimeml, readTempEval, tempEvalFiles } from "../../src/eval/tempeval/readTimeml.js";
import { chronoTimexes, dctDate, evalTimex } from "../../src/eval/runners.js";

const DATA = fileURLToPath(new URL("../../../shared/data/tempeval3", import.meta.url));
const haveData = fs.existsSync(`${DATA}/te3-platinum`);
const SKIP_MSG = `TempEval-3 data not found at ${DATA} (../shared/data relative to the repo); skipping the real-data test`;

const t = (start: number, end: number, type: string | null = "DATE", value: string | null = "2013-03-22"): TimexSpan => ({ start, end, type, value });

// ─── (a) scorer ────────────────────────────────────────────────────────────────────────────────

test("scoreTimex: a perfect prediction scores 1 everywhere", () => {
  const gold = [t(0, 6), t(10, 17, "DURATION", "P1M")];
  const s = scoreTimex([{ gold, predicted: gold.map((g) => ({ ...g })) }]);
  for (const x of [s.strict.f1, s.relaxed.f1, s.strict.p, s.relaxed.r, s.typeAccuracy, s.valueAccuracy, s.typeF1, s.valueF1]) assert.equal(x, 1);
});

test("scoreTimex: one shifted boundary is a relaxed match but not a strict one", () => {
  // gold "Friday", predicted "Friday morning"
  const s = scoreTimex([{ gold: [t(0, 6)], predicted: [t(0, 14)] }]);
  assert.deepEqual(s.strict, { p: 0, r: 0, f1: 0 });
  assert.deepEqual(s.relaxed, { p: 1, r: 1, f1: 1 });
  assert.equal(s.valueF1, 1);
});

test("scoreTimex: a wrong value on 1 of 2 matches gives value accuracy 0.5 and value F1 = 0.5 × relaxed F1", () => {
  const gold = [t(0, 6), t(20, 27, "DURATION", "P1M")];
  const predicted = [t(0, 6), t(20, 27, "DURATION", "P1W"), t(40, 45)]; // third is spurious
  const s = scoreTimex([{ gold, predicted }]);
  assert.equal(s.valueAccuracy, 0.5);
  assert.equal(s.typeAccuracy, 1);
  assert.deepEqual(s.relaxed, { p: 2 / 3, r: 1, f1: 0.8 });
  assert.ok(Math.abs(s.valueF1 - 0.4) < 1e-12);
  assert.ok(Math.abs(s.typeF1 - 0.8) < 1e-12);
});

test("scoreTimex: a wrong type counts against type accuracy only", () => {
  const s = scoreTimex([{ gold: [t(0, 6, "DATE", "2013")], predicted: [t(0, 6, "DURATION", "2013")] }]);
  assert.equal(s.typeAccuracy, 0);
  assert.equal(s.typeF1, 0);
  assert.equal(s.valueAccuracy, 1);
});

test("scoreTimex: a prediction without value or type never matches an attribute", () => {
  const s = scoreTimex([{ gold: [t(0, 6)], predicted: [t(0, 6, null, null)] }]);
  assert.equal(s.relaxed.f1, 1);
  assert.equal(s.valueAccuracy, 0);
  assert.equal(s.typeAccuracy, 0);
});

test("scoreTimex: relaxed matching is one-to-one; exact pairs are taken first", () => {
  // two predictions inside one gold: only one matches
  const s = scoreTimex([{ gold: [t(0, 20)], predicted: [t(0, 6), t(10, 20)] }]);
  assert.equal(s.counts.relaxed, 1);
  assert.deepEqual(s.relaxed, { p: 0.5, r: 1, f1: 2 / 3 });
  // prediction [5,15) overlaps both golds more than [10,15) does; exact [10,15) still pairs with gold [10,15)
  assert.deepEqual(alignTimexes([t(0, 8), t(10, 15)], [t(10, 15), t(5, 12)]), [
    [0, 1],
    [1, 0],
  ]);
});

test("scoreTimex: micro-averages over documents and handles empty input", () => {
  const s = scoreTimex([
    { gold: [t(0, 6)], predicted: [] },
    { gold: [], predicted: [t(0, 6)] },
    { gold: [t(0, 6)], predicted: [t(0, 6)] },
  ]);
  assert.deepEqual(s.relaxed, { p: 0.5, r: 0.5, f1: 0.5 });
  assert.equal(scoreTimex([]).valueF1, 1);
  assert.equal(scoreTimex([{ gold: [t(0, 6)], predicted: [] }]).valueF1, 0);
  assert.deepEqual(prf(0, 0, 3), { p: 0, r: 0, f1: 0 });
});

// ─── (b) reader ────────────────────────────────────────────────────────────────────────────────

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>SAMPLE_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TITLE>AT&amp;T results</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it <EVENT eid="e2" class="OCCURRENCE">grew</EVENT> for <TIMEX3 tid="t2" type='DURATION' value="P1Y">a year</TIMEX3> &lt;a&gt;.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`;

test("parseTimeml: plain TEXT with decoded entities; offsets slice to the timex text", () => {
  const doc = parseTimeml(SAMPLE, "sample");
  assert.equal(doc.id, "SAMPLE_1");
  assert.equal(doc.dct, "2013-03-22");
  assert.equal(doc.dctType, "DATE");
  assert.equal(doc.text, "\nAT&T said Friday it grew for a year <a>.\n");
  assert.deepEqual(
    doc.timexes.map((x) => [x.tid, x.type, x.value, x.text]),
    [
      ["t1", "DATE", "2013-03-22", "Friday"],
      ["t2", "DURATION", "P1Y", "a year"],
    ],
  );
  for (const x of doc.timexes) assert.equal(doc.text.slice(x.start, x.end), x.text);
});

test("parseTimeml: no DOCID falls back to the file name; errors on missing TEXT and unclosed TIMEX3", () => {
  assert.equal(parseTimeml("<TimeML><TEXT>x</TEXT></TimeML>", "f1").id, "f1");
  assert.throws(() => parseTimeml("<TimeML></TimeML>", "f2"), /no <TEXT>/);
  assert.throws(() => parseTimeml('<TimeML><TEXT><TIMEX3 tid="t1">x</TEXT></TimeML>', "f3"), /unclosed/);
  assert.equal(decodeXmlEntities("&amp;&#65;&#x42;&foo;"), "&AB&foo;");
});

// ─── (c) peers ─────────────────────────────────────────────────────────────────────────────────

test("chronoTimexes: DCT-anchored values, leading preposition trimmed", () => {
  const text = "Officials met on Friday and will meet again on March 3, 2014 at 5pm.";
  const out = chronoTimexes(text, "2013-03-22");
  const by = Object.fromEntries(out.map((x) => [text.slice(x.start, x.end), `${x.type} ${x.value}`]));
  assert.equal(by["Friday"], "DATE 2013-03-22");
  assert.equal(by["March 3, 2014 at 5pm"], "TIME 2014-03-03T17:00");
  assert.equal(dctDate("1998-02-13T13:10:00"), "1998-02-13");
});

// ─── (d) real data ─────────────────────────────────────────────────────────────────────────────

test("TempEval-3 real data: splits, gold spans and a 5-document dev run", { skip: haveData ? false : SKIP_MSG }, async () => {
  const files = { train: tempEvalFiles(DATA, "train"), dev: tempEvalFiles(DATA, "dev"), test: tempEvalFiles(DATA, "test") };
  assert.equal(files.test.length, 20);
  assert.equal(files.dev.length + files.train.length, 183 + 73);
  assert.ok(files.dev.every((f) => !files.train.includes(f)));

  const docs = readTempEval(DATA, "dev", { limit: 5 });
  assert.equal(docs.length, 5);
  for (const d of docs) {
    assert.ok(d.dct && /^\d{4}-\d{2}-\d{2}/.test(d.dct), d.id);
    for (const x of d.timexes) assert.equal(d.text.slice(x.start, x.end), x.text, `${d.id} ${x.tid}`);
  }

  const report = await evalTimex(DATA, "dev", { peers: true, limit: 5 });
  assert.deepEqual(
    report.systems.map((s) => s.name),
    ["dossier", "chrono-node", "compromise"],
  );
  for (const s of report.systems) {
    for (const k of ["f1", "precision", "recall", "strict_f1", "relaxed_f1", "type_accuracy", "value_f1", "value_accuracy"]) {
      const v = s.metrics[k];
      assert.ok(typeof v === "number" && v >= 0 && v <= 1, `${s.name} ${k} = ${v}`);
    }
  }
});
