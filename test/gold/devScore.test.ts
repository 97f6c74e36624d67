// Regression guard: the engine scored against the hand-made news-dev development gold.
// Thresholds sit a little below the measured values recorded in docs/EVALUATION.md.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/index.js";
import { devArticleInput, loadDevArticle, loadDevGold, scoreDevGold } from "../../src/eval/devGold.js";

const newsDev = fileURLToPath(new URL("../../../shared/data/news-dev", import.meta.url));
const present = fs.existsSync(`${newsDev}/articles`);

test("news-dev gold: quote attribution, dates and figures stay above their floors", { skip: present ? false : `news-dev not found at ${newsDev} (needs ../shared beside the repo)` }, () => {
  const pairs = loadDevGold(new URL("./news-dev/", import.meta.url)).map((gold) => ({ gold, analysis: analyze(devArticleInput(loadDevArticle(newsDev, gold.file))) }));
  const s = scoreDevGold(pairs);
  const pct = (x: number) => (100 * x).toFixed(1);
  // measured 2026-12-02 on 27 files: quote attribution 90.1, content 91.3, dates 100, figures 96.8
  assert.ok(s.quotes.f1 >= 0.87, `quote attribution F1 ${pct(s.quotes.f1)} < 87`);
  assert.ok(s.quoteContent.f1 >= 0.88, `quote content F1 ${pct(s.quoteContent.f1)} < 88`);
  assert.ok(s.dates.accuracy >= 0.95, `date value accuracy ${pct(s.dates.accuracy)} < 95`);
  assert.ok(s.figures.accuracy >= 0.93, `figure accuracy ${pct(s.figures.accuracy)} < 93`);
});

// The held-out gold (test/gold/news-dev-heldout, 7 files) is never used to choose rules; only its
// scores are read. Floors a little below the measured values, to catch regressions.
test("news-dev held-out gold: scores stay above their floors", { skip: present ? false : `news-dev not found at ${newsDev} (needs ../shared beside the repo)` }, () => {
  const pairs = loadDevGold(new URL("./news-dev-heldout/", import.meta.url)).map((gold) => ({ gold, analysis: analyze(devArticleInput(loadDevArticle(newsDev, gold.file))) }));
  assert.equal(pairs.length, 7);
  const s = scoreDevGold(pairs);
  const pct = (x: number) => (100 * x).toFixed(1);
  // measured 2026-12-02: quote attribution 75.0, content 81.3, dates 83.3 (10/12), figures 96.3
  assert.ok(s.quotes.f1 >= 0.72, `quote attribution F1 ${pct(s.quotes.f1)} < 72`);
  assert.ok(s.quoteContent.f1 >= 0.78, `quote content F1 ${pct(s.quoteContent.f1)} < 78`);
  assert.ok(s.dates.accuracy >= 0.8, `date value accuracy ${pct(s.dates.accuracy)} < 80`);
  assert.ok(s.figures.accuracy >= 0.92, `figure accuracy ${pct(s.figures.accuracy)} < 92`);
});
