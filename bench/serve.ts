// Load test of `dossier serve` on loopback: p50/p99 latency of /api/search and /api/stories/:id
// with 20 concurrent clients on a 10,000-article SQLite store.
//
//   node --import tsx bench/serve.ts [articles] [requests] [--store FILE] [--workers 1,2]
//   npm run bench -- --only serve [--serve-store FILE]
//
// --store FILE keeps the built store in FILE and, when FILE exists, loads that store instead of
// building one (building takes minutes). Per phase it reports the CPU time of the server
// process(es) per request (from /proc, user + system) and of the clients, and the load average
// sampled every second: on a shared machine the wall-clock percentiles move with other work, the
// server's CPU time per request much less.
//
// The store: 120 synthetic articles (src/corpus/syntheticCorpus.ts) are analysed once, then
// 10,000 articles are stored as those analyses with one generated paragraph appended (spans stay
// valid, every text is distinct), grouped five to a story (2,000 stories) with setStories — the
// clustering is not what is measured here — and the story reports are computed and stored, as
// `dossier serve` does after clustering (timed apart). The server runs as its own process
// (`dossier serve`, rate limit off), once with one process and once with `--workers 2`; the
// clients are 20 loops on a keep-alive node:http agent in this process. Searches: the 12 words and phrases repeat
// (after the first, answered from the server's search cache), then the same words each with a
// distinct excluded word (`council -zq17`: the same hits, never cached — the cost of ranking).
// Story ids are drawn at random (read from the stored reports; the server keeps 1,024 in memory).
// Requests carry `Accept-Encoding: gzip, deflate, br` as browsers and fetch() do (the story
// reports are then sent gzipped); one phase asks for story reports without it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../src/index.js";
import type { Analysis } from "../src/index.js";
import { contentHash } from "../src/store/contentHash.js";
import { openStore } from "../src/store/openStore.js";
import type { SqliteStore } from "../src/store/sqlite/SqliteStore.js";
import { StoryIndex } from "../src/server/storyIndex.js";
import { syntheticArticle } from "../src/corpus/syntheticCorpus.js";
import { mulberry32 as rng } from "../src/util/mulberry32.js";

export interface ServeBenchRow {
  route: string;
  /** Server processes (`--workers`). */
  workers: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond: number;
  /** CPU time of the server process(es) over the phase, per request (user + system, /proc). */
  serverCpuMs: number | null;
  /** CPU time of this (client) process over the phase, per request. */
  clientCpuMs: number;
  /** 1-minute load average, sampled every second during the phase: mean and max. */
  loadMean: number;
  loadMax: number;
}

export interface ServeBenchResult {
  articles: number;
  stories: number;
  clients: number;
  buildSeconds: number;
  /** Computing and storing the 2,000 story reports. */
  reportsSeconds: number;
  /** `os.loadavg()` (1, 5, 15 min) when the load started and when it ended. */
  loadBefore: number[];
  loadAfter: number[];
  rows: ServeBenchRow[];
}

const WORDS = ["council", "bridge", "hospital", "budget", "strike", "flood", "school", "Port Alder", "Kingsford", "spokesperson", "\"step in the right direction\"", "review"];
const OUTLETS = ["Harbour Gazette", "Valley Ledger", "Capital Wire"];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function buildStore(file: string, articles: number, log: (s: string) => void): Promise<number> {
  const bases: Analysis[] = [];
  for (let i = 0; i < 120; i++) bases.push(analyze(syntheticArticle(i, 3)));
  log(`serve bench: 120 base analyses done; storing ${articles} articles`);
  const store = await openStore(file);
  const db = (store as SqliteStore).connection;
  const rand = rng(7);
  for (let start = 0; start < articles; start += 1000) {
    db.exec("BEGIN IMMEDIATE");
    const pending: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(articles, start + 1000); i++) {
      const base = bases[i % bases.length];
      const extra = `Update ${i}: officials in ${WORDS[Math.floor(rand() * 7)]} said ${Math.floor(rand() * 900) + 10} residents attended.`;
      const text = `${base.document.text}\n${extra}`;
      pending.push(store.putAnalysis({ ...base, document: { ...base.document, id: contentHash(text), text } }, { source: `bench/${i}` }));
    }
    db.exec("COMMIT");
    await Promise.all(pending);
  }
  const rows = await store.listArticles({});
  await store.setStories(rows.map((r, i) => ({ articleId: r.id, storyId: Math.floor(i / 5) + 1 })));
  db.exec("ANALYZE");
  await store.close();
  return Math.ceil(rows.length / 5);
}

