// The quote stage's model refiner (src/stages/quotes/refineWithModel.ts) on hand-made model
// outputs: bounding a rule quote with the model's extents, adding a quote the rules missed,
// keeping a rule quote the model does not have, and the thresholds. Independent of the shipped
// model's weights (the views are written here); the last test runs the real pipeline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, createEngine } from "../../src/index.js";
import { segmentStage } from "../../src/document/segment.js";
import { entitiesStage } from "../../src/stages/entities/extractEntities.js";
import { extractQuotes, ruleQuotesStage } from "../../src/stages/quotes/extractQuotes.js";
import { combineWithModel, MODEL_REFINER_SETTINGS, type ModelRefinerSettings } from "../../src/stages/quotes/combineWithModel.js";
import { modelView, type ModelView } from "../../src/stages/quotes/modelView.js";
import { getDefaultAttributionModel, hasDefaultAttributionModel } from "../../src/model/attribution/defaultAttributionModel.js";
import { ruleAttributions } from "../../src/model/attribution/ruleAttributions.js";
import type { ExtractedAttribution } from "../../src/model/attribution/assemble.js";
import type { Analysis, Layers, Quote, Stage } from "../../src/types.js";
import { dossierAttributions } from "../../src/eval/runners.js";

function rulesOf(text: string): { layers: Layers; rules: Quote[] } {
  let got: { layers: Layers; rules: Quote[] } | null = null;
  const capture: Stage<"quotes"> = {
    ...ruleQuotesStage,
    run(doc, layers, ctx) {
      const rules = extractQuotes(doc, layers.paragraphs, layers.sentences, layers.tokens, layers.entities, ctx);
      got = { layers: { ...layers }, rules };
      return { quotes: rules };
    },
  };
  createEngine({ stages: [segmentStage, entitiesStage, capture] as Stage[] }).analyze(text);
  return got!;
}

/** A model attribution from the texts of its parts (first occurrence of each after `from`). */
function att(text: string, source: string | null, cue: string, content: string, score: number): ExtractedAttribution {
  const at = (s: string) => {
    const i = text.indexOf(s);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, text: s };
  };
  const c = at(content);
  return { source: source ? at(source) : null, cue: at(cue), content: { ...c, fragments: [{ start: c.start, end: c.end }] }, score };
}

/** The shipped settings with additions and whole-content bounding on (both are settings). */
const OPEN: ModelRefinerSettings = { ...MODEL_REFINER_SETTINGS, addScore: 0, addSpeechOnly: false, addResolves: "any", addNeedsClause: false, boundContent: "always" };

function combine(text: string, atts: ExtractedAttribution[], settings = OPEN) {
  const { layers, rules } = rulesOf(text);
  const view: ModelView = { chains: ruleAttributions(rules), attributions: atts };
  const quotes = combineWithModel(text, layers, rules, view, settings);
  for (const q of quotes) {
    assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker?.mention) assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text);
    if (q.continues) assert.ok(quotes.some((o) => o.id === q.continues), `${q.id} continues a missing ${q.continues}`);
  }
  return { rules, quotes };
}

const BOUND = "Prime Minister John Carter said in a statement on Monday that the talks would resume next week.";

test("model refiner: a rule quote takes the model's content extent and keeps its speaker and cue", () => {
  const { rules, quotes } = combine(BOUND, [att(BOUND, "Prime Minister John Carter", "said in a statement on Monday", "that the talks would resume next week.", 5)]);
  assert.equal(rules.length, 1);
  assert.equal(quotes.length, 1);
  const [q] = quotes;
  // (dossier's cue is the verb and its speaker span the name: PolNeAR's longer spans stay out)
  assert.equal(q.cue?.text, rules[0].cue?.text);
  // (without the "that": dossier's content is what was said; the PolNeAR converter puts it back)
  assert.equal(q.content.text, "the talks would resume next week.");
  assert.equal(q.speaker?.name, rules[0].speaker?.name);
  assert.equal(q.speaker?.entity, rules[0].speaker?.entity);
  assert.equal(q.speaker?.mention?.text, rules[0].speaker?.mention?.text);
  assert.match(q.method, /\+model$/);
});

test("model refiner: below the bounding score the rule quote stays as it was", () => {
  const { rules, quotes } = combine(BOUND, [att(BOUND, "Prime Minister John Carter", "said in a statement on Monday", "that the talks would resume next week.", -3)], { ...OPEN, boundScore: 0 });
  assert.deepEqual(
    quotes.map((q) => [q.cue?.text, q.content.text]),
    rules.map((q) => [q.cue?.text, q.content.text]),
  );
});

const ADD = "The river rose overnight. Local residents believe the dam will hold.";

