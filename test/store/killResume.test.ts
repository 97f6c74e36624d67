// Durability under kill -9: a child process stores N articles in a loop; it is killed with
// SIGKILL at random points several times and rerun until it finishes. Afterwards every article
// is stored exactly once with all its rows, and (SQLite) the file passes integrity_check.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { baseAnalyses, variant } from "./fixtures/variants.js";
import { dropSchemas, pgSkipMessage, withSchema } from "./pgTestUrl.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const N = 150;
const KILLS = 4;
const bases = baseAnalyses();
const basesDir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bases-"));
const basesFile = path.join(basesDir, "bases.json");
fs.writeFileSync(basesFile, JSON.stringify(bases));
after(() => fs.rmSync(basesDir, { recursive: true, force: true }));

interface RunOutcome {
  finished: boolean;
  lastPut: number;
}

/** Runs the child; when `killAt` is set, SIGKILLs it as soon as it reports that many puts. */
function runChild(location: string, killAt: number | null): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/store/fixtures/ingestChild.ts", location, String(N), basesFile], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let lastPut = -1;
    let finished = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      const lines = out.split("\n");
      out = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^put (\d+)/.exec(line);
        if (m) lastPut = Number(m[1]);
        if (line === "done") finished = true;
        if (killAt !== null && lastPut >= killAt && child.exitCode === null) child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve({ finished: false, lastPut });
      else if (code === 0) resolve({ finished, lastPut });
      else reject(new Error(`child exited ${code}: ${err.trim()}`));
    });
  });
}

async function killAndResume(location: string): Promise<number[]> {
  const interrupted: number[] = [];
  for (let k = 0; k < KILLS; k++) {
    const killAt = 1 + Math.floor(Math.random() * (N - 2));
    const r = await runChild(location, killAt);
    assert.equal(r.finished, false, "the child was killed before the end");
    interrupted.push(r.lastPut);
  }
  const last = await runChild(location, null);
  assert.equal(last.finished, true);
  return interrupted;
}

async function assertComplete(store: Store): Promise<void> {
  const rows = await store.listArticles();
  assert.equal(rows.length, N, "each article stored once");
  assert.equal(new Set(rows.map((r) => r.hash)).size, N);
  const expected = Array.from({ length: N }, (_, i) => variant(bases, i));
  const byHash = new Map(rows.map((r) => [r.hash, r]));
  for (const [i, a] of expected.entries()) {
    const row = byHash.get(a.document.id);
    assert.ok(row, `article ${i} present`);
    assert.equal(row.source, `gen/${i}`);
    const stored = await store.getAnalysis(row.id);
    assert.deepEqual(stored, a, `article ${i}: full analysis`);
  }
  const counts = await store.count();
  assert.equal(counts.quotes, expected.reduce((n, a) => n + a.quotes.length, 0), "no partial or doubled quote rows");
  const hits = await store.search({ text: "Report", limit: N + 10 });
  assert.equal(hits.length, N, "every article is in the search index once");
}

test("kill -9 while storing (SQLite): every article exactly once, integrity ok", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-kill-"));
  const file = path.join(dir, "kill.db");
  try {
    await killAndResume(file);
    const store = (await openStore(file)) as SqliteStore;
    try {
      assert.equal(store.connection.pragma("integrity_check", { simple: true }), "ok");
      assert.equal(store.connection.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run().changes >= 0, true);
      await assertComplete(store);
    } finally {
      await store.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("kill -9 while storing (PostgreSQL): every article exactly once, row counts agree", { skip: pgSkipMessage }, async () => {
  const schema = `dossier_kill${process.pid}_${Date.now().toString(36)}`;
  const location = withSchema(schema);
  try {
    await killAndResume(location);
    const store = await openStore(location);
    try {
      await assertComplete(store);
    } finally {
      await store.close();
    }
  } finally {
    await dropSchemas([schema]);
  }
});
