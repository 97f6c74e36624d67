import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../../src/corpus/ingest.js";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { documentId } from "../../src/document/createDocument.js";
import { openStore } from "../../src/store/openStore.js";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";

// Two workers share one PostgreSQL job queue (as `dossier worker` processes on two machines
// would): every source is processed, every article stored exactly once.
const dir = mkdtempSync(join(tmpdir(), "dossier-pgworker-"));
const schema = `ingest_workers_${process.pid}`;
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!pgSkipMessage) await dropSchemas([schema]);
});

test("two workers drain one shared PostgreSQL queue; each article stored once", { skip: pgSkipMessage }, async () => {
  const sources: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const a = syntheticArticle(i, 31);
    const p = join(dir, `a${i}.json`);
    writeFileSync(p, JSON.stringify(a));
    sources.push(p);
    texts.push(a.text);
  }
  // The same article twice in the queue (another file): one copy is a duplicate.
  writeFileSync(join(dir, "again.json"), JSON.stringify(syntheticArticle(0, 31)));
  sources.push(join(dir, "again.json"));
  const url = withSchema(schema);
  const producer = await openStore(url);
  const a = await openStore(url);
  const b = await openStore(url);
  try {
    assert.equal(producer.kind, "postgres");
    assert.equal(await producer.enqueue(sources), sources.length);
    const [ra, rb] = await Promise.all([
      ingest([], { store: a, enqueue: false, workerName: "worker-a" }),
      ingest([], { store: b, enqueue: false, workerName: "worker-b" }),
    ]);
    assert.equal(ra.ingested + rb.ingested, texts.length);
    assert.equal(ra.duplicates + rb.duplicates, 1);
    assert.equal(ra.jobs + rb.jobs, sources.length, "every job finished exactly once");
    const rows = await producer.listArticles({ limit: 100 });
    assert.deepEqual(new Set(rows.map((r) => r.docId)), new Set(texts.map(documentId)));
    assert.equal(rows.length, texts.length);
    assert.equal((await producer.count()).jobsPending, 0);
  } finally {
    await Promise.all([producer.close(), a.close(), b.close()]);
  }
});
