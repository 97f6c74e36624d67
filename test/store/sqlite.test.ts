// The shared store suite against SQLite (temp files), plus SQLite-specific checks.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";
import { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { StoreError } from "../../src/store/StoreError.js";
import Database from "better-sqlite3";
import { sqliteMigrations } from "../../src/store/sqlite/migrations.js";
import { storeSuite } from "./storeSuite.js";
import { stormCoastal } from "./fixtures/articles.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-store-"));
let n = 0;

storeSuite({
  name: "sqlite",
  newLocation: async () => path.join(dir, `s${++n}.db`),
  cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
});

test("sqlite: WAL, synchronous NORMAL, foreign keys, integrity ok", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-pragma-")), "p.db");
  const store = (await openStore(file)) as SqliteStore;
  await store.putAnalysis(analyze(stormCoastal), { source: "s" });
  const db = store.connection;
  assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
  assert.equal(db.pragma("synchronous", { simple: true }), 1, "NORMAL");
  assert.equal(db.pragma("foreign_keys", { simple: true }), 1);
  assert.ok((db.pragma("busy_timeout", { simple: true }) as number) >= 1000);
  assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
  for (const t of ["schema_migrations", "articles", "analyses", "quotes", "entities", "figures", "times", "failures", "jobs", "story_members", "entity_names", "articles_fts", "quotes_fts"]) {
    assert.ok(tables.includes(t), `table ${t}`);
  }
  assert.equal(db.prepare("SELECT count(*) AS n FROM times").get() && (db.prepare("SELECT count(*) AS n FROM times").get() as { n: number }).n, analyze(stormCoastal).times.length);
  await store.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("openStore: DOSSIER_DB is the default location", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-env-")), "env.db");
  const before = process.env.DOSSIER_DB;
  process.env.DOSSIER_DB = file;
  try {
    const store = await openStore();
    assert.equal(store.kind, "sqlite");
    assert.equal(store.location, file);
    await store.close();
    assert.ok(fs.existsSync(file));
  } finally {
    if (before === undefined) delete process.env.DOSSIER_DB;
    else process.env.DOSSIER_DB = before;
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test("openStore: one-line errors with a code", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bad-"));
  const notDb = path.join(tmp, "notes.db");
  fs.writeFileSync(notDb, "these are plain notes, not a database\n".repeat(200));
  const cases: Array<[string, string]> = [
    [path.join(tmp, "missing", "dir", "x.db"), "unwritable"],
    [notDb, "not-sqlite"],
    ["postgres://nobody:secret@127.0.0.1:1/none", "unreachable"],
  ];
  for (const [where, code] of cases) {
    await assert.rejects(openStore(where), (e: unknown) => {
      assert.ok(e instanceof StoreError, String(e));
      assert.equal(e.code, code);
      assert.ok(!e.message.includes("\n"), "one line");
      assert.ok(!e.message.includes("secret"), "the password is masked");
      return true;
    });
  }
  const ro = path.join(tmp, "ro");
  fs.mkdirSync(ro);
  fs.chmodSync(ro, 0o500);
  if (process.getuid?.() !== 0) {
    await assert.rejects(openStore(path.join(ro, "x.db")), (e: unknown) => e instanceof StoreError && e.code === "unwritable");
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("openStore: a newer schema version is refused", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-newer-")), "n.db");
  const store = (await openStore(file)) as SqliteStore;
  store.connection.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
  await store.close();
  await assert.rejects(openStore(file), (e: unknown) => e instanceof StoreError && e.code === "schema-newer");
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("migrate: a version-1 file is upgraded in place, its data kept and back-filled", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-v1-")), "v1.db");
  const db = new Database(file);
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  db.exec(sqliteMigrations[0].sql);
  db.prepare("INSERT INTO schema_migrations VALUES (1, 'initial schema', 'x')").run();
  db.prepare("INSERT INTO articles (id, doc_id, hash, source, text, engine_version, ingested_at) VALUES (1, 'sha256:a', 'sha256:a', 's', 'Ines Alvarez spoke.', '0.0.1', 'x')").run();
  db.prepare("INSERT INTO entities (article_id, entity_id, name, norm, type, mentions) VALUES (1, 'e1', 'Inés Álvarez', 'ines alvarez', 'PER', 1)").run();
  db.close();
  const store = await openStore(file);
  assert.equal(await store.migrate(), sqliteMigrations[sqliteMigrations.length - 1].version);
  assert.ok(sqliteMigrations.length >= 2);
  assert.deepEqual(await store.entities({ name: "Alvarez" }), [{ name: "Inés Álvarez", type: "PER", articles: 1, mentions: 1 }]);
  assert.equal((await store.getArticle(1))?.text, "Ines Alvarez spoke.");
  await store.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("migrate: a version-3 file (one article per text) is rebuilt for wire copies, nothing lost or cascaded", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-v3-")), "v3.db");
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of sqliteMigrations.filter((m) => m.version <= 3)) {
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'x')").run(m.version, m.name);
  }
  db.close();
  // Fill it through a store that stops at version 3: the rows a real v3 file would hold.
  const analysis = analyze(stormCoastal);
  const v3 = new Database(file);
  v3.pragma("foreign_keys = ON");
  v3.prepare("INSERT INTO articles (id, doc_id, hash, canonical_url, title, outlet, published, url, source, text, engine_version, ingested_at) VALUES (7, ?, ?, ?, ?, ?, ?, ?, 's', ?, ?, 'x')").run(
    analysis.document.id, analysis.document.id, analysis.document.url, analysis.document.title, analysis.document.outlet, analysis.document.published, analysis.document.url, analysis.document.text, analysis.engine.version,
  );
  v3.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (7, ?, ?)").run(analysis.document.title, analysis.document.text);
  v3.prepare("INSERT INTO analyses (article_id, engine_version, json) VALUES (7, ?, ?)").run(analysis.engine.version, JSON.stringify(analysis));
  v3.prepare("INSERT INTO quotes (article_id, quote_id, type, content_start, content_end, content, confidence) VALUES (7, 'q1', 'direct', 0, 5, 'Storm', 1)").run();
  v3.prepare("INSERT INTO story_members (article_id, story_id) VALUES (7, 3)").run();
  v3.close();
  const store = (await openStore(file)) as SqliteStore;
  assert.equal(await store.migrate(), sqliteMigrations[sqliteMigrations.length - 1].version);
  const conn = store.connection;
  assert.equal(conn.pragma("foreign_keys", { simple: true }), 1, "foreign keys are back on");
  assert.deepEqual(conn.pragma("foreign_key_check"), []);
  assert.equal(conn.pragma("integrity_check", { simple: true }), "ok");
  // Nothing referencing the rebuilt table was cascaded away; the FTS rowids still match.
  assert.deepEqual(await store.getAnalysis(7), analysis);
  assert.equal((conn.prepare("SELECT count(*) AS n FROM quotes WHERE article_id = 7").get() as { n: number }).n, 1);
  assert.deepEqual(await store.storyAssignments(), [{ articleId: 7, storyId: 3 }]);
  assert.deepEqual((await store.search({ text: "Merrow" })).map((h) => h.articleId), [7]);
  assert.equal((await store.getArticle(7))?.copyOf, null);
  // The upgraded file takes a copy of the stored text from another outlet.
  const copy = await store.putAnalysis(analyze({ ...stormCoastal, outlet: "Lake Wire", url: null }), { source: "w" });
  assert.deepEqual(copy, { status: "copy", id: copy.id, copyOf: 7 });
  assert.equal((await store.putAnalysis(analysis, { source: "again" })).status, "duplicate");
  await store.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("an analysis is written in parts of analysisChunkChars (issue 17): read back whole, shared by a copy, rewritten by a re-analysis, rolled back with its article", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-parts-"));
  const file = path.join(dir, "parts.db");
  let fail = false;
  const store = (await openStore(file, {
    analysisChunkChars: 300,
    beforeCommit: () => {
      if (fail) throw new Error("injected failure before commit");
    },
  })) as SqliteStore;
  const db = store.connection;
  const parts = (id: number): number => (db.prepare("SELECT count(*) AS n FROM analysis_parts WHERE article_id = ?").get(id) as { n: number }).n;
  try {
    const storm = analyze(stormCoastal);
    const whole = JSON.stringify(storm);
    const { id } = await store.putAnalysis(storm, { source: "storm" });
    const stored = db.prepare("SELECT json, parts FROM analyses WHERE article_id = ?").get(id) as { json: string; parts: number };
    assert.ok(stored.parts >= 5, `${stored.parts} parts for ${whole.length} characters`);
    assert.equal(parts(id), stored.parts);
    assert.ok(stored.json.length < whole.length && whole.startsWith(stored.json), "analyses.json holds the first chunk");
    assert.equal(stored.json + (db.prepare("SELECT json FROM analysis_parts WHERE article_id = ? ORDER BY seq").pluck().all(id) as string[]).join(""), whole);
    assert.deepEqual(await store.getAnalysis(id), storm);
    // A copy from another outlet reads the parts of its first copy.
    const copy = await store.putAnalysis(analyze({ ...stormCoastal, outlet: "Lake Wire", url: null }), { source: "copy" });
    assert.equal(copy.status, "copy");
    assert.equal(parts(copy.id), 0);
    assert.deepEqual((await store.getAnalysis(copy.id))?.quotes, storm.quotes);
    // A re-analysis with fewer layers rewrites the parts: none of the old ones remain.
    const smaller = { ...storm, entities: [], quotes: [], figures: [], times: [], diagnostics: [] } as typeof storm;
    await store.replaceAnalysis(id, smaller);
    assert.deepEqual(await store.getAnalysis(id), smaller);
    assert.equal(parts(id), (db.prepare("SELECT parts FROM analyses WHERE article_id = ?").get(id) as { parts: number }).parts);
    assert.ok(parts(id) < stored.parts);
    // A write that fails before its commit leaves no part behind.
    fail = true;
    const before = (db.prepare("SELECT count(*) AS n FROM analysis_parts").get() as { n: number }).n;
    await assert.rejects(store.putAnalysis(analyze({ ...stormCoastal, text: `${stormCoastal.text}\nA new paragraph.`, url: null, outlet: "Other" }), { source: "fails" }), /injected failure/);
    await assert.rejects(store.replaceAnalysis(id, storm), /injected failure/);
    fail = false;
    assert.equal((db.prepare("SELECT count(*) AS n FROM analysis_parts").get() as { n: number }).n, before);
    assert.deepEqual(await store.getAnalysis(id), smaller);
    assert.deepEqual(db.pragma("foreign_key_check"), []);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("migrate: a version-6 file's analyses (one row each, no parts) read as before", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-v6-"));
  const file = path.join(dir, "v6.db");
  const db = new Database(file);
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  for (const m of sqliteMigrations.filter((m) => m.version <= 6)) {
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, 'x')").run(m.version, m.name);
  }
  const storm = analyze(stormCoastal);
  db.prepare("INSERT INTO articles (id, doc_id, hash, source, text, engine_version, ingested_at) VALUES (3, ?, ?, 's', ?, ?, 'x')").run(storm.document.id, storm.document.id, storm.document.text, storm.engine.version);
  db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (3, '', ?)").run(storm.document.text);
  db.prepare("INSERT INTO analyses (article_id, engine_version, json) VALUES (3, ?, ?)").run(storm.engine.version, JSON.stringify(storm));
  db.close();
  const store = await openStore(file, { analysisChunkChars: 300 });
  try {
    assert.deepEqual(await store.getAnalysis(3), storm);
    await store.replaceAnalysis(3, storm);
    assert.deepEqual(await store.getAnalysis(3), storm);
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
