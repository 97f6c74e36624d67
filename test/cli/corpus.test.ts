import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";

// The store commands, in process: ingest (exit codes, --json events, stdin), search, quotes,
// entities, timeline, export, reanalyze — on a store built from the bundled example article.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-corpus-cli-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const DB = join(dir, "cli.db");

interface Run { code: number; stdout: string; stderr: string }

async function dossier(args: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    stdin: (async function* () {
      if (stdin) yield Buffer.from(stdin);
    })(),
    stdoutIsTTY: false,
    env: { NO_COLOR: "1" },
  };
  const code = await main(["node", "dossier", ...args], io);
  return { code, stdout, stderr };
}

function assertUsage(r: Run, input: string): void {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.split("\n").filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0].startsWith(`dossier: ${input}`), lines[0]);
}

before(async () => {
  const r = await dossier(["ingest", join(ROOT, "examples", "article.txt"), "--db", DB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ingested 1, duplicates 0, failed 0 \(/);
});

test("ingest: exit 1 when some inputs fail, one stderr line per failure, the rest stored", async () => {
  const d = join(dir, "mixed");
  mkdirSync(d);
  writeFileSync(join(d, "good.txt"), "The mayor of Port Alder said on Monday that the bridge would reopen in May.\n");
  writeFileSync(join(d, "empty.txt"), "");
  writeFileSync(join(d, "bad.jsonl"), '{"text": "fine line about the harbour board meeting on Tuesday."}\n{broken\n');
  const r = await dossier(["ingest", d, "--db", DB]);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stderr.split("\n").filter(Boolean);
  assert.equal(lines.length, 2, r.stderr);
  assert.ok(lines.some((l) => l.startsWith(`dossier: ${join(d, "empty.txt")}: `)));
  assert.ok(lines.some((l) => l.startsWith(`dossier: ${join(d, "bad.jsonl")}:2: `)));
  assert.match(r.stdout, /ingested 2, duplicates 0, failed 2/);
});

test("ingest --json: one JSON line per event and a summary; re-ingest is all duplicates", async () => {
  const r = await dossier(["ingest", join(ROOT, "examples", "article.txt"), "--db", DB, "--json"]);
  assert.equal(r.code, 0);
  const events = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(events.map((e) => e.event), ["duplicate", "summary"]);
  assert.deepEqual({ ...events[1], seconds: 0 }, { event: "summary", ingested: 0, copies: 0, duplicates: 1, failed: 0, jobs: 1, unfinished: 0, seconds: 0 });
});

test("ingest usage errors: exit 2 with one line", async () => {
  assertUsage(await dossier(["ingest", join(dir, "does-not-exist"), "--db", DB]), join(dir, "does-not-exist"));
  assertUsage(await dossier(["ingest", "x", "--workers", "0", "--db", DB]), "--workers");
  assertUsage(await dossier(["ingest", "ftp://example.org/a", "--db", DB]), "ftp://example.org/a");
  assertUsage(await dossier(["ingest", "x", "--stdin-article", "--db", DB]), "--stdin-article");
  assertUsage(await dossier(["search", "x", "--since", "yesterday-ish", "--db", DB]), "--since");
  assertUsage(await dossier(["entities", "--type", "ANIMAL", "--db", DB]), "--type");
  assertUsage(await dossier(["export", "--format", "xml", "--out", dir, "--db", DB]), "--format");
});

test("ingest - --stdin-article stores the article with the given metadata", async () => {
  const text = "Harbour pilots in Eastmere will strike on Friday, union leader Omar Farouk said.\n";
  const r = await dossier(["ingest", "-", "--stdin-article", "--outlet", "Coastal Times", "--published", "2025-05-05", "--db", DB, "--json"], text);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /"event":"stored"/);
  const q = await dossier(["quotes", "--speaker", "Farouk", "--db", DB, "--json"]);
  const rows = JSON.parse(q.stdout);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].outlet, "Coastal Times");
  assert.equal(rows[0].published, "2025-05-05");
});

test("ingest - reads a list of paths from stdin", async () => {
  const p = join(dir, "listed.txt");
  writeFileSync(p, "The Kingsford water board approved new pipes on Wednesday, its chair Mei Tanaka said.\n");
  const r = await dossier(["ingest", "-", "--db", DB], `# one path per line\n${p}\n\n`);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ingested 1,/);
});