/** Computes and stores every story's report (what the server does after clustering). */
export async function storeReports(file: string): Promise<number> {
  const store = await openStore(file);
  try {
    return await new StoryIndex(store).precompute();
  } finally {
    await store.close();
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** The pids of a process and its descendants (from /proc/<pid>/task/<tid>/children). */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of fs.readFileSync(`/proc/${out[i]}/task/${t}/children`, "utf8").split(" ").filter(Boolean)) out.push(Number(c));
      } catch {
        // gone meanwhile
      }
    }
  }
  return out;
}

/** User + system CPU ms of a process tree (Linux /proc), or null where /proc is missing. */
export function treeCpuMs(pid: number): number | null {
  if (!fs.existsSync(`/proc/${pid}/stat`)) return null;
  let ticks = 0;
  for (const p of processTree(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / TICKS;
}

async function startServe(db: string, workers: number): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  const main = new URL("../src/cli/main.ts", import.meta.url).href;
  const argv = ["node", "dossier", "serve", "--db", db, "--port", "0", "--json", "--rate-limit", "0", "--workers", String(workers)];
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { main } from ${JSON.stringify(main)}; main(${JSON.stringify(argv)}).then((c) => { process.exitCode = c; });`], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout.on("data", (d: Buffer) => {
      buf += d.toString();
      const line = buf.split("\n")[0];
      if (buf.includes("\n")) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`dossier serve exited with ${code}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** What browsers and fetch() send: the server may answer gzipped (the bodies are drained, not unzipped). */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

/** One GET on a keep-alive agent (node:http: lighter than fetch, so the client takes less of the CPU it shares with the server). */
function get(agent: http.Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function load(name: string, workers: number, clients: number, requests: number, next: (i: number) => string, serverPid?: number, headers: Record<string, string> = BROWSER_HEADERS): Promise<ServeBenchRow> {
  const times: number[] = [];
  let errors = 0;
  let issued = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const loads: number[] = [os.loadavg()[0]];
  const sampler = setInterval(() => loads.push(os.loadavg()[0]), 1000);
  const server0 = serverPid ? treeCpuMs(serverPid) : null;
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < requests) {
        const i = issued++;
        const t = performance.now();
        const status = await get(agent, next(i), headers);
        times.push(performance.now() - t);
        if (status !== 200) errors++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const client = process.cpuUsage(client0);
  const server1 = serverPid ? treeCpuMs(serverPid) : null;
  clearInterval(sampler);
  loads.push(os.loadavg()[0]);
  agent.destroy();
  times.sort((a, b) => a - b);
  const n = times.length;
  return {
    route: name,
    workers,
    requests: n,
    errors,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: times[n - 1],
    perSecond: n / seconds,
    serverCpuMs: server0 !== null && server1 !== null ? (server1 - server0) / n : null,
    clientCpuMs: (client.user + client.system) / 1000 / n,
    loadMean: loads.reduce((a, b) => a + b, 0) / loads.length,
    loadMax: Math.max(...loads),
  };
}

/** Builds the store, starts `dossier serve` on it (1, then 2 processes) and loads it; see the file comment. */
export async function benchServe(
  opts: { articles?: number; requests?: number; clients?: number; workers?: number[]; store?: string; log?: (s: string) => void } = {},
): Promise<ServeBenchResult> {
  const articles = opts.articles ?? 10_000;
  const requests = opts.requests ?? 2000;
  const clients = opts.clients ?? 20;
  const log = opts.log ?? (() => undefined);
  // --store FILE: a store built by an earlier run is used as it is (else built there and kept).
  const tmp = opts.store ? null : fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-bench-"));
  const db = opts.store ?? path.join(tmp!, "serve.db");
  try {
    let stories: number;
    let buildSeconds = 0;
    let reportsSeconds = 0;
    if (opts.store && fs.existsSync(db)) {
      const store = await openStore(db);
      stories = new Set((await store.storyAssignments()).map((a) => a.storyId)).size;
      await store.close();
      // Reports stored by other code are stale (their fingerprint holds a hash of the code): the
      // server would recompute them in the background while it is measured.
      const t1 = performance.now();
      const n = await storeReports(db);
      if (n > 0) reportsSeconds = (performance.now() - t1) / 1000;
      log(`serve bench: using the store ${db} (${stories} stories; ${n} stale story reports recomputed)`);
    } else {
      const t0 = performance.now();
      stories = await buildStore(db, articles, log);
      buildSeconds = (performance.now() - t0) / 1000;
      log(`serve bench: store built in ${buildSeconds.toFixed(1)} s (${stories} stories); computing the story reports`);
      const t1 = performance.now();
      await storeReports(db);
      reportsSeconds = (performance.now() - t1) / 1000;
      log(`serve bench: ${stories} story reports stored in ${reportsSeconds.toFixed(1)} s; starting dossier serve`);
    }
    const rows: ServeBenchRow[] = [];
    const loadBefore = os.loadavg();
    for (const workers of opts.workers ?? [1, 2]) {
      const server = await startServe(db, workers);
      try {
        const rand = rng(11);
        // Warm-up: the story listing, SQLite's page cache.
        await load("warm-up", workers, 4, 100, (i) => `${server.url}/api/search?q=${encodeURIComponent(WORDS[i % WORDS.length])}&limit=5`);
        await load("warm-up", workers, 4, 20, (i) => `${server.url}/api/stories/${i + 1}`);
        const run = async (name: string, n: number, next: (i: number) => string, headers?: Record<string, string>) => {
          rows.push(await load(name, workers, clients, n, next, server.pid, headers));
          log(`serve bench: ${JSON.stringify(rows[rows.length - 1])}`);
        };
        const searchUrl = (i: number, extra: string) => {
          const q = `q=${encodeURIComponent(WORDS[i % WORDS.length] + extra)}`;
          return i % 4 === 3 ? `${server.url}/api/search?${q}&outlet=${encodeURIComponent(OUTLETS[i % 3])}&since=2024-06-01` : `${server.url}/api/search?${q}`;
        };
        await run("GET /api/search", requests, (i) => searchUrl(i, ""));
        await run("GET /api/search (distinct, uncached)", Math.max(200, requests / 2), (i) => searchUrl(i, ` -zq${workers}x${i}`));
        await run("GET /api/stories/:id", Math.max(200, requests / 2), () => `${server.url}/api/stories/${1 + Math.floor(rand() * stories)}`);
        await run("GET /api/stories/:id (no gzip)", Math.max(200, requests / 4), () => `${server.url}/api/stories/${1 + Math.floor(rand() * stories)}`, {});
        await run("GET /stories/:id (page)", Math.max(200, requests / 4), () => `${server.url}/stories/${1 + Math.floor(rand() * stories)}`);
      } finally {
        await server.stop();
      }
    }
    return { articles, stories, clients, buildSeconds, reportsSeconds, loadBefore, loadAfter: os.loadavg(), rows };
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The Markdown table of a run. */
export function serveBenchTable(r: ServeBenchResult): string {
  const lines = [
    `${r.articles.toLocaleString("en-US")} articles in ${r.stories.toLocaleString("en-US")} stories (SQLite; ${r.buildSeconds ? `store built in ${r.buildSeconds.toFixed(0)} s, story reports stored in ${r.reportsSeconds.toFixed(0)} s` : `store of an earlier run${r.reportsSeconds ? `, its stale story reports recomputed in ${r.reportsSeconds.toFixed(0)} s` : ""}`}), ${r.clients} concurrent keep-alive clients on loopback; targets p99 ≤ 100 ms for search, ≤ 300 ms for a story. Load average ${r.loadBefore.map((x) => x.toFixed(1)).join(" / ")} at the start, ${r.loadAfter.map((x) => x.toFixed(1)).join(" / ")} at the end (${os.cpus().length} cores). CPU ms are per request: the server process(es), and this process's 20 clients.\n`,
    "| route | processes | requests | errors | p50 ms | p99 ms | max ms | requests/s | server CPU ms | client CPU ms | load (mean / max) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const x of r.rows)
    lines.push(
      `| ${x.route} | ${x.workers} | ${x.requests} | ${x.errors} | ${x.p50Ms.toFixed(1)} | ${x.p99Ms.toFixed(1)} | ${x.maxMs.toFixed(1)} | ${x.perSecond.toFixed(0)} | ${x.serverCpuMs === null ? "–" : x.serverCpuMs.toFixed(2)} | ${x.clientCpuMs.toFixed(2)} | ${x.loadMean.toFixed(1)} / ${x.loadMax.toFixed(1)} |`,
    );
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
  const r = await benchServe({
    articles: Number(positional[0] ?? 10_000),
    requests: Number(positional[1] ?? 2000),
    store: opt("--store"),
    workers: opt("--workers")?.split(",").map(Number),
    log: (s) => console.error(s),
  });
  console.log(serveBenchTable(r));
}
