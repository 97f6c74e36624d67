// The shared store suite against PostgreSQL: runs when DOSSIER_TEST_PG is a postgres:// URL
// (each test in a schema of its own, dropped afterwards); skips with a message otherwise.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";
import { storeSuite } from "./storeSuite.js";
import { dropSchemas, pgSkipMessage, withSchema } from "./pgTestUrl.js";
import { generatedArticle } from "./fixtures/articles.js";

const schemas: string[] = [];
const prefix = `dossier_t${process.pid}_${Date.now().toString(36)}`;
const newSchema = (): string => {
  const name = `${prefix}_${schemas.length + 1}`;
  schemas.push(name);
  return name;
};

storeSuite({
  name: "postgres",
  skip: pgSkipMessage,
  newLocation: async () => withSchema(newSchema()),
  cleanup: () => dropSchemas(schemas.splice(0)),
});

test("postgres: concurrent workers putting overlapping articles store each exactly once", { skip: pgSkipMessage }, async () => {
  const location = withSchema(newSchema());
  const stores = await Promise.all([openStore(location), openStore(location), openStore(location)]);
  try {
    const analyses = Array.from({ length: 12 }, (_, i) => analyze(generatedArticle(i)));
    // Every worker tries every article, in a different order.
    const results = await Promise.all(
      stores.map((s, w) => Promise.all(analyses.map((_, i) => analyses[(i + w * 5) % analyses.length]).map((a) => s.putAnalysis(a, { source: `w${w}` })))),
    );
    const flat = results.flat();
    assert.equal(flat.filter((r) => r.status === "stored").length, analyses.length);
    assert.equal(flat.filter((r) => r.status === "duplicate").length, analyses.length * (stores.length - 1));
    const counts = await stores[0].count();
    assert.equal(counts.articles, analyses.length);
    assert.equal(counts.quotes, analyses.reduce((n, a) => n + a.quotes.length, 0));
    // Each id is consistently the same article across workers.
    const idByDoc = new Map<string, number>();
    for (const row of await stores[0].listArticles()) idByDoc.set(row.docId, row.id);
    for (const [w, rs] of results.entries()) {
      rs.forEach((r, i) => assert.equal(r.id, idByDoc.get(analyses[(i + w * 5) % analyses.length].document.id)));
    }
  } finally {
    for (const s of stores) await s.close();
    await dropSchemas(schemas.splice(0));
  }
});

test("postgres: a schema-2 store (one article per text) is upgraded for wire copies, its data kept", { skip: pgSkipMessage }, async () => {
  const name = newSchema();
  const { default: pg } = await import("pg");
  const { postgresMigrations } = await import("../../src/store/postgres/migrations.js");
  const client = new pg.Client({ connectionString: process.env.DOSSIER_TEST_PG });
  await client.connect();
  const a = analyze(generatedArticle(3));
  try {
    await client.query(`CREATE SCHEMA "${name}"`);
    await client.query(`SET search_path TO "${name}"`);
    await client.query("CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    for (const m of postgresMigrations.filter((m) => m.version <= 2)) {
      await client.query(m.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    }
    await client.query("INSERT INTO articles (id, doc_id, hash, title, outlet, published, source, text, engine_version) VALUES (5, $1, $1, $2, $3, $4, 's', $5, $6)", [
      a.document.id, a.document.title, a.document.outlet, a.document.published, a.document.text, a.engine.version,
    ]);
    await client.query("INSERT INTO analyses (article_id, engine_version, json) VALUES (5, $1, $2)", [a.engine.version, JSON.stringify(a)]);
  } finally {
    await client.end();
  }
  const store = await openStore(withSchema(name));
  try {
    assert.equal(await store.migrate(), postgresMigrations[postgresMigrations.length - 1].version);
    assert.deepEqual(await store.getAnalysis(5), a);
    assert.equal((await store.getArticle(5))?.copyOf, null);
    const copy = await store.putAnalysis(analyze({ ...generatedArticle(3), outlet: "Other Wire" }), { source: "w" });
    assert.deepEqual(copy, { status: "copy", id: copy.id, copyOf: 5 });
    assert.equal((await store.putAnalysis(a, { source: "again" })).status, "duplicate");
  } finally {
    await store.close();
    await dropSchemas(schemas.splice(0));
  }
});
