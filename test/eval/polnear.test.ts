// PolNeAR: (a) attribution scorer unit tests on hand-computed cases, (b) brat reader on an inline
// sample, (c) baseline and dossier mappers, (d) a small real-data run (first 5 dev articles)
// when the shared data is present.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreAttribution, tokenize, type AttributionTriple } from "../../src/eval/polnear/scoreAttribution.js";
import { parseBratAttributions, readPolnear } from "../../src/eval/polnear/readPolnear.js";
import { dossierAttributions, evalQuotes, quoteMarksBaseline, withQuoteMarks } from "../../src/eval/runners.js";
import type { Analysis, Quote } from "../../src/index.js";

const DATA = fileURLToPath(new URL("../../../shared/data/polnear", import.meta.url));
const haveData = fs.existsSync(`${DATA}/data/metadata.tsv`);
const SKIP_MSG = `PolNeAR data not found at ${DATA} (../shared/data relative to the repo); skipping the real-data test`;

const TEXT = "Smith said the plan would fail. “It is over,” Jones told reporters. Critics argue taxes rose.";
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const GOLD: AttributionTriple[] = [
  { source: at("Smith"), cue: at("said"), content: at("the plan would fail") },
  { source: at("Jones"), cue: at("told"), content: at("“It is over,”") },
  { source: at("Critics"), cue: at("argue"), content: at("taxes rose") },
];
const score = (predicted: AttributionTriple[], gold = GOLD) => scoreAttribution([{ text: TEXT, gold, predicted }]);

// ─── (a) scorer ────────────────────────────────────────────────────────────────────────────────

test("scoreAttribution: a perfect prediction scores 1 for every role and attribution", () => {
  const s = score(GOLD.map((a) => ({ ...a })));
  for (const r of [s.source, s.cue, s.content]) {
    assert.deepEqual(r.exact, { p: 1, r: 1, f1: 1 });
    assert.deepEqual(r.partial, { p: 1, r: 1, f1: 1 });
  }
  assert.equal(s.attribution.f1, 1);
});

test("scoreAttribution: a shorter content is not exact but earns token-overlap credit", () => {
  // gold "the plan would fail" (4 tokens), predicted "plan would fail" (3 tokens)
  const s = score([{ source: at("Smith"), cue: at("said"), content: at("plan would fail") }]);
  assert.equal(s.content.exactMatched, 0);
  assert.deepEqual(s.content.exact, { p: 0, r: 0, f1: 0 });
  // P = (3/3) / 1 predicted; R = (3/4) / 3 gold contents
  assert.equal(s.content.partial.p, 1);
  assert.equal(s.content.partial.r, 0.25);
  // 3 of max(4, 3) tokens ≥ 50% and the sources overlap: one attribution matched of 3 gold
  assert.deepEqual([s.attribution.matched, s.attribution.p, s.attribution.r], [1, 1, 1 / 3]);
});

test("scoreAttribution: attribution match needs ≥50% of the larger content and a source overlap", () => {
  // "would" is 1 of 4 tokens: content too small
  assert.equal(score([{ source: at("Smith"), cue: null, content: at("would") }]).attribution.matched, 0);
  // content fine but the source is someone else
  assert.equal(score([{ source: at("Jones"), cue: null, content: at("the plan would fail") }]).attribution.matched, 0);
  // content fine but no source while the gold has one
  assert.equal(score([{ source: null, cue: null, content: at("the plan would fail") }]).attribution.matched, 0);
  // both without source: a match; the cue is not required
  const noSource: AttributionTriple[] = [{ cue: at("argue"), content: at("taxes rose") }];
  assert.equal(score([{ content: at("taxes rose") }], noSource).attribution.f1, 1);
  // a content with twice the gold's tokens still matches (exactly 50%); a much longer one does not
  assert.equal(score([{ source: at("Critics"), content: at("argue taxes rose.") }]).attribution.matched, 1);
  assert.equal(score([{ source: at("Critics"), content: at("Jones told reporters. Critics argue taxes rose") }]).attribution.matched, 0);
});

test("scoreAttribution: roles count distinct spans; a shared source counts once", () => {
  const gold: AttributionTriple[] = [
    { source: at("Smith"), cue: at("said"), content: at("the plan would fail") },
    { source: at("Smith"), cue: at("argue"), content: at("taxes rose") },
  ];
  const s = score([{ source: at("Smith"), cue: at("said"), content: at("the plan would fail") }], gold);
  assert.deepEqual([s.source.gold, s.source.predicted, s.source.exact.f1], [1, 1, 1]);
  assert.deepEqual([s.cue.gold, s.cue.exact.r], [2, 0.5]);
  assert.equal(s.attribution.r, 0.5);
});

test("scoreAttribution: fragments and whitespace; discontinuous gold content", () => {
  // gold content "“It is over,” … reporters." as two fragments, predicted with the outer extent
  const frag1 = at("“It is over,”");
  const frag2 = at("reporters");
  const gold: AttributionTriple[] = [{ source: at("Jones"), cue: at("told"), content: { start: frag1.start, end: frag2.end, fragments: [frag1, frag2] } }];
  const outer = { start: frag1.start, end: frag2.end };
  const s = score([{ source: at("Jones"), cue: at("told"), content: outer }], gold);
  assert.equal(s.content.exact.f1, 1); // same extent
  assert.ok(s.content.partial.p < 1 && s.content.partial.r === 1); // "Jones told" tokens are extra
  // surrounding whitespace is trimmed before comparing
  const padded = { start: at("Smith").start, end: at("Smith").end + 1 };
  assert.equal(score([{ source: padded, cue: at("said"), content: at("the plan would fail") }]).source.exactMatched, 1);
  assert.deepEqual(tokenize("didn’t stop, “no.”").map((t) => t.end - t.start), [6, 4, 1, 1, 2, 1, 1]);
  assert.equal(scoreAttribution([]).attribution.f1, 1);
});

