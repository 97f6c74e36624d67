// Ingest throughput on SQLite: synthetic articles (src/corpus/syntheticCorpus.ts) written as
// JSONL files of 500, ingested into a fresh database with 1 and then 2 analysis workers.
//
//   node --import tsx bench/ingest.ts [count=10000]       prints a Markdown table
//   import { benchIngest } from "./ingest.js"; await benchIngest({ count: 10000, workers: [1, 2] })
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../src/corpus/ingest.js";
import { syntheticArticles } from "../src/corpus/syntheticCorpus.js";
import { openStore } from "../src/store/openStore.js";

export interface IngestBenchRow {
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  /** CPU seconds of this process (all threads) during the run: robust on a shared machine. */
  cpuSeconds: number;
  dbMB: number;
}

export interface IngestBenchOptions {
  /** Articles to generate and ingest (default 10 000). */
  count?: number;
  /** Worker counts to measure, each on a fresh database (default [1, 2]). */
  workers?: number[];
  seed?: number;
  /** Called after each run. */
  onRow?: (row: IngestBenchRow) => void;
}

/** Measures ingest articles/s (read + analyse + store, one transaction per article). */
export async function benchIngest(opts: IngestBenchOptions = {}): Promise<IngestBenchRow[]> {
  const count = opts.count ?? 10_000;
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-ingest-"));
  const rows: IngestBenchRow[] = [];
  try {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    const files: string[] = [];
    let lines: string[] = [];
    const flush = () => {
      if (!lines.length) return;
      const p = join(corpus, `part-${String(files.length).padStart(4, "0")}.jsonl`);
      writeFileSync(p, lines.join("\n") + "\n");
      files.push(p);
      lines = [];
    };
    for (const a of syntheticArticles(count, opts.seed ?? 1)) {
      lines.push(JSON.stringify(a));
      if (lines.length === 500) flush();
    }
    flush();
    for (const workers of opts.workers ?? [1, 2]) {
      const dbPath = join(dir, `w${workers}.db`);
      const store = await openStore(dbPath, { jobLeaseMs: 0 });
      try {
        const cpu0 = process.cpuUsage();
        const s = await ingest(files, { store, workers });
        const cpu = process.cpuUsage(cpu0);
        if (s.ingested !== count) throw new Error(`bench: expected ${count} stored, got ${s.ingested} (${s.failed} failed)`);
        const { statSync } = await import("node:fs");
        const row = { workers, articles: s.ingested, seconds: s.seconds, articlesPerSec: s.ingested / s.seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, dbMB: statSync(dbPath).size / 1e6 };
        rows.push(row);
        opts.onRow?.(row);
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The Markdown table for docs/BENCHMARKS.md. */
export function ingestTable(rows: IngestBenchRow[]): string {
  const head = "| workers | articles | wall s | articles/s | CPU s (all threads) | articles per CPU-s | DB size (MB) |\n|---:|---:|---:|---:|---:|---:|---:|\n";
  return head + rows.map((r) => `| ${r.workers} | ${r.articles.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} | ${r.articlesPerSec.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${(r.articles / r.cpuSeconds).toFixed(1)} | ${r.dbMB.toFixed(0)} |`).join("\n") + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const { loadavg } = await import("node:os");
  process.stderr.write(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(" ")}\n`);
  const rows = await benchIngest({ count, onRow: (r) => process.stderr.write(`workers=${r.workers}: ${r.articlesPerSec.toFixed(1)} articles/s, load ${loadavg()[0].toFixed(1)}\n`) });
  process.stdout.write(ingestTable(rows));
}
