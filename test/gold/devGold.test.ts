// Dev gold for the news-dev excerpts: (a) scorer unit tests on tiny hand-made analyses,
// (b) gold integrity against the article texts, (c) a scoring run of analyze() (report only).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/index.js";
import type { Analysis, Approx, Figure, Quote, TimeExpression } from "../../src/index.js";
import {
  checkDevGold,
  devArticleInput,
  figureSourceMatches,
  loadDevArticle,
  loadDevGold,
  overlapRatio,
  scoreDevGold,
  speakerTokens,
  type DevGold,
  type DevGoldPair,
} from "../../src/eval/devGold.js";

const GOLD_DIR = new URL("./news-dev/", import.meta.url);
const NEWS_DEV = new URL("../../../shared/data/news-dev", import.meta.url);
const NEWS_DEV_PATH = fileURLToPath(NEWS_DEV);
const haveNewsDev = fs.existsSync(`${NEWS_DEV_PATH}/articles`);
const SKIP_MSG = `news-dev articles not found at ${NEWS_DEV_PATH} (../shared relative to the repo); skipping`;
const STORIES_DEV = new URL("../../../shared/data/stories-dev", import.meta.url);
const STORIES_DEV_PATH = fileURLToPath(STORIES_DEV);
const haveStoriesDev = fs.existsSync(`${STORIES_DEV_PATH}/articles`);
const STORIES_SKIP_MSG = `stories-dev articles not found at ${STORIES_DEV_PATH} (../shared relative to the repo); skipping`;
const STORIES_GOLD = new URL("./stories-dev/", import.meta.url);
const STORIES_HELDOUT_GOLD = new URL("./stories-dev-heldout/", import.meta.url);
/** Gold of a folder, or none while the folder is not written yet. */
const loadIfPresent = (dir: URL): DevGold[] => (fs.existsSync(dir) ? loadDevGold(dir) : []);

// ─── (a) scorer unit tests ─────────────────────────────────────────────────────────────────────

const TEXT = "Officials said on Friday that 1,200 people had fled. “We are ready,” Jane Doe told reporters.";
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, text: s };
};

const content = (s: string) => {
  const { start, end } = at(s);
  return { start, end, head: s };
};

const TINY_GOLD: DevGold = {
  file: "999.json",
  published: "2024-01-06",
  quotes: [
    { speaker: "officials", speakerAliases: [], cue: "said", type: "indirect", content: content("1,200 people had fled") },
    { speaker: "Jane Doe", speakerAliases: ["Doe"], cue: "told", type: "direct", content: content("We are ready,") },
  ],
  times: [{ ...at("Friday"), type: "DATE", value: "2024-01-05" }],
  figures: [{ ...at("1,200"), value: 1200, approx: "exact", unit: "people fled" }],
};

function quote(content: string, speaker: string | null, id = "q"): Quote {
  return {
    id,
    type: "direct",
    speaker: speaker === null ? null : { entity: null, name: speaker, mention: null },
    cue: null,
    content: at(content),
    continues: null,
    method: "test",
    confidence: 1,
  };
}
const time = (s: string, value: string): TimeExpression => ({ ...at(s), type: "DATE", value, anchor: "published", method: "test", confidence: 1 });
const figure = (s: string, value: number, approx: Approx = "exact", source: Figure["source"] = null): Figure => ({ ...at(s), value, approx, unit: null, source, method: "test", confidence: 1 });

function analysis(parts: Partial<Pick<Analysis, "quotes" | "times" | "figures">>): Analysis {
  return {
    schema: "dossier.analysis/1",
    engine: { name: "dossier", version: "test" },
    document: { id: "sha256:test", title: null, outlet: null, published: "2024-01-06", url: null, language: "en", text: TEXT },
    entities: [],
    quotes: parts.quotes ?? [],
    times: parts.times ?? [],
    figures: parts.figures ?? [],
    events: [],
    diagnostics: [],
    stats: { paragraphs: 1, sentences: 2, tokens: 0 },
  };
}

const perfect = () =>
  analysis({
    quotes: [quote("1,200 people had fled", "Officials"), quote("We are ready,", "Jane Doe")],
    times: [time("on Friday", "2024-01-05")],
    figures: [figure("1,200 people", 1200)],
  });

