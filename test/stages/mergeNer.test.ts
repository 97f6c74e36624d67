// mergeNer: how the trained model's spans are merged into the lexicon/pattern entities. The model
// is replaced by a hand-written span finder, so each case states exactly what the "model" said.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createDocument } from "../../src/document/createDocument.js";
import { runPipeline } from "../../src/pipeline.js";
import { segmentStage } from "../../src/document/segment.js";
import { extractEntities } from "../../src/stages/entities/extractEntities.js";
import { defaultGazetteer } from "../../src/stages/entities/gazetteer.js";
import { mapNerType, modelNerSpans, type NerSpan, type NerSpanFinder } from "../../src/stages/entities/mergeNer.js";
import type { Entity, Stage } from "../../src/types.js";

/** A finder that returns the given (surface, type) pairs at every occurrence in the text. */
function says(pairs: [string, string][]): NerSpanFinder {
  return (text) => {
    const out: NerSpan[] = [];
    for (const [surface, type] of pairs) {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) out.push({ start: i, end: i + surface.length, type });
    }
    return out;
  };
}

function entities(text: string, ner: NerSpanFinder | null): Entity[] {
  const doc = createDocument({ text });
  const { layers } = runPipeline(doc, [segmentStage as Stage]);
  return extractEntities(doc, layers.sentences, layers.tokens, { report: () => {} }, defaultGazetteer(), { ner });
}

/** "TYPE name: mention, mention" per entity with a name mention. */
function summary(es: Entity[]): string[] {
  return es
    .filter((e) => e.mentions.some((m) => m.kind === "name"))
    .map((e) => `${e.type} ${e.name}: ${e.mentions.filter((m) => m.kind === "name").map((m) => m.text).join(", ")}`);
}

function assertInvariant(text: string, es: Entity[]): void {
  for (const e of es) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `${e.name}: ${m.text}`);
}

test("mergeNer: the model types a lone capitalised word the lexicon could only call MISC", () => {
  const text = "Officials met Zorblat executives in the capital.";
  assert.ok(summary(entities(text, null)).includes("MISC Zorblat: Zorblat"), summary(entities(text, null)).join("; "));
  const es = entities(text, says([["Zorblat", "ORG"]]));
  assert.deepEqual(summary(es), ["ORG Zorblat: Zorblat"]);
  assert.equal(es[0].method, "model:ner");
  assertInvariant(text, es);
});

test("mergeNer: model spans inside a guessed multi-word name replace it (demonym → NORP)", () => {
  const text = "The bowler was Australian Tom Moody, who took four wickets.";
  const rules = summary(entities(text, null));
  assert.ok(rules.includes("PER Australian Tom Moody: Australian Tom Moody"), rules.join("; "));
  const es = entities(text, says([["Australian", "MISC"], ["Tom Moody", "PER"]]));
  assert.deepEqual(summary(es).sort(), ["NORP Australian: Australian", "PER Tom Moody: Tom Moody"]);
  assertInvariant(text, es);
});

test("mergeNer: lexicon decisions win over the model (a known country stays a GPE)", () => {
  const text = "Officials in Israel said the talks would resume.";
  const es = entities(text, says([["Israel", "PER"]]));
  assert.deepEqual(summary(es), ["GPE Israel: Israel"]);
  assert.equal(es[0].mentions[0].method, "lexicon:gazetteer");
});

test("mergeNer: a shape guess the model rejects in a headline line is dropped", () => {
  const text = "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire took over at the top on Friday.";
  const rules = summary(entities(text, null));
  assert.ok(rules.some((r) => r.includes("CRICKET")), rules.join("; "));
  const es = entities(text, says([["LEICESTERSHIRE", "ORG"], ["Leicestershire", "ORG"]]));
  assert.ok(!summary(es).some((r) => r.includes("CRICKET")), summary(es).join("; "));
  assert.ok(summary(es).some((r) => r.startsWith("ORG ") && r.includes("Leicestershire")), summary(es).join("; "));
  assertInvariant(text, es);
});

test("mergeNer: an acronym in running text survives when the model says nothing", () => {
  const text = "The talks were hosted by the XQZR in the city.";
  const es = entities(text, says([]));
  assert.ok(summary(es).some((r) => r.includes("XQZR")), summary(es).join("; "));
});

test("mergeNer: a model span crossing a lexicon mention's boundary leaves the lexicon reading", () => {
  const text = "“You cannot veto the truth,” US Ambassador to the UN Linda Thomas-Greenfield said.";
  const es = entities(text, says([["UN Linda", "ORG"]]));
  assert.ok(summary(es).includes("PER Linda Thomas-Greenfield: Linda Thomas-Greenfield"), summary(es).join("; "));
});

