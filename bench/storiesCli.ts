// The issue-13 target, end to end on the default SQLite store: `dossier ingest` of 1,000
// articles (event coverage from `generateArticles` in bench/stories.ts, some of it the same wire
// text run by a second outlet, stored as copies), then `dossier stories`, then `dossier story N`
// for the largest story. Each command runs as its own process (the CLI from src/ through tsx,
// start-up included), timed by wall clock, with the process's peak RSS.
//
//   node --import tsx bench/storiesCli.ts [articles=1000] [copies=100]
//   npm run bench -- --only stories           (also runs this)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generateArticles } from "./stories.js";

const MAIN = new URL("../src/cli/main.ts", import.meta.url).href;
/** The repository root: the child runs there, so `--import tsx` resolves. */
const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface CliStep {
  command: string;
  seconds: number;
  /** Peak resident set size of the process (MB). */
  peakRssMB: number;
}

export interface StoriesCliResult {
  articles: number;
  copies: number;
  stories: number;
  largestStory: number;
  steps: CliStep[];
  totalSeconds: number;
  loadBefore: number;
}

/** Runs `dossier <args>` in a child process; returns stdout, wall time and peak RSS. */
function dossier(args: string[]): Promise<{ stdout: string; step: CliStep }> {
  // The child prints its own peak RSS (all threads of the process) on stderr as it exits.
  const boot = `import(${JSON.stringify(MAIN)}).then(async (m) => { process.exitCode = await m.main(["node", "dossier", ...process.argv.slice(1)]); process.stderr.write("\\nmaxrss-kb " + process.resourceUsage().maxRSS + "\\n"); });`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "-e", boot, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", DOSSIER_DB: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const rss = /maxrss-kb (\d+)/.exec(stderr);
      if (code !== 0 || !rss) return reject(new Error(`dossier ${args[0]} exited ${code}: ${stderr.slice(-400)}`));
      resolve({ stdout, step: { command: `dossier ${args.map((a) => a.replace(/^.*\//, "")).join(" ")}`, seconds, peakRssMB: Number(rss[1]) / 1024 } });
    });
  });
}

/** Ingest + stories + one story report on a fresh SQLite file. */
export async function benchStoriesCli(opts: { articles?: number; copies?: number; log?: (s: string) => void } = {}): Promise<StoriesCliResult> {
  const n = opts.articles ?? 1000;
  const copies = Math.min(opts.copies ?? Math.round(n / 10), Math.floor(n / 2));
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-stories-cli-"));
  try {
    // n − copies generated articles, then `copies` of them again under another outlet (wire copy).
    // (generateArticles repeats a wording now and then: only the first of each text is kept.)
    const seen = new Set<string>();
    const gen = generateArticles(2 * n, 7)
      .filter((a) => !seen.has(a.text) && (seen.add(a.text), true))
      .slice(0, n - copies);
    const records = gen.map((a, i) => ({ title: a.text.split(". ")[0], text: a.text, outlet: a.outlet, published: a.published, url: `https://${a.outlet.toLowerCase().replace(/\W+/g, "")}.example/${i}` }));
    for (let k = 0; k < copies; k++) {
      const a = records[Math.floor((k * records.length) / copies)];
      records.push({ ...a, outlet: `Reprint Outlet ${k + 1}`, url: `https://reprint${k + 1}.example/${k}` });
    }
    const corpus = join(dir, "corpus.jsonl");
    writeFileSync(corpus, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const db = join(dir, "bench.db");
    const loadBefore = loadavg()[0];
    const steps: CliStep[] = [];
    const ingest = await dossier(["ingest", corpus, "--db", db, "--json"]);
    const summary = JSON.parse(ingest.stdout.trim().split("\n").pop()!) as { ingested: number; copies: number };
    if (summary.ingested !== n || summary.copies !== copies) throw new Error(`bench: expected ${n} stored (${copies} copies), got ${summary.ingested} (${summary.copies})`);
    steps.push(ingest.step);
    log(`${ingest.step.command}: ${ingest.step.seconds.toFixed(1)} s`);
    const stories = await dossier(["stories", "--db", db, "--json"]);
    steps.push(stories.step);
    log(`${stories.step.command}: ${stories.step.seconds.toFixed(1)} s`);
    const list = JSON.parse(stories.stdout) as { stories: { id: number; size: number }[] };
    const largest = [...list.stories].sort((a, b) => b.size - a.size || a.id - b.id)[0];
    const report = await dossier(["story", String(largest.id), "--db", db]);
    steps.push({ ...report.step, command: `dossier story N` });
    log(`dossier story ${largest.id} (${largest.size} articles): ${report.step.seconds.toFixed(1)} s`);
    return { articles: n, copies: summary.copies, stories: list.stories.length, largestStory: largest.size, steps, totalSeconds: steps.reduce((s, x) => s + x.seconds, 0), loadBefore };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Markdown table for docs/BENCHMARKS.md. */
export function storiesCliTable(r: StoriesCliResult): string {
  const lines = ["| step | wall s | peak RSS (MB) |", "|---|---:|---:|"];
  for (const s of r.steps) lines.push(`| \`${s.command}\` | ${s.seconds.toFixed(1)} | ${s.peakRssMB.toFixed(0)} |`);
  lines.push(`| **total** (target < 120 s) | **${r.totalSeconds.toFixed(1)}** | ${Math.max(...r.steps.map((s) => s.peakRssMB)).toFixed(0)} (max) |`);
  return (
    `${r.articles.toLocaleString("en-US")} articles (${r.copies} of them wire copies of another's text from a second outlet) → ` +
    `${r.stories} stories, the largest (${r.largestStory} articles) reported; load average before: ${r.loadBefore.toFixed(1)}.\n\n` +
    lines.join("\n")
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchStoriesCli({ articles: Number(process.argv[2] ?? 1000), copies: process.argv[3] === undefined ? undefined : Number(process.argv[3]), log: (s) => process.stderr.write(s + "\n") });
  console.log(storiesCliTable(r));
}