test("scorer: a perfect prediction scores 1.0 everywhere", () => {
  const s = scoreDevGold([{ gold: TINY_GOLD, analysis: perfect() }]);
  assert.deepEqual([s.quotes.precision, s.quotes.recall, s.quotes.f1], [1, 1, 1]);
  assert.deepEqual([s.quoteContent.precision, s.quoteContent.recall, s.quoteContent.f1], [1, 1, 1]);
  assert.equal(s.dates.accuracy, 1);
  assert.equal(s.dates.found, 1);
  assert.equal(s.figures.accuracy, 1);
  assert.equal(s.figures.valueAccuracy, 1);
  assert.equal(s.perFile.length, 1);
  assert.equal(s.perFile[0].file, "999.json");
});

test("scorer: a wrong speaker lowers quote precision and recall but not content scores", () => {
  const a = perfect();
  a.quotes[1] = quote("We are ready,", "John Smith");
  const s = scoreDevGold([{ gold: TINY_GOLD, analysis: a }]);
  assert.equal(s.quotes.tp, 1);
  assert.equal(s.quotes.fp, 1);
  assert.equal(s.quotes.fn, 1);
  assert.equal(s.quotes.precision, 0.5);
  assert.equal(s.quotes.recall, 0.5);
  assert.equal(s.quoteContent.f1, 1);
});

test("scorer: an empty prediction scores 0 recall", () => {
  const s = scoreDevGold([{ gold: TINY_GOLD, analysis: analysis({}) }]);
  assert.equal(s.quotes.recall, 0);
  assert.equal(s.quotes.precision, 0);
  assert.equal(s.quotes.f1, 0);
  assert.equal(s.quoteContent.recall, 0);
  assert.equal(s.dates.accuracy, 0);
  assert.equal(s.dates.found, 0);
  assert.equal(s.figures.accuracy, 0);
});

test("scorer: span overlap below 50% of the longer span does not match; each gold quote matches once", () => {
  // Prediction covers the gold content plus far more text: overlap < 50% of the longer span.
  const long = quote("Officials said on Friday that 1,200 people had fled. “We are ready,", "officials");
  let s = scoreDevGold([{ gold: TINY_GOLD, analysis: analysis({ quotes: [long] }) }]);
  assert.equal(s.quoteContent.tp, 0);
  // Two predictions of the same gold quote: one tp, one fp.
  s = scoreDevGold([{ gold: TINY_GOLD, analysis: analysis({ quotes: [quote("We are ready,", "Doe", "a"), quote("We are ready", "Doe", "b")] }) }]);
  assert.equal(s.quotes.tp, 1);
  assert.equal(s.quotes.fp, 1);
  assert.equal(s.quotes.fn, 1);
  assert.ok(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 10 }) === 0.5);
});

test("scorer: wrong time value is found but not correct; figure approx is scored separately", () => {
  const a = perfect();
  a.times = [time("Friday", "2024-01-12")];
  a.figures = [figure("1,200", 1200, "about")];
  const s = scoreDevGold([{ gold: TINY_GOLD, analysis: a }]);
  assert.equal(s.dates.found, 1);
  assert.equal(s.dates.correct, 0);
  assert.equal(s.figures.valueAccuracy, 1);
  assert.equal(s.figures.accuracy, 0);
});

test("scorer: figure sources match on both null or a shared speaker token; gold without sources is not counted", () => {
  const officials = { quote: null, name: "Officials", entity: null, span: null };
  assert.equal(figureSourceMatches(null, null), true);
  assert.equal(figureSourceMatches("officials", officials), true);
  assert.equal(figureSourceMatches("officials", null), false);
  assert.equal(figureSourceMatches(null, officials), false);
  assert.equal(figureSourceMatches("Jane Doe", { quote: "q1", name: "Doe", entity: null, span: null }), true);
  assert.equal(figureSourceMatches("Jane Doe", officials), false);
  // TINY_GOLD's figure has no `source`: nothing to score.
  let s = scoreDevGold([{ gold: TINY_GOLD, analysis: perfect() }]);
  assert.equal(s.figures.sourceTotal, 0);
  assert.equal(s.figures.sourceAccuracy, 1);
  const withSource: DevGold = { ...TINY_GOLD, figures: [{ ...TINY_GOLD.figures[0], source: "officials" }] };
  s = scoreDevGold([{ gold: withSource, analysis: perfect() }]);
  assert.deepEqual([s.figures.sourceTotal, s.figures.sourceFound, s.figures.sourceCorrect], [1, 1, 0]);
  const a = perfect();
  a.figures = [figure("1,200", 1200, "exact", officials)];
  s = scoreDevGold([{ gold: withSource, analysis: a }]);
  assert.deepEqual([s.figures.sourceCorrect, s.figures.sourceAccuracy, s.figures.sourceFoundAccuracy], [1, 1, 1]);
  s = scoreDevGold([{ gold: withSource, analysis: analysis({}) }]);
  assert.deepEqual([s.figures.sourceFound, s.figures.sourceCorrect, s.figures.sourceAccuracy], [0, 0, 0]);
});

