import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as dossier from "../src/index.js";

test("the public export list is pinned", () => {
  assert.deepEqual(Object.keys(dossier).sort(), ["ENGINE_VERSION", "analyze", "compareStory", "createDocument", "createEngine", "ingest", "openStore"]);
});

test("analyze accepts a string as the article text; compareStory over analyses of strings (the README example)", () => {
  const texts = ["Mayor Ann Lee said 40 homes were flooded on Monday.", "Mayor Ann Lee said 45 homes were flooded on Monday."];
  const a = dossier.analyze(texts[0]);
  assert.equal(a.document.text, texts[0]);
  const report = dossier.compareStory(texts.map((t) => dossier.analyze(t)));
  assert.ok(report);
});

test("analyze: a clear TypeError for input that is not an article", () => {
  const bad: [unknown, RegExp][] = [
    [{}, /text must be a string, not missing/],
    [{ text: 42 }, /text must be a string, not number/],
    [null, /not null/],
    [[], /not an array/],
    [7, /not number/],
    [{ text: "x", published: "not-a-date" }, /published must be a date YYYY-MM-DD/],
    [{ text: "x", published: "2024-02-30" }, /published must be a date/],
    [{ text: "x", published: 20240219 }, /published must be a date/],
  ];
  for (const [input, re] of bad) assert.throws(() => dossier.analyze(input as never), (e: unknown) => e instanceof TypeError && re.test(e.message), JSON.stringify(input));
  for (const published of ["2024-02-29", "2024-08-19T10:00:00Z", "2024-08-19T10:00:00+02:00", null]) {
    assert.equal(dossier.analyze({ text: "The council met.", published }).document.published, published);
  }
});

test("no publication date: one diagnostic saying so; none when the date is given", () => {
  const a = dossier.analyze("The road will reopen on Friday.");
  assert.equal(a.diagnostics.filter((d) => d.rule === "no-published-date").length, 1);
  const b = dossier.analyze({ text: "The road will reopen on Friday.", published: "2025-03-06" });
  assert.equal(b.diagnostics.filter((d) => d.rule === "no-published-date").length, 0);
});

test("openStore + ingest from the package root", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-lib-"));
  try {
    const store = await dossier.openStore(join(dir, "lib.db"));
    try {
      const summary = await dossier.ingest([new URL("../examples/article.txt", import.meta.url).pathname], { store });
      assert.equal(summary.ingested, 1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
