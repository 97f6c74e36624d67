// Shared by the kill-loop tests (issue 17), one file per store so that the SQLite and the
// PostgreSQL loops run side by side under `--test-concurrency`: `dossier ingest --workers 2` is
// killed with SIGKILL at random points 20 times in a row, then run to the end. The resumed run
// must take over at once the jobs the dead runs held, exit 0 only when every source is stored,
// and leave every article stored exactly once with no job left claimed.
import { after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { documentId } from "../../src/document/createDocument.js";
import { openStore } from "../../src/store/openStore.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { mulberry32 } from "../../src/util/mulberry32.js";
import { CLI_BOOT, CLI_NODE_ARGS, ROOT } from "./cliProcess.js";

export const ITERATIONS = 20;
export const N = 60;

/** A temporary folder (removed after the file's tests) with a corpus of N synthetic articles. */
export function killLoopCorpus(): { dir: string; corpus: string; texts: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "dossier-killloop-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  const texts: string[] = [];
  for (let i = 0; i < N; i++) {
    const a = syntheticArticle(i, 1717);
    writeFileSync(join(corpus, `a${String(i).padStart(3, "0")}.json`), JSON.stringify(a));
    texts.push(a.text);
  }
  return { dir, corpus, texts };
}

export interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; stored: number }

/** Runs `dossier <args>`; SIGKILLs it after `afterStored` stored articles, or after `afterMs` ms. */
export function dossier(args: string[], kill: { afterStored?: number; afterMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_ARGS, "-e", CLI_BOOT, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", DOSSIER_DB: "" } });
    let stdout = "";
    let stderr = "";
    let stored = 0;
    const timer = kill.afterMs !== undefined ? setTimeout(() => child.kill("SIGKILL"), kill.afterMs) : null;
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      stored = (stdout.match(/"event":"stored"/g) ?? []).length;
      if (kill.afterStored !== undefined && stored >= kill.afterStored && child.exitCode === null) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, stored });
    });
    child.stdin.end();
  });
}

export function summaryOf(r: Run): { ingested: number; duplicates: number; failed: number; unfinished: number } {
  const last = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
  assert.equal(last.event, "summary", r.stdout);
  return last;
}

/** ITERATIONS killed runs of `ingest --workers 2` into `db`, then a run to the end, then the checks. */
export async function killLoop(db: string, corpus: string, texts: string[]): Promise<void> {
  const random = mulberry32(17);
  const args = ["ingest", corpus, "--db", db, "--workers", "2", "--json"];
  let killed = 0;
  for (let k = 0; k < ITERATIONS; k++) {
    // Mostly mid-store, sometimes during start-up (queueing, loading the analysers).
    const r = random() < 0.2 ? await dossier(args, { afterMs: 300 + Math.floor(random() * 1500) }) : await dossier(args, { afterStored: 1 + Math.floor(random() * 2) });
    if (r.signal === "SIGKILL") killed++;
    else assert.equal(r.code, 0, `run ${k} ended by itself: ${r.stderr}`);
  }
  assert.ok(killed >= ITERATIONS / 2, `most runs were killed (${killed} of ${ITERATIONS})`);

  const store = await openStore(db);
  const before = (await store.count()).articles;
  await store.close();

  const last = await dossier(args);
  assert.equal(last.code, 0, last.stderr);
  const s = summaryOf(last);
  assert.equal(s.failed, 0);
  assert.equal(s.unfinished, 0);
  assert.equal(s.ingested, N - before, "the resumed run stores exactly the articles still missing");
  assert.equal(s.ingested + s.duplicates, N, "every article accounted for");

  const check = await openStore(db);
  try {
    const rows = await check.listArticles({ limit: 1000 });
    assert.equal(rows.length, N, "each article stored once");
    assert.deepEqual(new Set(rows.map((r) => r.docId)), new Set(texts.map(documentId)));
    assert.equal((await check.count()).jobsPending, 0, "no job left pending or claimed");
    assert.deepEqual(await check.failures(), []);
    if (check.kind === "sqlite") assert.equal((check as SqliteStore).connection.pragma("integrity_check", { simple: true }), "ok");
  } finally {
    await check.close();
  }
}
