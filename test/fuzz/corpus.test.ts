// Replays the inputs kept in test/fuzz/corpus/ (cases the fuzzers found, and hand-made hostile
// files): each is read as a file like `dossier analyze` reads it, must give articles or one-line
// ReaderErrors, and every article must analyse with the span invariant intact.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readInputs } from "../../src/readers/readInputs.js";
import { checkAnalysis } from "./checkAnalysis.js";

const dir = fileURLToPath(new URL("./corpus/", import.meta.url));
const files = fs.readdirSync(dir).filter((f) => !f.startsWith(".") && f !== "README.md").sort();

test("fuzz corpus: every kept case reads and analyses cleanly", { timeout: 300_000 }, async () => {
  assert.ok(files.length > 0, "the corpus holds cases");
  for (const f of files) {
    for await (const r of readInputs([path.join(dir, f)], { maxBytes: 4 << 20 })) {
      if (r.error) {
        assert.ok(!/[\r\n]/.test(r.error.message), `${f}: one-line error`);
        continue;
      }
      checkAnalysis(r.article.text, r.article.published ?? null);
    }
  }
});
