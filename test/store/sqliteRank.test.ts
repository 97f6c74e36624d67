// The SQLite store's ranking function (native/dossier_rank.c, issue 15): hits and their order
// are those of FTS5's bm25() with the same weights, for every kind of query, after a re-analysis
// and within a ranking window; the store falls back to bm25() when the library is missing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";
import type { SearchQuery } from "../../src/store/Store.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";
import { RANK_EXTENSION_PATH, loadRankExtension } from "../../src/store/sqlite/rankExtension.js";
import { ftsMatch } from "../../src/store/ftsQuery.js";
import { mulberry32 } from "../../src/util/mulberry32.js";

// Build the library if `npm run build` has not (a test run straight from a checkout).
if (!fs.existsSync(RANK_EXTENSION_PATH)) spawnSync(process.execPath, [fileURLToPath(new URL("../../scripts/buildRank.mjs", import.meta.url))], { stdio: "ignore" });
const built = fs.existsSync(RANK_EXTENSION_PATH);
const skip = built ? false : "build/dossier_rank.so could not be built here (no C compiler or no sqlite3ext.h: apt-get install libsqlite3-dev)";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-rank-"));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 40 articles of varied length with random counts of a few words, two outlets, some titles with a word. */
function corpus(): Analysis[] {
  const rand = mulberry32(3);
  const words = ["heron", "otter", "tide", "harbour"];
  const out: Analysis[] = [];
  for (let i = 0; i < 40; i++) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) {
      const w = rand() < 0.55 ? words[Math.floor(rand() * words.length)] : "gull";
      sentences.push(rand() < 0.15 ? `A high tide warning was issued near the ${w} colony.` : `The ${w} was seen near pier ${k + 1} this morning.`);
    }
    const titleWord = rand() < 0.3 ? words[Math.floor(rand() * words.length)] : "coast";
    out.push(analyze({ title: `Notes on the ${titleWord} ${i}`, outlet: i % 3 ? "Marsh Weekly" : "Estuary Post", published: `2025-05-${String((i % 28) + 1).padStart(2, "0")}`, text: sentences.join(" ") }));
  }
  return out;
}

const QUERIES: SearchQuery[] = [
  { text: "heron" },
  { text: "otter -heron" },
  { text: "heron otter" },
  { text: "otter heron tide" },
  { text: "heron OR harbour" },
  { text: '"high tide" otter' },
  { text: '"high tide warning"' },
  { text: "tid* gull" },
  { text: "harb*" },
  { text: "heron heron" },
  { text: "heron -harbour -warning" },
  { text: "tide", outlet: "Estuary Post" },
  { text: "otter OR heron -tide", since: "2025-05-10" },
];

const ranked = async (store: SqliteStore, q: SearchQuery): Promise<number[]> => (await store.search({ ...q, limit: 100 })).map((h) => h.articleId);

test("ftsMatch counts the phrases a hit may contain, excluded ones apart", () => {
  const cases: Array<[string, number | null]> = [
    ["heron", 1],
    ["heron otter", 2],
    ['"high tide warning" -otter', 1],
    ['"do NOT go" heron', 2],
    ["heron OR tide otter -gull -harbour", 3],
    ["bri* -x", 1],
    ["-heron", null],
  ];
  for (const [query, n] of cases) assert.equal(ftsMatch(query)?.positivePhrases ?? null, n, query);
});

test("dossier_rank orders hits as bm25() does, query by query, page by page (issue 15)", { skip }, async () => {
  const file = path.join(dir, "rank.db");
  const native = (await openStore(file)) as SqliteStore;
  const plain = (await openStore(file, { nativeRank: false })) as SqliteStore;
  try {
    assert.equal(native.ranking, "dossier_rank");
    assert.equal(plain.ranking, "bm25");
    for (const [i, a] of corpus().entries()) await native.putAnalysis(a, { source: `rank/${i}` });
    for (const q of QUERIES) {
      const expected = await ranked(plain, q);
      assert.ok(expected.length > 0, `${q.text} finds something`);
      assert.deepEqual(await ranked(native, q), expected, q.text);
      // The scores say the same: non-increasing down the list.
      const scores = (await native.search({ ...q, limit: 100 })).map((h) => h.score);
      for (let k = 1; k < scores.length; k++) assert.ok(scores[k] <= scores[k - 1], `${q.text}: score ${k}`);
      // Pages of 3 add up to the whole list, without overlap.
      const pages: number[] = [];
      for (let offset = 0; offset < expected.length; offset += 3) pages.push(...(await native.search({ ...q, limit: 3, offset })).map((h) => h.articleId));
      assert.deepEqual(pages, expected, `${q.text}: pages`);
    }
    // Not a constant order: the lone-word ranking differs from storage order.
    const heron = await ranked(native, { text: "heron" });
    assert.notDeepEqual(heron, [...heron].sort((x, y) => x - y));
  } finally {
    await native.close();
    await plain.close();
  }
});

