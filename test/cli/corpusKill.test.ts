import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { documentId } from "../../src/document/createDocument.js";
import { openStore } from "../../src/store/openStore.js";
import { CLI_BOOT, CLI_NODE_ARGS, ROOT } from "./cliProcess.js";

// kill -9 in the middle of `dossier ingest`, several times, then run it to the end: every article
// must be stored exactly once. The CLI is the built one when dist/ is fresh, else src/ through
// tsx (cliProcess.ts), so the test does not depend on a fresh dist/ build.
const dir = mkdtempSync(join(tmpdir(), "dossier-kill-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; stored: number }

/** Runs `dossier <args>`; with `killAfter`, sends SIGKILL once that many articles were reported stored. */
function dossier(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_ARGS, "-e", CLI_BOOT, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", DOSSIER_DB: "" } });
    let stdout = "";
    let stderr = "";
    let stored = 0;
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      stored = (stdout.match(/"event":"stored"/g) ?? []).length;
      if (killAfter !== undefined && stored >= killAfter && child.exitCode === null) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, stored }));
    child.stdin.end();
  });
}

test("kill -9 during `dossier ingest`, rerun: every article stored exactly once", { timeout: 600_000 }, async () => {
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "sub"), { recursive: true });
  const texts: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = syntheticArticle(i, 99);
    lines.push(JSON.stringify(a));
    texts.push(a.text);
  }
  writeFileSync(join(corpus, "batch.jsonl"), lines.join("\n") + "\n");
  for (let i = 10; i < 16; i++) {
    const a = syntheticArticle(i, 99);
    writeFileSync(join(corpus, i % 2 ? "sub" : "", `a${i}.json`), JSON.stringify(a));
    texts.push(a.text);
  }
  const db = join(dir, "kill.db");
  const args = ["ingest", corpus, "--db", db, "--json"];

  let killed = 0;
  let storedBeforeKills = 0;
  for (const after of [2, 3]) {
    const r = await dossier(args, after);
    if (r.signal === "SIGKILL") killed++;
    storedBeforeKills += r.stored;
  }
  assert.ok(killed >= 1, `the ingest was killed mid-run (killed ${killed} times)`);

  const last = await dossier(args);
  assert.equal(last.code, 0, last.stderr);
  const summary = JSON.parse(last.stdout.trim().split("\n").at(-1)!);
  assert.equal(summary.event, "summary");
  assert.equal(summary.failed, 0);
  assert.equal(summary.ingested + summary.duplicates, texts.length, "every article accounted for in the final run");
  assert.ok(storedBeforeKills >= 2, `the killed runs reported ${storedBeforeKills} stored articles`);
  // Every article a killed run reported stored was committed: the rerun finds it stored already.
  // (Not the reverse: SIGKILL can lose a "stored" line still buffered in the child after its
  // commit, so the reported count may fall short of what was committed.)
  assert.ok(storedBeforeKills <= summary.duplicates, `${storedBeforeKills} reported stored before the kills, ${summary.duplicates} found stored by the rerun`);

  const store = await openStore(db);
  try {
    const rows = await store.listArticles({ limit: 1000 });
    assert.equal(rows.length, texts.length, "no article lost, none stored twice");
    const ids = new Set(rows.map((r) => r.docId));
    assert.equal(ids.size, texts.length);
    for (const t of texts) assert.ok(ids.has(documentId(t)), "each generated article is stored");
    assert.equal((await store.count()).jobsPending, 0, "the queue is drained");
    assert.equal((await store.failures()).length, 0);
  } finally {
    await store.close();
  }

  // A second full run is all duplicates.
  const again = await dossier(args);
  assert.equal(again.code, 0, again.stderr);
  const s2 = JSON.parse(again.stdout.trim().split("\n").at(-1)!);
  assert.equal(s2.ingested, 0);
  assert.equal(s2.duplicates, texts.length);
});
