// The fuzz tests' check of one analysis: every span satisfies the span invariant, or the
// failure is a one-line error (never a stack overflow).
import assert from "node:assert/strict";
import { createEngine } from "../../src/index.js";
import { walkSpans } from "../../src/document/span.js";

const engine = createEngine();

/** Analyses `text` and checks every span, or checks that the failure is a one-line Error. */
export function checkAnalysis(text: string, published: string | null = "2024-08-19"): void {
  let a;
  try {
    a = engine.analyze({ text, published });
  } catch (e) {
    assert.ok(e instanceof Error, String(e));
    assert.ok(!/[\r\n]/.test(e.message) && !/Maximum call stack/.test(e.message), `a one-line input error, not ${JSON.stringify(e.message)}`);
    return;
  }
  assert.equal(a.document.text, text, "the document text is the input, unchanged");
  walkSpans(a, (s, where) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `${where}: offsets in range`);
    assert.equal(text.slice(s.start, s.end), s.text, where);
  });
}