test("model refiner: a model attribution the rules do not have is added with its speaker", () => {
  const { rules, quotes } = combine(ADD, [att(ADD, "Local residents", "believe", "the dam will hold.", 8)]);
  assert.equal(rules.length, 0);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].content.text, "the dam will hold.");
  assert.equal(quotes[0].cue?.text, "believe");
  assert.equal(quotes[0].speaker?.mention?.text, "Local residents");
  assert.equal(quotes[0].type, "indirect");
});

test("model refiner: an added attribution needs the add score and a source", () => {
  assert.equal(combine(ADD, [att(ADD, "Local residents", "believe", "the dam will hold.", -8)]).quotes.length, 0);
  assert.equal(combine(ADD, [att(ADD, null, "believe", "the dam will hold.", 8)]).quotes.length, 0);
});

const QUOTED = "“We will rebuild,” said Mayor Ann Lee. Officials expect the bridge to reopen in May.";

test("model refiner: with the shipped settings only a clause reported by a resolved source is added (issue 14)", () => {
  // a belief is no statement
  assert.equal(combine(ADD, [att(ADD, "Local residents", "believe", "the dam will hold.", 8)], MODEL_REFINER_SETTINGS).quotes.length, 0);
  const SAID = "The flood reached the town on Monday. Local residents said the dam would hold.";
  const added = combine(SAID, [att(SAID, "Local residents", "said", "the dam would hold.", 8)], { ...MODEL_REFINER_SETTINGS }).quotes;
  // (the rules may already have it; then the model's is no addition)
  assert.ok(added.some((q) => q.content.text.startsWith("the dam would hold") && q.speaker?.mention?.text === "Local residents"), JSON.stringify(added));
  const RUMOUR = "The flood reached the town on Monday. Local residents who said the dam would hold were wrong.";
  // below the score, without a source, with a noun phrase for content, negated, a relative pronoun or a clause for source
  const cases: [string, ExtractedAttribution][] = [
    ["The agency confirmed the news on Monday.", att("The agency confirmed the news on Monday.", "The agency", "confirmed", "the news on Monday", 8)],
    ["The agency confirmed on Monday the toll was 40.", att("The agency confirmed on Monday the toll was 40.", "The agency", "confirmed", "the toll was 40", -8)],
    ["The agency confirmed on Monday the toll was 40.", att("The agency confirmed on Monday the toll was 40.", null, "confirmed", "the toll was 40", 8)],
    ["Ana Lima declined to say whether the talks would resume.", att("Ana Lima declined to say whether the talks would resume.", "Ana Lima", "declined to say", "whether the talks would resume", 8)],
    ["Ana Lima met protesters saying the war must end.", att("Ana Lima met protesters saying the war must end.", "Ana Lima met protesters", "saying", "the war must end", 8)],
    [RUMOUR, att(RUMOUR, "who", "said", "the dam would hold", 8)],
  ];
  for (const [text, a] of cases) {
    const { rules, quotes } = combine(text, [a], MODEL_REFINER_SETTINGS);
    assert.equal(quotes.length, rules.length, `${text}: ${JSON.stringify(quotes.map((q) => q.content.text))}`);
  }
});

test("model refiner: a content start moves past a 'that' or a quotation mark, not past a word the rule took", () => {
  const TOLL = "The Gaza health ministry says at least 40,139 people have been killed.";
  const { rules, quotes } = combine(TOLL, [att(TOLL, "The Gaza health ministry", "says", "least 40,139 people have been killed.", 8)], MODEL_REFINER_SETTINGS);
  assert.equal(rules[0].content.text.slice(0, 8), "at least");
  assert.ok(quotes[0].content.text.startsWith("at least"), quotes[0].content.text);
  const SAYING = "Hamas responded by saying that the proposal was a trap.";
  const added = combine(SAYING, [att(SAYING, "Hamas", "responded by saying", "that the proposal was a trap", 8)], MODEL_REFINER_SETTINGS).quotes;
  assert.ok(added.some((q) => q.content.text === "the proposal was a trap"), JSON.stringify(added.map((q) => q.content.text)));
});

test("model refiner: a quote carries the model's PolNeAR-style source and cue extents when they overlap its own", () => {
  const { rules, quotes } = combine(BOUND, [att(BOUND, "Prime Minister John Carter", "said in a statement on Monday", "that the talks would resume next week.", 5)], MODEL_REFINER_SETTINGS);
  assert.equal(quotes[0].speaker?.mention?.text, rules[0].speaker?.mention?.text);
  assert.equal(quotes[0].extents?.source?.text, "Prime Minister John Carter");
  assert.equal(quotes[0].extents?.cue?.text, "said in a statement on Monday");
  // (a model source elsewhere is another attribution's: not this quote's extent)
  const other = combine(BOUND, [att(BOUND, "Monday", "said in a statement on Monday", "that the talks would resume next week.", 5)], MODEL_REFINER_SETTINGS).quotes;
  assert.equal(other[0].extents?.source ?? null, null);
  // the PolNeAR converter reads them
  const [triple] = dossierAttributions({ document: { text: BOUND }, quotes } as unknown as Analysis);
  const slice = (x: { start: number; end: number } | null | undefined) => (x ? BOUND.slice(x.start, x.end) : null);
  assert.equal(slice(triple.source), "Prime Minister John Carter");
  assert.equal(slice(triple.cue), "said in a statement on Monday");
});

