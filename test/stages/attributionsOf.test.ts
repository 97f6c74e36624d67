// The attributions layer (src/stages/quotes/attributionsOf.ts) on hand-made model outputs and
// quotes: the model's attributions with their own extents, linked to the quote they are; the
// quotes no model attribution covers (the rules' fallback) in PolNeAR's content convention; and
// the layer in `analyze` (present with the quote stage, absent with the quote rules alone).
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, createEngine } from "../../src/index.js";
import { attributionsOf } from "../../src/stages/quotes/attributionsOf.js";
import { defaultStages } from "../../src/pipeline.js";
import { quotesStage, ruleQuotesStage } from "../../src/stages/quotes/extractQuotes.js";
import { dossierAttributions } from "../../src/eval/runners.js";
import type { ExtractedAttribution } from "../../src/model/attribution/assemble.js";
import type { Analysis, Quote, Stage } from "../../src/types.js";

const at = (text: string, s: string) => {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, text: s };
};

function model(text: string, source: string | null, cue: string, contents: string[], score = 5): ExtractedAttribution {
  const fragments = contents.map((c) => at(text, c)).map(({ start, end }) => ({ start, end }));
  return { source: source ? at(text, source) : null, cue: at(text, cue), content: { start: fragments[0].start, end: fragments[fragments.length - 1].end, text: "", fragments }, score };
}

function quote(text: string, id: string, speaker: string | null, cue: string | null, content: string, continues: string | null = null): Quote {
  return { id, type: "indirect", speaker: speaker ? { entity: null, name: speaker, mention: at(text, speaker) } : null, cue: cue ? at(text, cue) : null, content: at(text, content), continues, method: "test", confidence: 0.8 };
}

const TEXT = "Prime Minister John Carter said in a statement on Monday that the talks would resume. The union believes the strike will end. “We are ready,” Ana Lima said. “Come and see.”";

test("attributions layer: the model's attributions keep their own extents and link to the quote they are", () => {
  const q1 = quote(TEXT, "q1", "John Carter", "said", "the talks would resume");
  const atts = attributionsOf(TEXT, [q1], [model(TEXT, "Prime Minister John Carter", "said in a statement on Monday", ["that the talks would resume"]), model(TEXT, "The union", "believes", [" the strike will end"], 2.26)]);
  assert.deepEqual(atts.map((a) => [a.id, a.source?.text, a.cue?.text, a.content.map((c) => c.text), a.quote, a.method, a.score]), [
    ["a1", "Prime Minister John Carter", "said in a statement on Monday", ["that the talks would resume"], "q1", "model", 5],
    // (a belief is no quote: linked to none; the content is trimmed of spaces; the score rounded)
    ["a2", "The union", "believes", ["the strike will end"], null, "model", 2.3],
  ]);
  for (const a of atts) for (const s of [a.source, a.cue, ...a.content]) if (s) assert.equal(TEXT.slice(s.start, s.end), s.text);
});

test("attributions layer: a quote chain no model attribution covers is one attribution, in PolNeAR's convention", () => {
  const q1 = quote(TEXT, "q1", "Ana Lima", "said", "We are ready,");
  const q2 = quote(TEXT, "q2", "Ana Lima", null, "Come and see.", "q1");
  const atts = attributionsOf(TEXT, [q1, q2], []);
  assert.equal(atts.length, 1);
  assert.deepEqual(atts[0].content.map((c) => c.text), ["“We are ready,”", "“Come and see.”"]);
  assert.equal(atts[0].source?.text, "Ana Lima");
  assert.equal(atts[0].cue?.text, "said");
  assert.equal(atts[0].quote, "q1");
  assert.equal(atts[0].method, "rules");
  // a rule quote with "that" before it takes it in; one the model covers is not repeated
  const q3 = quote(TEXT, "q3", "John Carter", "said", "the talks would resume");
  assert.deepEqual(attributionsOf(TEXT, [q3], []).map((a) => a.content[0].text), ["that the talks would resume"]);
  assert.equal(attributionsOf(TEXT, [q3], [model(TEXT, "Prime Minister John Carter", "said", ["talks would resume"])]).length, 1);
  // negative: a model attribution whose content is only spaces is no attribution
  assert.deepEqual(attributionsOf(TEXT, [], [model(TEXT, null, "said", [" "])]), []);
});

test("attributions layer: analyze makes it with the quote stage, and the PolNeAR converter reads it", () => {
  const text = "The minister said on Monday that the bridge would reopen in May. Officials believe the repairs will cost $40 million.";
  const a = analyze(text);
  assert.ok(Array.isArray(a.attributions));
  for (const t of a.attributions!) {
    assert.ok(t.content.length > 0);
    for (const s of [t.source, t.cue, ...t.content]) if (s) assert.equal(text.slice(s.start, s.end), s.text);
    if (t.quote) assert.ok(a.quotes.some((q) => q.id === t.quote));
  }
  // every quote is (part of) an attribution
  for (const q of a.quotes) assert.ok(a.attributions!.some((t) => t.content.some((c) => c.start < q.content.end && q.content.start < c.end)), q.content.text);
  assert.equal(dossierAttributions(a).length, a.attributions!.length);
  // the quote rules alone make no layer: the converter reads the quotes then
  const rules = createEngine({ stages: defaultStages.map((s) => (s === (quotesStage as Stage) ? (ruleQuotesStage as Stage) : s)) }).analyze(text);
  assert.equal(rules.attributions, undefined);
  assert.equal(dossierAttributions(rules as Analysis).length, new Set(rules.quotes.map((q) => q.continues ?? q.id)).size);
});
