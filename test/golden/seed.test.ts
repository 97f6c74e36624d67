// Golden whole-document test on the canonical seed article (examples/article.txt, a copy of
// ../shared/seed/article.txt). Expectations are written by hand from reading the article.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/index.js";

const text = fs.readFileSync(new URL("../../examples/article.txt", import.meta.url), "utf8");
const meta = JSON.parse(fs.readFileSync(new URL("../../examples/article.json", import.meta.url), "utf8"));
const a: Analysis = analyze({ text, title: meta.title, outlet: meta.outlet, published: meta.published });

/** [speaker entity name, speaker mention text, cue, type, first words of content] */
const QUOTES: [string, string, string, string, string][] = [
  ["Prime Minister's Office", "Netanyahu's office", "said", "mixed", "the meeting was “positive”"],
  ["Prime Minister's Office", "Netanyahu's office", "said", "direct", "The Prime Minister reiterated Israel's commitment"],
  ["Antony Blinken", "Blinken", "warned", "indirect", "the ongoing Gaza cease-fire talks"],
  ["Antony Blinken", "Blinked", "said", "direct", "This is a decisive moment"],
  ["Joe Biden", "Biden", "said", "indirect", "Israel presented a three-phase deal"],
  ["Hamas", "Hamas", "said", "indirect", "Netanyahu set new conditions"],
  ["Hamas", "Hamas", "said", "direct", "The new proposal meets Netanyahu's conditions"],
  ["Hamas", "it", "added", "direct", "He also set new conditions"],
  ["Hamas", "The resistance group", "called on", "mixed", "the mediators “to fulfill"],
  ["local health authorities", "local health authorities", "according to", "indirect", "The Israeli onslaught has since killed"],
];

test("seed: every quote with its speaker, cue, type and content", () => {
  const got = a.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.mention?.text ?? null, q.cue?.text ?? null, q.type, q.content.text]);
  assert.equal(a.quotes.length, QUOTES.length, `quotes found:\n${got.map((g) => JSON.stringify(g)).join("\n")}`);
  QUOTES.forEach(([name, mention, cue, type, head], i) => {
    const q = a.quotes[i];
    assert.equal(q.speaker?.name, name, `quote ${i + 1} speaker`);
    assert.equal(q.speaker?.mention?.text, mention, `quote ${i + 1} speaker mention`);
    assert.equal(q.cue?.text, cue, `quote ${i + 1} cue`);
    assert.equal(q.type, type, `quote ${i + 1} type`);
    assert.ok(q.content.text.startsWith(head), `quote ${i + 1} content starts with "${head}", got "${q.content.text.slice(0, 60)}"`);
  });
});

test("seed: the office is an entity of its own, linked to its head", () => {
  const office = a.entities.find((e) => e.name === "Prime Minister's Office")!;
  const bibi = a.entities.find((e) => e.name === "Benjamin Netanyahu")!;
  assert.ok(office && bibi);
  assert.equal(office.type, "ORG");
  assert.equal(office.head, bibi.id);
  assert.equal(bibi.role, "Prime Minister");
});

test("seed: titles, short names, the typo and pronouns are mentions of the right entity", () => {
  const blinken = a.entities.find((e) => e.name === "Antony Blinken")!;
  const texts = blinken.mentions.map((m) => `${m.text}/${m.kind}`);
  for (const want of ["Antony Blinken/name", "Blinken/name", "The top US diplomat/title", "Blinked/name", "his/pronoun"]) {
    assert.ok(texts.includes(want), `Blinken mentions include ${want}: ${texts.join(", ")}`);
  }
  const hamas = a.entities.find((e) => e.name === "Hamas")!;
  const ht = hamas.mentions.map((m) => `${m.text}/${m.kind}`);
  assert.ok(ht.includes("The resistance group/nominal") && ht.includes("it/pronoun"), ht.join(", "));
  const typo = a.diagnostics.find((d) => d.rule === "speaker-typo");
  assert.ok(typo && typo.span?.text === "Blinked", "a diagnostic names the typo");
});

test("seed: the Times of Israel is the channel (via) of Blinken's quote, not a speaker", () => {
  const q = a.quotes.find((x) => x.speaker?.mention?.text === "Blinked") as (typeof a.quotes)[number] & { via?: { name: string } };
  assert.equal(q.via?.name, "Times of Israel");
});

test("seed: no quote for the unattributed phrase or the 'no comment' sentence", () => {
  assert.ok(!a.quotes.some((q) => q.content.text.includes("narrows the gaps")));
  assert.ok(!a.quotes.some((q) => q.content.text.includes("no immediate comment")));
});

/** [text, type, TIMEX3 value] for every time expression, in order (published 2024-08-19, a Monday). */
const TIMES: [string, string, string][] = [
  ["three-hour", "DURATION", "PT3H"],
  ["Monday", "DATE", "2024-08-19"],
  ["Sunday evening", "TIME", "2024-08-18TEV"], // the day before publication
  ["Earlier Monday", "DATE", "2024-08-19"],
  ["Tuesday", "DATE", "2024-08-20"], // "will travel … Tuesday": the next one
  ["Friday", "DATE", "2024-08-16"], // past tense: the last one
  ["May 31", "DATE", "2024-05-31"], // year from context
  ["May", "DATE", "2024-05"],
  ["Sunday", "DATE", "2024-08-18"],
  ["For months", "DURATION", "PXM"],
  ["Oct. 7, 2023", "DATE", "2023-10-07"],
  ["10 months", "DURATION", "P10M"],
  ["May 6", "DATE", "2024-05-06"],
];

test("seed: every time expression resolved against the publication date", () => {
  const got = a.times.map((t) => [t.text, t.type, t.value]);
  assert.deepEqual(got, TIMES);
});

/** [text, value, unit (substring), approx, source name or null] for every figure, in order. */
const FIGURES: [string, number, string, string, string | null][] = [
  ["three-hour", 3, "hour", "exact", null],
  ["ninth", 9, "visit", "exact", null],
  ["three-phase", 3, "phase", "exact", "Joe Biden"], // inside Biden's reported statement
  ["40,130", 40130, "killed", "more than", "local health authorities"],
  ["92,740", 92740, "injured", "more than", "local health authorities"],
  ["10", 10, "month", "more than", null], // "More than 10 months into the war": a counted duration
  ["1 million", 1000000, "Palestinians", "more than", null], // the outlet's own figure
];

test("seed: every figure with its value, unit, qualifier and source", () => {
  assert.equal(a.figures.length, FIGURES.length, JSON.stringify(a.figures.map((f) => f.text)));
  FIGURES.forEach(([text, value, unit, approx, source], i) => {
    const f = a.figures[i];
    assert.equal(f.text, text);
    assert.equal(f.value, value, text);
    assert.ok(f.unit?.includes(unit), `${text}: unit ${f.unit} should mention ${unit}`);
    assert.equal(f.approx, approx, text);
    assert.equal(f.source?.name ?? null, source, text);
  });
  assert.equal(a.figures.find((f) => f.text === "ninth")?.ordinal, true);
});