test("dossier_rank follows a re-analysis on its own or another connection (new title words, new length) and a rolled-back write changes nothing (issue 15)", { skip }, async () => {
  const file = path.join(dir, "replace.db");
  const docs = corpus().slice(0, 20);
  let fail = false;
  const native = (await openStore(file, {
    beforeCommit: () => {
      if (fail) throw new Error("rolled back");
    },
  })) as SqliteStore;
  const plain = (await openStore(file, { nativeRank: false })) as SqliteStore;
  try {
    const ids: number[] = [];
    for (const [i, a] of docs.entries()) ids.push((await native.putAnalysis(a, { source: `replace/${i}` })).id);
    const q = { text: "otter heron" };
    const before = await ranked(native, q);
    // A rolled-back re-analysis leaves the index, and so the ranking, as it was.
    fail = true;
    const last = before[before.length - 1];
    const lastDoc = docs[ids.indexOf(last)];
    await assert.rejects(native.replaceAnalysis(last, { ...lastDoc, document: { ...lastDoc.document, title: "Otter heron otter heron" } }), /rolled back/);
    fail = false;
    assert.deepEqual(await ranked(native, q), before);
    // The re-analysis puts both words in the title (weight 2): the last hit moves up, in both rankings alike.
    await native.replaceAnalysis(last, { ...lastDoc, document: { ...lastDoc.document, title: "Otter heron otter heron" } });
    const after = await ranked(native, q);
    assert.deepEqual(after, await ranked(plain, q));
    assert.ok(after.indexOf(last) < before.indexOf(last), "the re-titled article ranks higher");
    // A re-analysis by another connection: the lengths the ranking kept are forgotten.
    const second = after[after.length - 1];
    const secondDoc = docs[ids.indexOf(second)];
    await plain.replaceAnalysis(second, { ...secondDoc, document: { ...secondDoc.document, title: "Otter, heron, otter, heron and more otters" } });
    const third = await ranked(native, q);
    assert.deepEqual(third, await ranked(plain, q));
    assert.ok(third.indexOf(second) < after.indexOf(second), "re-titled by another connection, it ranks higher");
  } finally {
    await native.close();
    await plain.close();
  }
});

test("dossier_rank: a row whose length changes (a longer title, same words) is ranked by its new length, whichever connection changed it (issue 15)", { skip }, async () => {
  const file = path.join(dir, "length.db");
  const native = (await openStore(file)) as SqliteStore;
  const plain = (await openStore(file, { nativeRank: false })) as SqliteStore;
  try {
    const a = analyze({ title: "Otter news", text: "The otter swam. The otter ate a fish near the pier today." });
    const b = analyze({ title: "More news", text: "The otter swam and swam. The otter then slept for hours near the old pier today." });
    const idA = (await native.putAnalysis(a, { source: "length/a" })).id;
    const idB = (await native.putAnalysis(b, { source: "length/b" })).id;
    assert.deepEqual(await ranked(native, { text: "otter" }), [idA, idB], "the shorter article first");
    const longer = (doc: Analysis): Analysis => ({ ...doc, document: { ...doc.document, title: `${doc.document.title} ${Array.from({ length: 60 }, (_, k) => `gull${k}`).join(" ")}` } });
    // Another connection makes A much longer (same words): B is now first, for bm25() and dossier_rank alike.
    await plain.replaceAnalysis(idA, longer(a));
    assert.deepEqual(await ranked(plain, { text: "otter" }), [idB, idA]);
    assert.deepEqual(await ranked(native, { text: "otter" }), [idB, idA]);
    // This connection makes B longer still: A is first again.
    await native.replaceAnalysis(idB, longer(longer(b)));
    assert.deepEqual(await ranked(plain, { text: "otter" }), [idA, idB]);
    assert.deepEqual(await ranked(native, { text: "otter" }), [idA, idB]);
  } finally {
    await native.close();
    await plain.close();
  }
});

test("dossier_rank within a ranking window: the newest matches only, as with bm25()", { skip }, async () => {
  const file = path.join(dir, "window.db");
  const native = (await openStore(file, { rankCandidates: 7 })) as SqliteStore;
  const plain = (await openStore(file, { rankCandidates: 7, nativeRank: false })) as SqliteStore;
  try {
    for (const [i, a] of corpus().entries()) await native.putAnalysis(a, { source: `window/${i}` });
    for (const q of QUERIES) {
      const hits = await ranked(native, q);
      assert.ok(hits.length <= 7, q.text);
      assert.deepEqual(hits, await ranked(plain, q), q.text);
    }
  } finally {
    await native.close();
    await plain.close();
  }
});

test("without the library the store ranks with bm25()", async () => {
  const file = path.join(dir, "fallback.db");
  const store = (await openStore(file)) as SqliteStore;
  try {
    assert.equal(loadRankExtension(store.connection, path.join(dir, "missing.so")), false);
    assert.equal(store.ranking, built ? "dossier_rank" : "bm25");
    const fallback = (await openStore(file, { nativeRank: false })) as SqliteStore;
    assert.equal(fallback.ranking, "bm25");
    await fallback.putAnalysis(corpus()[0], { source: "fallback/0" });
    assert.ok((await fallback.search({ text: "pier" })).length === 1);
    await fallback.close();
  } finally {
    await store.close();
  }
});
