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
const storiesDev = fileURLToPath(new URL("../../../shared/data/stories-dev", import.meta.url));
const storiesPresent = fs.existsSync(`${storiesDev}/articles`);

const SKIP = present ? false : `news-dev not found at ${newsDev} (needs ../shared beside the repo)`;
const STORIES_SKIP = storiesPresent ? false : `stories-dev not found at ${storiesDev} (needs ../shared beside the repo)`;

type Floors = { quotes: number; content: number; dates: number; figures: number; sources?: number };

/** Scores analyze() on one gold folder and checks each measure against its floor (0..1). */
function assertFloors(folder: string, files: number, floors: Floors, dataDir = newsDev): void {
  const pairs = loadDevGold(new URL(folder, import.meta.url)).map((gold) => ({ gold, analysis: analyze(devArticleInput(loadDevArticle(dataDir, gold.file))) }));
  assert.equal(pairs.length, files);
  const s = scoreDevGold(pairs);
  const got: Required<Floors> = { quotes: s.quotes.f1, content: s.quoteContent.f1, dates: s.dates.accuracy, figures: s.figures.accuracy, sources: s.figures.sourceAccuracy };
  for (const k of Object.keys(floors) as (keyof Floors)[]) {
    const floor = floors[k] ?? 0;
    assert.ok(got[k] >= floor, `${folder} ${k}: ${(100 * got[k]).toFixed(1)} < ${100 * floor}`);
  }
}

test("news-dev gold: quote attribution, dates and figures stay above their floors", { skip: SKIP }, () => {
  // measured 2026-12-07 on 27 files: quote attribution 91.2, content 91.7, dates 100, figures 96.8
  assertFloors("./news-dev/", 27, { quotes: 0.89, content: 0.88, dates: 0.95, figures: 0.93 });
});

// The held-out gold (test/gold/news-dev-heldout, 7 files) is never used to choose rules; only its
// scores are read. Floors a little below the measured values, to catch regressions.
test("news-dev held-out gold: scores stay above their floors", { skip: SKIP }, () => {
  // measured 2026-12-02: quote attribution 75.0, content 81.3, dates 83.3 (10/12), figures 96.3
  assertFloors("./news-dev-heldout/", 7, { quotes: 0.72, content: 0.78, dates: 0.8, figures: 0.92 });
});

// The story gold (test/gold/stories-dev, 40 files: crocus-2024 + turkey-syria-quake-2023;
// test/gold/stories-dev-heldout, 20 files: key-bridge-2024) was written blind on 2026-12-07 (no
// times annotated: dates are vacuous). Floors a few points below the first measurement
// (docs/EVALUATION.md); the held-out set is scores only, like news-dev's.
test("stories-dev gold: quote attribution, figures and figure sources stay above their floors", { skip: STORIES_SKIP }, () => {
  // measured 2026-12-07 (after the issue 14 recall work): quote attribution 84.0 (P 84.8, R 83.3), figures 94.9
  assertFloors("./stories-dev/", 40, { quotes: 0.81, content: 0.8, dates: 1, figures: 0.92, sources: 0.74 }, storiesDev);
});

test("stories-dev held-out gold: scores stay above their floors", { skip: STORIES_SKIP }, () => {
  // measured 2026-12-07: quote attribution 87.3 (P 92.6, R 82.6), content 90.8, figures 96.9, sources 89.3
  assertFloors("./stories-dev-heldout/", 20, { quotes: 0.84, content: 0.87, dates: 1, figures: 0.94, sources: 0.86 }, storiesDev);
});