test("model refiner: with the shipped settings a content moves only at its edges", () => {
  const { rules, quotes } = combine(BOUND, [att(BOUND, "Prime Minister John Carter", "said in a statement on Monday", "that the talks would resume next week.", 5)], MODEL_REFINER_SETTINGS);
  assert.equal(quotes[0].cue?.text, rules[0].cue?.text);
  assert.equal(quotes[0].content.text, "the talks would resume next week.");
  const moved = Math.abs(quotes[0].content.start - rules[0].content.start) + Math.abs(quotes[0].content.end - rules[0].content.end);
  assert.ok(moved <= 2 * MODEL_REFINER_SETTINGS.nearChars, `content moved by ${moved}`);
  const far = combine(BOUND, [att(BOUND, "Prime Minister John Carter", "said in a statement on Monday", "that the talks would resume", 5)], { ...MODEL_REFINER_SETTINGS, nearChars: 3 });
  assert.equal(far.quotes[0].content.text, far.rules[0].content.text);
});

test("model refiner: quote marks stay outside the content; a rule quote the model lacks stays", () => {
  const { rules, quotes } = combine(QUOTED, [att(QUOTED, "Officials", "expect", "the bridge to reopen in May.", 4)]);
  assert.equal(rules.length, 1);
  assert.deepEqual(
    quotes.map((q) => [q.id, q.content.text, q.type]),
    [
      ["q1", "We will rebuild,", rules[0].type],
      ["q2", "the bridge to reopen in May.", "indirect"],
    ].map(([id, c, t]) => [id, id === "q1" ? rules[0].content.text : c, t]),
  );
  const bounded = combine(QUOTED, [att(QUOTED, "Mayor Ann Lee", "said", "“We will rebuild,”", 4)]).quotes;
  assert.equal(bounded[0].content.text, "We will rebuild,");
  assert.equal(bounded[0].type, "direct");
});

test("model refiner: analyze's quotes slice the text and link only to quotes that exist", () => {
  const text = "“We are ready,” the minister said on Friday. She added that talks would resume.\n\nCritics argue the plan is too slow, according to a report by the agency.";
  const a = analyze(text);
  assert.ok(a.quotes.length >= 2);
  for (const q of a.quotes) {
    assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker?.mention) assert.equal(text.slice(q.speaker.mention.start, q.speaker.mention.end), q.speaker.mention.text);
    if (q.continues) assert.ok(a.quotes.some((o) => o.id === q.continues));
  }
});

test("modelView: a long text read in windows of paragraphs gives the attributions of one reading (issue 17, memory)", { skip: hasDefaultAttributionModel() ? false : "models/attribution.bin.gz absent" }, () => {
  const who = ["Mayor Ann Lee", "Omar Haddad", "the ministry", "Police", "Sen. Maria Lopez", "a spokesman"];
  const verbs = ["said", "told reporters", "warned", "added", "argued", "claimed"];
  const paras: string[] = [];
  for (let p = 0; p < 120; p++) {
    const w = who[p % who.length];
    const v = verbs[(p * 7) % verbs.length];
    paras.push(
      p % 3 === 0
        ? `“We will rebuild the bridge by ${2020 + (p % 9)},” ${w} ${v}. The river rose ${p % 13} feet overnight.`
        : p % 3 === 1
          ? `${w} ${v} that the council would vote on plan ${p} next week. Traffic was light.`
          : `The agency reported ${p * 3} cases. “It is safe,” ${w} ${v}, “and it will stay open.”`,
    );
  }
  const text = paras.join("\n\n");
  const { layers, rules } = rulesOf(text);
  const model = getDefaultAttributionModel();
  const one = modelView(text, layers, rules, model, "cues", Infinity);
  const windows = modelView(text, layers, rules, model, "cues", 200);
  assert.ok(layers.tokens.length > 10 * 200, `${layers.tokens.length} tokens: several windows expected`);
  assert.ok(one.attributions.length > 100, `${one.attributions.length} attributions`);
  assert.deepEqual(windows, one);
  // (token indices are the whole text's)
  for (const a of windows.attributions) assert.equal(layers.tokens[a.cueFirst!].start, a.cue!.start);
});
