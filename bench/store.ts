// Store search latency at corpus scale. `benchStoreSearch()` fills a store with N generated
// articles (a few real analyses, each text extended with a generated paragraph of made-up words
// drawn with a Zipf-like skew, so term frequencies range from "in most articles" to "in a few"),
// then times `store.search()` for several query shapes and reports p50/p99 per shape.
//
//   node --import tsx bench/store.ts                         # SQLite, 10k and 100k articles
//   node --import tsx bench/store.ts --sizes 10000 --pg postgres://user:pw@127.0.0.1:5432/db
//
// The store is built with plain putAnalysis calls (SQLite: batched 1,000 per transaction; the
// inner putAnalysis becomes a savepoint), so the index rows are exactly what ingest writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../src/index.js";
import type { Analysis, ArticleInput } from "../src/index.js";
import { contentHash } from "../src/store/contentHash.js";
import { openStore } from "../src/store/openStore.js";
import type { SearchQuery, Store } from "../src/store/Store.js";
import type { SqliteStore } from "../src/store/sqlite/SqliteStore.js";
import { mulberry32 as rng } from "../src/util/mulberry32.js";

export interface StoreBenchOptions {
  /** "sqlite" (a temp file, removed afterwards) or a postgres:// URL (a fresh schema, dropped). */
  target?: "sqlite" | string;
  /** Corpus sizes to measure at, ascending; the store grows from one to the next. */
  sizes?: number[];
  /** Timed runs per query shape (after one warm-up run each). */
  runs?: number;
  log?: (line: string) => void;
}

export interface StoreBenchRow {
  kind: "sqlite" | "postgres";
  articles: number;
  shape: string;
  query: string;
  hits: number;
  p50Ms: number;
  p99Ms: number;
}

export interface StoreBenchResult {
  rows: StoreBenchRow[];
  /** Seconds spent storing articles, per size step. */
  buildSeconds: Record<number, number>;
  /** Database size on disk at each size (SQLite only). */
  bytes: Record<number, number>;
}


const SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vel", "dor", "pin", "sul", "bra", "no", "quen", "fa", "zi", "mor", "tel", "gan", "ru", "shi", "bel"];
/** 8,000 made-up words: two or three syllables. */
const VOCAB: string[] = [];
for (const a of SYLLABLES) for (const b of SYLLABLES) VOCAB.push(a + b);
for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of SYLLABLES) if (VOCAB.length < 8000) VOCAB.push(a + b + c);

const TOWNS = ["Eastbrook", "Millford", "Oakridge", "Redhaven", "Stonecross", "Westmere", "Ashby", "Linwood", "Brackenfield", "Corrin Bay"];
const PEOPLE = ["Ada Moreno", "Ben Okafor", "Chen Wei", "Dana Kowalski", "Emil Haddad", "Farah Nasser", "Goran Petrov", "Hana Sato", "Ivo Lindqvist", "Jana Novak"];
const OUTLETS = ["North Post", "South Ledger", "Daily Beacon", "Evening Courier", "Metro Wire"];
const TOPICS = ["budget", "school", "harbour", "railway", "hospital", "water supply", "housing plan", "bridge repair"];