test("mergeNer: the model adds a name the lexicon cannot see, one entity for every occurrence", () => {
  // Name chunks start with a capital letter; "eBay" is no chunk, so only the model finds it.
  const text = "Analysts at eBay said on Monday that eBay would cut jobs.";
  assert.deepEqual(summary(entities(text, null)), []);
  const es = entities(text, says([["eBay", "ORG"]]));
  assert.deepEqual(summary(es), ["ORG eBay: eBay, eBay"]);
  assert.ok(es[0].mentions.every((m) => m.method === "model:ner" && m.kind === "name"));
  assertInvariant(text, es);
});

test("mergeNer: a confirmed multi-word guess takes the type the model gives its mentions", () => {
  const text = "Zorblat Quintus reported higher profits. Shares in Zorblat Quintus rose.";
  const rules = summary(entities(text, null));
  assert.ok(rules.includes("PER Zorblat Quintus: Zorblat Quintus, Zorblat Quintus"), rules.join("; "));
  const es = entities(text, says([["Zorblat Quintus", "ORG"]]));
  assert.deepEqual(summary(es), ["ORG Zorblat Quintus: Zorblat Quintus, Zorblat Quintus"]);
});

test("mapNerType: LOC becomes GPE for a known country or city, MISC becomes NORP for a demonym", () => {
  const gaz = defaultGazetteer();
  assert.equal(mapNerType("LOC", "France", gaz).type, "GPE");
  assert.equal(mapNerType("LOC", "Paris", gaz).type, "GPE");
  assert.equal(mapNerType("LOC", "Lower Zorblatia", gaz).type, "LOC");
  assert.deepEqual(mapNerType("MISC", "French", gaz).type, "NORP");
  assert.equal(mapNerType("MISC", "Eurovision", gaz).type, "MISC");
  assert.equal(mapNerType("PER", "Ann Lee", gaz).type, "PER");
});

test("modelNerSpans: hyphenated words reach the model whole, and spans map back to characters", () => {
  const text = "Linda Thomas-Greenfield met al-Burhan in Port Sudan.";
  const doc = createDocument({ text });
  const { layers } = runPipeline(doc, [segmentStage as Stage]);
  let seen: string[][] = [];
  const tagger = {
    predictDocument(sentences: readonly (readonly string[])[]): string[][] {
      seen = sentences.map((s) => [...s]);
      return sentences.map((s) => s.map((w) => (w === "Linda" ? "B-PER" : w === "Thomas-Greenfield" ? "I-PER" : w === "Port" ? "B-LOC" : w === "Sudan" ? "I-LOC" : "O")));
    },
  };
  const spans = modelNerSpans(text, layers.sentences, layers.tokens, tagger);
  assert.ok(seen[0].includes("Thomas-Greenfield") && seen[0].includes("al-Burhan"), seen[0].join(" | "));
  assert.deepEqual(
    spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`),
    ["PER:Linda Thomas-Greenfield", "LOC:Port Sudan"],
  );
});

test("modelNerSpans: a long text is tagged in windows of whole paragraphs, each a document (issue 17: memory)", () => {
  const text = "Ann Lee spoke. Bob Day left.\nCal Fox won.\nDee Roe lost. Eve Kay wept.\nFay Ng sang.";
  const doc = createDocument({ text });
  const { layers } = runPipeline(doc, [segmentStage as Stage]);
  const calls: string[][] = [];
  const tagger = {
    predictDocument(sentences: readonly (readonly string[])[]): string[][] {
      calls.push(sentences.map((s) => s.join(" ")));
      return sentences.map((s) => s.map((w, i) => (i === 0 ? "B-PER" : i === 1 ? "I-PER" : "O")));
    },
  };
  const whole = modelNerSpans(text, layers.sentences, layers.tokens, tagger);
  assert.equal(calls.length, 1, "shorter than a window: one document");
  calls.length = 0;
  const windowed = modelNerSpans(text, layers.sentences, layers.tokens, tagger, 8);
  // 8 tokens reached inside the first paragraph: it ends the first window; then 4 (< 8) + 8
  assert.deepEqual(calls, [["Ann Lee spoke .", "Bob Day left ."], ["Cal Fox won .", "Dee Roe lost .", "Eve Kay wept ."], ["Fay Ng sang ."]]);
  assert.deepEqual(windowed, whole);
  assert.deepEqual(whole.map((s) => text.slice(s.start, s.end)), ["Ann Lee", "Bob Day", "Cal Fox", "Dee Roe", "Eve Kay", "Fay Ng"]);
});