test("search shows the sentence with the match marked and where it is", async () => {
  const r = await dossier(["search", "decisive moment", "--db", DB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Anadolu Agency · 2024-08-19 · article \d+ \(sha256:[0-9a-f]{8}\) \d+–\d+/);
  assert.match(r.stdout, /«decisive moment»|«[^»]*decisive[^»]*»/i);
  const j = JSON.parse((await dossier(["search", "decisive moment", "--db", DB, "--json"])).stdout);
  assert.ok(j.length >= 1 && typeof j[0].start === "number");
  const none = await dossier(["search", "zebra crossing xylophone", "--db", DB]);
  assert.match(none.stdout, /^no matches/);
});

test("quotes: speaker, cue, type, evidence and location; --json rows carry offsets", async () => {
  const r = await dossier(["quotes", "--speaker", "Blinken", "--db", DB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Antony Blinken ← \S+/m);
  assert.match(r.stdout, /«[^»]+»/);
  const rows = JSON.parse((await dossier(["quotes", "--speaker", "Blinken", "--db", DB, "--json"])).stdout);
  assert.ok(rows.length >= 1);
  const text = readFileSync(join(ROOT, "examples", "article.txt"), "utf8");
  for (const q of rows) assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
});

test("entities --type PER --top lists people with counts; timeline --entity lists dated facts", async () => {
  const r = await dossier(["entities", "--type", "PER", "--top", "5", "--db", DB]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.match(lines[0], /^name\s+type\s+articles\s+mentions$/);
  assert.ok(lines.length >= 2 && lines.length <= 6);
  assert.ok(lines.slice(1).every((l) => /\sPER\s+\d+\s+\d+$/.test(l)), r.stdout);
  assert.ok(r.stdout.includes("Antony Blinken"));
  const t = await dossier(["timeline", "--entity", "Hamas", "--db", DB]);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /^\d{4}-\d{2}-\d{2}\S*\s+(quote|figure|time)\s+/m);
  const tj = JSON.parse((await dossier(["timeline", "--entity", "Hamas", "--db", DB, "--json"])).stdout);
  const dates = tj.map((x: { date: string }) => x.date);
  assert.deepEqual(dates, [...dates].sort(), "in date order");
});

test("export writes the requested format; reanalyze leaves current analyses alone", async () => {
  const out = join(dir, "exp");
  const r = await dossier(["export", "--format", "csv", "--out", out, "--db", DB]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^exported \d+ articles as csv/);
  assert.match(readFileSync(join(out, "quotes.csv"), "utf8"), /^doc_id,article_id,outlet,published,quote_id,type,speaker/);
  const re = await dossier(["reanalyze", "--db", DB, "--json"]);
  assert.equal(re.code, 0, re.stderr);
  const s = JSON.parse(re.stdout.trim().split("\n").at(-1)!);
  assert.equal(s.reanalyzed, 0);
  assert.ok(s.current >= 1);
});

test("every store command has --help", async () => {
  for (const cmd of ["ingest", "worker", "reanalyze", "search", "quotes", "entities", "timeline", "export"]) {
    const r = await dossier([cmd, "--help"]);
    assert.equal(r.code, 0, cmd);
    assert.match(r.stdout, /Usage: dossier /, cmd);
    assert.match(r.stdout, /--db/, cmd);
  }
});

test("worker drains the job queue that ingest fills", async () => {
  const { openStore } = await import("../../src/store/openStore.js");
  const db = join(dir, "queue.db");
  const p = join(dir, "queued.txt");
  writeFileSync(p, "The Redcliff port authority said on Thursday that 300 containers were delayed.\n");
  const store = await openStore(db);
  await store.enqueue([p, join(dir, "queued-missing.txt")]);
  await store.close();
  const r = await dossier(["worker", "--db", db, "--json"]);
  assert.equal(r.code, 1, "one queued source is missing");
  const events = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(events.map((e) => e.event).sort(), ["failed", "stored", "summary"]);
  assert.equal(events.find((e) => e.event === "stored").source, p);
  const again = await dossier(["worker", "--db", db]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /^ingested 0, duplicates 0, failed 0/);
});