function templateInput(i: number): ArticleInput {
  const town = TOWNS[i % TOWNS.length];
  const person = PEOPLE[(i * 3) % PEOPLE.length];
  const topic = TOPICS[i % TOPICS.length];
  return {
    title: `${town} council approves ${topic}`,
    outlet: OUTLETS[i % OUTLETS.length],
    published: `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
    text: [
      `${town} council approves ${topic}`,
      `The council of ${town} approved the ${topic} on Monday after a debate that lasted ${2 + (i % 5)} hours.`,
      `\u201CThis ${topic} keeps ${100 + i * 7} people in work,\u201D ${person} said after the vote.`,
      `According to the finance office, the plan will cost ${10 + i} million dollars over ${3 + (i % 4)} years.`,
      `Opposition member ${PEOPLE[(i * 7 + 1) % PEOPLE.length]} said the council had ignored residents of ${TOWNS[(i + 3) % TOWNS.length]}.`,
    ].join("\n"),
  };
}

/** Article `i`: template analysis `i % templates` plus a generated paragraph (spans stay valid). */
function generatedAnalysis(templates: Analysis[], i: number, rand: () => number): Analysis {
  const base = templates[i % templates.length];
  const words: string[] = [];
  const n = 40 + Math.floor(rand() * 60);
  for (let k = 0; k < n; k++) {
    // Zipf-like: index ~ VOCAB.length ^ u, so low indices are common, high ones rare.
    const idx = Math.min(VOCAB.length - 1, Math.floor(Math.pow(VOCAB.length, rand())) - 1);
    words.push(VOCAB[Math.max(0, idx)]);
    if (k % 12 === 11) words.push(`${Math.floor(rand() * 10000)}.`);
  }
  const extra = `Item ${i}: ${words.join(" ")}.`;
  const text = `${base.document.text}\n${extra}`;
  return { ...base, document: { ...base.document, id: contentHash(text), text, published: base.document.published } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const SHAPES: Array<{ shape: string; query: SearchQuery }> = [
  { shape: "rare word", query: { text: VOCAB[6000] } },
  { shape: "mid-frequency word", query: { text: VOCAB[60] } },
  { shape: "common word", query: { text: VOCAB[1] } },
  { shape: "two words (AND)", query: { text: `${VOCAB[2]} ${VOCAB[30]}` } },
  { shape: "phrase", query: { text: `"council approved"` } },
  { shape: "word + outlet + since", query: { text: VOCAB[20], outlet: "Daily Beacon", since: "2025-05-01" } },
  { shape: "word + entity", query: { text: VOCAB[20], entity: "Hana Sato" } },
];

async function fill(store: Store, templates: Analysis[], from: number, to: number, rand: () => number): Promise<void> {
  if (store.kind === "sqlite") {
    const db = (store as SqliteStore).connection;
    for (let start = from; start < to; start += 1000) {
      db.exec("BEGIN IMMEDIATE");
      // putAnalysis runs synchronously on SQLite; inside BEGIN it nests as a savepoint.
      const pending: Array<Promise<unknown>> = [];
      for (let i = start; i < Math.min(to, start + 1000); i++) pending.push(store.putAnalysis(generatedAnalysis(templates, i, rand), { source: `bench/${i}` }));
      db.exec("COMMIT");
      await Promise.all(pending);
    }
    return;
  }
  const WORKERS = 4;
  let next = from;
  const items: Analysis[] = [];
  for (let i = from; i < to; i++) items.push(generatedAnalysis(templates, i, rand));
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < to) {
        const i = next++;
        await store.putAnalysis(items[i - from], { source: `bench/${i}` });
      }
    }),
  );
}

/** Builds stores of the given sizes and times search; see the file comment. */
export async function benchStoreSearch(options: StoreBenchOptions = {}): Promise<StoreBenchResult> {
  const sizes = [...(options.sizes ?? [10_000, 100_000])].sort((a, b) => a - b);
  const runs = options.runs ?? 50;
  const log = options.log ?? (() => undefined);
  const target = options.target ?? "sqlite";
  let location: string;
  let tmp: string | null = null;
  let schema: string | null = null;
  if (target === "sqlite") {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-"));
    location = path.join(tmp, "bench.db");
  } else {
    schema = `dossier_bench_${Date.now().toString(36)}`;
    const u = new URL(target);
    u.searchParams.set("schema", schema);
    location = u.toString();
  }
  const templates = Array.from({ length: 24 }, (_, i) => analyze(templateInput(i)));
  const rand = rng(42);
  const store = await openStore(location);
  const result: StoreBenchResult = { rows: [], buildSeconds: {}, bytes: {} };
  try {
    let have = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      await fill(store, templates, have, size, rand);
      result.buildSeconds[size] = (performance.now() - t0) / 1000;
      have = size;
      if (store.kind === "sqlite") {
        (store as SqliteStore).connection.pragma("wal_checkpoint(TRUNCATE)");
        (store as SqliteStore).connection.exec("ANALYZE");
        result.bytes[size] = fs.statSync(location).size;
      } else {
        // Fresh statistics and visibility map, as autovacuum would leave them.
        const pg = (await import("pg")).default;
        const c = new pg.Client({ connectionString: target, options: `-c search_path=${schema}` });
        await c.connect();
        await c.query("VACUUM ANALYZE");
        await c.end();
      }
      log(`${store.kind}: ${size} articles stored in ${result.buildSeconds[size].toFixed(1)} s`);
      for (const { shape, query } of SHAPES) {
        let hits = (await store.search(query)).length; // warm-up
        const times: number[] = [];
        for (let r = 0; r < runs; r++) {
          const t = performance.now();
          hits = (await store.search(query)).length;
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        const row: StoreBenchRow = { kind: store.kind, articles: size, shape, query: JSON.stringify(query), hits, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
        result.rows.push(row);
        log(`  ${shape}: p50 ${row.p50Ms.toFixed(2)} ms, p99 ${row.p99Ms.toFixed(2)} ms (${hits} hits)`);
      }
    }
  } finally {
    await store.close();
    if (tmp && process.env.DOSSIER_BENCH_KEEP) log(`kept ${location}`);
    else if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (schema) {
      const pg = (await import("pg")).default;
      const c = new pg.Client({ connectionString: target });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    }
  }
  return result;
}

/** The result as a Markdown table for docs/BENCHMARKS.md. */
export function storeBenchTable(result: StoreBenchResult): string {
  const lines = ["| store | articles | query | hits (limit 20) | p50 ms | p99 ms |", "|---|---:|---|---:|---:|---:|"];
  for (const r of result.rows) lines.push(`| ${r.kind} | ${r.articles.toLocaleString("en-US")} | ${r.shape} | ${r.hits} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} |`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = arg("--sizes")?.split(",").map(Number);
  const result = await benchStoreSearch({ target: arg("--pg") ?? "sqlite", sizes, runs: arg("--runs") ? Number(arg("--runs")) : undefined, log: (l) => console.error(l) });
  console.log(storeBenchTable(result));
  console.log(`\nbuild seconds: ${JSON.stringify(result.buildSeconds)}; bytes: ${JSON.stringify(result.bytes)}`);
}
