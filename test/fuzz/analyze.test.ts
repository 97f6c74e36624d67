// Fuzzing analyze() (issue 17): random news-like text with hostile pieces, huge tokens and deep
// nesting must give an analysis whose every span satisfies the span invariant
// (`text.slice(start, end) === span.text`), or an error of one line. The node:test timeout is a
// hang guard, not a speed check. FUZZ_RUNS / FUZZ_SEED as in readers.test.ts.
import { test } from "node:test";
import fc from "fast-check";
import { checkAnalysis } from "./checkAnalysis.js";
import { fuzzParams, hugeToken, nestedText, newsText } from "./fuzzInputs.js";

test("fuzz: analyze on news-like text with hostile pieces", { timeout: 300_000 }, () => {
  fc.assert(fc.property(newsText, fc.constantFrom("2024-08-19", null), (t, p) => checkAnalysis(t, p)), { ...fuzzParams, numRuns: (fuzzParams.numRuns ?? 40) * 3 });
});

test("fuzz: analyze on huge tokens", { timeout: 300_000 }, () => {
  fc.assert(fc.property(hugeToken, (t) => checkAnalysis(t)), { ...fuzzParams, numRuns: Math.ceil((fuzzParams.numRuns ?? 40) / 4) });
});

test("fuzz: analyze on deep nesting of brackets and quotation marks", { timeout: 300_000 }, () => {
  fc.assert(fc.property(nestedText, (t) => checkAnalysis(t)), { ...fuzzParams, numRuns: Math.ceil((fuzzParams.numRuns ?? 40) / 4) });
});

// Issue 17: a long run of hyphens or of "x/" was quadratic in wink-nlp's tokeniser (its e-mail
// pattern is tried from every position of a run): 20,000 hyphens took 8.8 s, so these 100,000
// characters of each took several minutes. Runs over LONG_RUN characters are now cut into pieces
// before wink reads them (src/document/segment.ts) and these take 1-4 s each on an idle machine.
// The timeout is a hang guard that the quadratic version fails even on an idle machine.
test("fuzz: analyze on a long run of hyphens or slashes", { timeout: 120_000 }, () => {
  for (const unit of ["-", "x/"]) checkAnalysis(`Officials said ${unit.repeat(100_000 / unit.length)} on Monday.`);
});