test("scorer: speaker tokens ignore titles, stopwords and possessives", () => {
  assert.deepEqual([...speakerTokens("Turkish Foreign Minister Hakan Fidan")], ["turkish", "hakan", "fidan"]);
  assert.deepEqual([...speakerTokens("the President's")], []);
  assert.deepEqual([...speakerTokens("Netanyahu’s office")], ["netanyahu", "office"]);
  assert.deepEqual([...speakerTokens("Gitanas Nausėda")], ["gitanas", "nauseda"]);
});

// ─── (b) gold integrity ────────────────────────────────────────────────────────────────────────

test("dev gold: files load and are well-formed", () => {
  const golds = loadDevGold(GOLD_DIR);
  assert.ok(golds.length >= 14, `at least 14 annotated articles (${golds.length})`);
  for (const g of golds) {
    assert.ok(g.quotes.length + g.times.length + g.figures.length > 0, `${g.file} has annotations`);
    for (const q of g.quotes) assert.ok(q.content.head.split(/\s+/).length <= 6, `${g.file}: head is short`);
  }
});

test("dev gold: every span matches the article text (dev and held-out gold)", (t) => {
  if (!haveNewsDev) return t.skip(SKIP_MSG);
  for (const g of [...loadDevGold(GOLD_DIR), ...loadDevGold(new URL("./news-dev-heldout/", import.meta.url))]) {
    const art = loadDevArticle(NEWS_DEV, g.file);
    assert.deepEqual(checkDevGold(g, art), [], g.file);
  }
});

test("stories-dev gold: files load, every figure names its source, and the dev/held-out split is by story", () => {
  const dev = loadDevGold(STORIES_GOLD);
  const heldout = loadIfPresent(STORIES_HELDOUT_GOLD);
  assert.ok(dev.length >= 20, `at least 20 stories-dev files (${dev.length})`);
  for (const g of dev) assert.match(g.file, /^(crocus-2024|turkey-syria-quake-2023)-\d{3}\.json$/, "dev = crocus + quake");
  for (const g of heldout) assert.match(g.file, /^key-bridge-2024-\d{3}\.json$/, "held-out = key-bridge");
  for (const g of [...dev, ...heldout]) {
    for (const f of g.figures) assert.ok(f.source !== undefined, `${g.file}: figure ${f.text} has a source field`);
    for (const q of g.quotes) assert.ok(q.content.head.split(/\s+/).length <= 6, `${g.file}: head is short`);
  }
});

test("stories-dev gold: every span matches the article text (dev and held-out)", (t) => {
  if (!haveStoriesDev) return t.skip(STORIES_SKIP_MSG);
  for (const g of [...loadDevGold(STORIES_GOLD), ...loadIfPresent(STORIES_HELDOUT_GOLD)]) {
    assert.deepEqual(checkDevGold(g, loadDevArticle(STORIES_DEV, g.file)), [], g.file);
  }
});

// ─── (c) scoring run (report only; thresholds come later) ─────────────────────────────────────

test("dev gold: analyze() on the gold articles (scores reported, not thresholded)", (t) => {
  if (!haveNewsDev) return t.skip(SKIP_MSG);
  const pairs: DevGoldPair[] = loadDevGold(GOLD_DIR).map((gold) => ({
    gold,
    analysis: analyze(devArticleInput(loadDevArticle(NEWS_DEV, gold.file))),
  }));
  const s = scoreDevGold(pairs);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `dev gold (${pairs.length} files): quotes P/R/F1 ${f(s.quotes.precision)}/${f(s.quotes.recall)}/${f(s.quotes.f1)}` +
      ` | content P/R/F1 ${f(s.quoteContent.precision)}/${f(s.quoteContent.recall)}/${f(s.quoteContent.f1)}` +
      ` | dates ${s.dates.correct}/${s.dates.total} (found ${s.dates.found})` +
      ` | figures ${s.figures.correct}/${s.figures.total} (value ${s.figures.valueCorrect}, found ${s.figures.found})`,
  );
  const inUnit = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  for (const r of [s, ...s.perFile]) {
    for (const p of [r.quotes, r.quoteContent]) assert.ok(inUnit(p.precision) && inUnit(p.recall) && inUnit(p.f1));
    assert.ok(inUnit(r.dates.accuracy) && inUnit(r.figures.accuracy) && inUnit(r.figures.valueAccuracy));
  }
  assert.equal(s.perFile.length, pairs.length);
});
