// Kill loops (issue 17): `dossier ingest --workers 2` is killed with SIGKILL at random points 20
// times in a row, on SQLite and on PostgreSQL, then run to the end. The resumed run must take
// over at once the jobs the dead runs held, exit 0 only when every source is stored, and leave
// every article stored exactly once with no job left claimed. A second pair of runs checks that
// two live ingests of one SQLite file never take each other's jobs.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { documentId } from "../../src/document/createDocument.js";
import { openStore } from "../../src/store/openStore.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { mulberry32 } from "../../src/util/mulberry32.js";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The built CLI when dist/ is at least as new as src/ (as in CI, where `npm test` builds first): it starts faster; else src/ through tsx. */
const MAIN = distIsFresh() ? new URL("../../dist/cli/main.js", import.meta.url).href : new URL("../../src/cli/main.ts", import.meta.url).href;
const ITERATIONS = 20;
const N = 60;
const dir = mkdtempSync(join(tmpdir(), "dossier-killloop-"));
const schema = `dossier_killloop_${process.pid}`;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgSkipMessage) await dropSchemas([schema]);
});

const corpus = join(dir, "corpus");
mkdirSync(corpus);
const texts: string[] = [];
for (let i = 0; i < N; i++) {
  const a = syntheticArticle(i, 1717);
  writeFileSync(join(corpus, `a${String(i).padStart(3, "0")}.json`), JSON.stringify(a));
  texts.push(a.text);
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function distIsFresh(): boolean {
  const built = join(ROOT, "dist/cli/main.js");
  return existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(ROOT, "src"));
}

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; stored: number }

/** Runs `dossier <args>`; SIGKILLs it after `killAfter` stored articles, or after `killMs` ms. */
function dossier(args: string[], kill: { afterStored?: number; afterMs?: number } = {}): Promise<Run> {
  const boot = `import(${JSON.stringify(MAIN)}).then(async (m) => { process.exitCode = await m.main(["node", "dossier", ...process.argv.slice(1)]); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(MAIN.endsWith(".ts") ? ["--import", "tsx"] : []), "-e", boot, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", DOSSIER_DB: "" } });
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

function summaryOf(r: Run): { ingested: number; duplicates: number; failed: number; unfinished: number } {
  const last = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
  assert.equal(last.event, "summary", r.stdout);
  return last;
}

async function killLoop(db: string): Promise<void> {
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

test(`kill loop, SQLite: ${ITERATIONS} × kill -9 of ingest --workers 2, then resume`, { timeout: 900_000 }, async () => {
  await killLoop(join(dir, "loop.db"));
});

test(`kill loop, PostgreSQL: ${ITERATIONS} × kill -9 of ingest --workers 2, then resume`, { skip: pgSkipMessage, timeout: 900_000 }, async () => {
  await killLoop(withSchema(schema));
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