// ─── (b) reader ────────────────────────────────────────────────────────────────────────────────

const BRAT_TEXT = "Title\n\n“We will win,” Flynn said. “No doubt.”\nIt is known that he left.";
const BRAT_ANN = [
  "T1\tContent 7 21;34 45\t“We will win,” “No doubt.”",
  "T2\tSource 22 27\tFlynn",
  "T3\tCue 28 32\tsaid",
  "T4\tAttribution 28 32\tsaid",
  "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
  "T5\tCue 49 57\tis known",
  "T6\tContent 58 70\tthat he left",
  "T7\tAttribution-no-source 49 57\tis known",
  "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
  "E3\tAttribution:T4",
  "#1\tAnnotatorNotes T1\ta note",
  "T8\tDiscuss 0 5\tTitle",
  "with a broken surface line",
].join("\n");

test("parseBratAttributions: events, discontinuous content, no-source events, skipped empty events", () => {
  const atts = parseBratAttributions(BRAT_ANN, BRAT_TEXT, "sample.ann");
  assert.equal(atts.length, 2);
  const [a, b] = atts;
  assert.equal(a.id, "E1");
  assert.equal(a.source?.text, "Flynn");
  assert.equal(a.cue?.text, "said");
  assert.deepEqual(a.content.fragments, [
    { start: 7, end: 21 },
    { start: 34, end: 45 },
  ]);
  assert.equal(a.content.text, BRAT_TEXT.slice(7, 45));
  assert.equal(b.source, undefined);
  assert.equal(b.content.text, "that he left");
  for (const x of atts) for (const s of [x.source, x.cue, x.content]) if (s) assert.equal(BRAT_TEXT.slice(s.start, s.end), s.text);
  assert.throws(() => parseBratAttributions("T1\tCue 5 500\tx", BRAT_TEXT), /bad span/);
  assert.throws(() => parseBratAttributions("E1\tAttribution:T9 Cue:T9", BRAT_TEXT), /missing T9/);
});

// ─── (c) mappers ───────────────────────────────────────────────────────────────────────────────

test("quoteMarksBaseline: quoted spans with marks, nearest capitalised name in the sentence", () => {
  const atts = quoteMarksBaseline(TEXT + '\n"Never," said Mary Ann Lee.');
  const texts = atts.map((a) => [TEXT.slice(a.content.start, a.content.end) || "(2nd para)", a.source ? (TEXT + '\n"Never," said Mary Ann Lee.').slice(a.source.start, a.source.end) : null]);
  assert.deepEqual(texts, [
    ["“It is over,”", "Jones"],
    ["(2nd para)", "Mary Ann Lee"],
  ]);
});

test("dossierAttributions: continuation chains become one multi-fragment content with quote marks", () => {
  const text = "“It is over,” Jones said. “We lost.”";
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const q = (id: string, content: string, continues: string | null, speaker: boolean): Quote => ({
    id,
    type: "direct",
    speaker: speaker ? { entity: null, name: "Jones", mention: span("Jones") } : null,
    cue: speaker ? span("said") : null,
    content: span(content),
    continues,
    method: "test",
    confidence: 1,
  });
  const analysis = { document: { text }, quotes: [q("q1", "It is over,", null, true), q("q2", "We lost.", "q1", false)] } as unknown as Analysis;
  const [a, ...rest] = dossierAttributions(analysis);
  assert.equal(rest.length, 0);
  assert.deepEqual(a.content.fragments, [
    { start: 0, end: 13 },
    { start: 26, end: 36 },
  ]);
  assert.equal(text.slice(a.source!.start, a.source!.end), "Jones");
  assert.deepEqual(withQuoteMarks("say “yes” now", { start: 5, end: 8 }), { start: 4, end: 9 });
});

// ─── (d) real data ─────────────────────────────────────────────────────────────────────────────

test("PolNeAR real data: gold spans match the text and a 5-article dev run", { skip: haveData ? false : SKIP_MSG }, async () => {
  const docs = readPolnear(DATA, "dev", { limit: 5 });
  assert.equal(docs.length, 5);
  for (const d of docs) {
    assert.ok(d.attributions.length > 0, d.id);
    for (const a of d.attributions) {
      for (const s of [a.source, a.cue, a.content]) {
        if (!s) continue;
        assert.equal(d.text.slice(s.start, s.end), s.text, `${d.id} ${a.id}`);
        for (const f of s.fragments) assert.ok(f.start >= s.start && f.end <= s.end && f.start < f.end);
      }
    }
  }
  const report = await evalQuotes(DATA, "dev", { peers: true, limit: 5 });
  assert.deepEqual(
    report.systems.map((s) => s.name),
    ["dossier", "dossier-rules", "compromise", "quote-marks baseline", "dossier-quote-rules", "dossier-learned"],
  );
  for (const s of report.systems) {
    for (const k of ["f1", "precision", "recall", "source_exact_f1", "cue_exact_f1", "content_exact_f1", "source_partial_f1", "cue_partial_f1", "content_partial_f1"]) {
      const v = s.metrics[k];
      assert.ok(typeof v === "number" && v >= 0 && v <= 1, `${s.name} ${k} = ${v}`);
    }
  }
});
