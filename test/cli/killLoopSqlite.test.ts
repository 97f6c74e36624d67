// Kill loop on SQLite (issue 17; see killLoopHarness.ts), and two live ingests of one SQLite
// file, which must never take each other's jobs. The PostgreSQL loop is killLoopPostgres.test.ts
// (a file of its own so that the two loops run side by side).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openStore } from "../../src/store/openStore.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { dossier, ITERATIONS, killLoop, killLoopCorpus, N, summaryOf } from "./killLoopHarness.js";

const { dir, corpus, texts } = killLoopCorpus();

test(`kill loop, SQLite: ${ITERATIONS} × kill -9 of ingest --workers 2, then resume`, { timeout: 900_000 }, async () => {
  await killLoop(join(dir, "loop.db"), corpus, texts);
});

test("two live ingests of one SQLite file never take each other's jobs (issue 17 #4)", { timeout: 300_000 }, async () => {
  const db = join(dir, "two.db");
  const args = ["ingest", corpus, "--db", db, "--json"];
  const [a, b] = await Promise.all([dossier(args), dossier(args)]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const sa = summaryOf(a);
  const sb = summaryOf(b);
  assert.equal(sa.ingested + sb.ingested, N, "every article stored by one of them");
  assert.equal(sa.duplicates + sb.duplicates, 0, "no article analysed twice");
  const store = (await openStore(db)) as SqliteStore;
  try {
    const jobs = store.connection.prepare("SELECT status, attempts FROM jobs").all() as Array<{ status: string; attempts: number }>;
    assert.equal(jobs.length, N);
    assert.deepEqual([...new Set(jobs.map((j) => j.status))], ["done"], "no job ended as a duplicate");
    assert.equal(jobs.reduce((n, j) => n + j.attempts, 0), N, "each job claimed once");
  } finally {
    await store.close();
  }
});
