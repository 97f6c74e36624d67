// The shipped attribution model (models/attribution.bin.gz), run as `dossier eval` runs it alone
// (on the rule quotes as features): source, cue and content on invented news sentences (each span must slice the text), and a regression floor on the first 10 PolNeAR
// dev articles (skipped when ../shared/data is absent).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../src/model/attribution/defaultAttributionModel.js";
import { evalLearnedAttribution, LEARNED_SYSTEM_NAME } from "../../src/eval/polnear/evalLearned.js";
import { modelAttributions } from "../../src/eval/peers/learnedAttributions.js";

const DATA = fileURLToPath(new URL("../../../shared/data/polnear", import.meta.url));
const haveData = fs.existsSync(`${DATA}/data/metadata.tsv`);
const SKIP_MSG = `PolNeAR data not found at ${DATA} (../shared/data relative to the repo); skipping the dev regression`;

test("the model file ships with the package", () => {
  assert.ok(hasDefaultAttributionModel(), "models/attribution.bin.gz is missing");
  const size = fs.statSync(new URL("../../models/attribution.bin.gz", import.meta.url)).size;
  assert.ok(size < 30e6, `model is ${size} bytes`);
  assert.ok(getDefaultAttributionModel().argumentStage, "two-stage model expected");
});

const CASES: Array<{ text: string; source: string | null; cue: string; content: string }> = [
  {
    text: "Senator Maria Lopez said the budget would pass next week.",
    source: "Senator Maria Lopez",
    cue: "said",
    content: "the budget would pass next week",
  },
  {
    text: "The city council met on Tuesday.\n\n“We will not back down,” the mayor said.",
    source: "the mayor",
    cue: "said",
    content: "“We will not back down,”",
  },
  {
    text: "Officials warned that the storm could flood the coast.",
    source: "Officials",
    cue: "warned",
    content: "that the storm could flood the coast",
  },
];

for (const c of CASES) {
  test(`shipped model: ${c.text.slice(0, 50)}…`, () => {
    const atts = modelAttributions(c.text);
    for (const a of atts) {
      for (const s of [a.source, a.cue, a.content]) if (s) assert.equal(c.text.slice(s.start, s.end), s.text);
      for (const f of a.content.fragments) assert.ok(f.start >= a.content.start && f.end <= a.content.end);
    }
    const hit = atts.find((a) => a.cue?.text === c.cue);
    assert.ok(hit, `no attribution with cue "${c.cue}": ${JSON.stringify(atts.map((a) => a.cue?.text))}`);
    assert.equal(hit.content.text, c.content);
    assert.equal(hit.source?.text ?? null, c.source);
  });
}

test("shipped model: no attribution in a sentence without one", () => {
  const atts = modelAttributions("The river rose two feet overnight and the bridge was closed.");
  assert.equal(atts.length, 0);
});

test("PolNeAR dev slice (10 articles): learned extractor stays above its floor", { skip: haveData ? false : SKIP_MSG }, () => {
  const r = evalLearnedAttribution(DATA, "dev", { limit: 10 });
  assert.equal(r.documents, 10);
  assert.equal(r.system.name, LEARNED_SYSTEM_NAME);
  const m = r.system.metrics;
  // floors a little below the measured values of the shipped model (see docs/EVALUATION.md)
  assert.ok(m.f1 >= FLOOR.attribution, `attribution F1 ${m.f1}`);
  assert.ok(m.source_exact_f1 >= FLOOR.source, `source F1 ${m.source_exact_f1}`);
  assert.ok(m.cue_exact_f1 >= FLOOR.cue, `cue F1 ${m.cue_exact_f1}`);
  assert.ok(m.content_exact_f1 >= FLOOR.content, `content F1 ${m.content_exact_f1}`);
});

// measured 2026-12-07 on dev[0:10] (model with the rule quotes as features, 8 + 4 epochs, run on
// the rules' analysis): attribution 66.0, source 76.5, cue 68.4, content 52.6 (exact F1, %); the
// 2026-12-02 model (30 + 7 epochs, no rule features) had 66.0 / 77.4 / 71.2 / 56.3
const FLOOR = { attribution: 0.63, source: 0.73, cue: 0.65, content: 0.5 };
