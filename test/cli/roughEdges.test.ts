// CLI rough edges from issue 16, run in process through main() with a captured IO.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { etaText } from "../../src/cli/ingest.js";
import { markMatches, matchedWords } from "../../src/cli/markMatches.js";
import { compareTimeline, timexSortKey } from "../../src/store/timelineRows.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-rough-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

async function run(args: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    stdoutIsTTY: false,
    env: { NO_COLOR: "1" },
  };
  const code = await main(["node", "dossier", ...args], io);
  return { code, out, err };
}

test("read commands on a missing store: one-line error, exit 2, no store created", async () => {
  const db = join(dir, "does-not-exist.db");
  for (const cmd of [["quotes"], ["stories"], ["entities"], ["search", "bridge"], ["timeline", "--entity", "X"], ["story", "1"]]) {
    const r = await run([...cmd, "--db", db]);
    assert.equal(r.code, 2, `${cmd[0]}: ${r.err}`);
    assert.match(r.err, /does-not-exist\.db: no such store/);
    assert.equal(r.err.trim().split("\n").length, 1);
    assert.ok(!existsSync(db), `${cmd[0]} created the store`);
  }
});

test("with --json, errors go to stderr as JSON", async () => {
  const r = await run(["quotes", "--db", join(dir, "missing.db"), "--json"]);
  assert.equal(r.code, 2);
  const e = JSON.parse(r.err.trim()) as { error: string; input: string };
  assert.match(e.error, /no such store/);
  assert.match(e.input, /missing\.db$/);
  const bad = await run(["analyze", join(dir, "nope.txt"), "--json"]);
  assert.equal(bad.code, 2);
  assert.ok(JSON.parse(bad.err.trim().split("\n")[0]).error, bad.err);
});

test("--published: ISO dates only; 19/08/2024 and 05/06/2024 both refused, saying why", async () => {
  for (const d of ["19/08/2024", "05/06/2024"]) {
    const r = await run(["analyze", "-", "--published", d], "The council met on Monday.");
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /--published: not an ISO date: ".*" \(expected YYYY-MM-DD; day-first and month-first dates are not guessed\)/);
  }
  const ok = await run(["analyze", "-", "--published", "2024-06-05"], "The council met on Monday.");
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /2024-06-05/);
  const since = await run(["quotes", "--since", "05/06/2024", "--db", join(dir, "x.db")]);
  assert.equal(since.code, 2);
  assert.match(since.err, /--since: not an ISO date/);
});

test("help: every command states its exit status, required options in the usage line, defaults as values, help --help exits 0", async () => {
  for (const cmd of ["quotes", "stories", "story", "search", "entities", "timeline", "export", "demo", "eval", "train", "analyze", "ingest"]) {
    const r = await run([cmd, "--help"]);
    assert.equal(r.code, 0, cmd);
    assert.match(r.out, /Exit status/i, `${cmd} --help`);
  }
  assert.match((await run(["timeline", "--help"])).out, /Usage: dossier timeline --entity <name> \[options\]/);
  assert.match((await run(["export", "--help"])).out, /Usage: dossier export --format <format> --out <dir> \[options\]/);
  const analyzeHelp = (await run(["analyze", "--help"])).out;
  assert.match(analyzeHelp, /\(default:\s+16MiB\)/);
  assert.doesNotMatch(analyzeHelp, /\(default: "/);
  const h = await run(["help", "--help"]);
  assert.equal(h.code, 0);
  assert.match(h.out, /Usage: dossier/);
});

test("no publication date: the plain summary lists the diagnostic; no internal entity ids", async () => {
  const r = await run(["analyze", "-"], "Prime Minister Jane Doe's office said the talks would resume on Monday.");
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Diagnostics/);
  assert.match(r.out, /no publication date/);
  assert.doesNotMatch(r.out, /\be\d+\b/);
});

test("timeline order: week, month and quarter values sort by the days they cover", () => {
  assert.ok(timexSortKey("2026-W10-WE") < timexSortKey("2026-03-11"));
  assert.ok(timexSortKey("2026-W10-WE") > timexSortKey("2026-03-06"));
  assert.ok(timexSortKey("2026-03") < timexSortKey("2026-03-01"));
  assert.ok(timexSortKey("2026-Q2") > timexSortKey("2026-03-31"));
  const row = (date: string, articleId = 1) => ({ date, articleId, start: 0, end: 1, docId: "d", outlet: null, kind: "time" as const, text: "x" });
  const dates = ["2026-03-11", "2026-W10-WE", "2026-03-06", "2026"].map((d) => row(d)).sort(compareTimeline).map((r) => r.date);
  assert.deepEqual(dates, ["2026", "2026-03-06", "2026-W10-WE", "2026-03-11"]);
});

test("ingest progress: no ETA until there is a pace to go by", () => {
  assert.equal(etaText(0, 10, 5000), "…");
  assert.equal(etaText(5, 10, 500), "…");
  assert.equal(etaText(5, 10, 5000), "5s");
  assert.equal(etaText(1, 100, 2000), "3m18s");
  assert.equal(etaText(10, 10, 5000), "0s");
});

test("search marks the matched words, not the whole sentence", () => {
  const text = "The harbour bridge reopened on Monday. Bridges elsewhere stay shut.";
  const m = matchedWords(text, 0, 38, "bridge reopening");
  assert.deepEqual(m.map((x) => x.text), ["bridge", "reopened"]);
  assert.equal(markMatches(text, 0, 38, m, false), "The harbour «bridge» «reopened» on Monday.");
  assert.deepEqual(matchedWords(text, 39, text.length, "bridge*").map((x) => x.text), ["Bridges"]);
});

test("analyze - reads one article; ingest - reads a list of paths (its help says so)", async () => {
  const help = (await run(["ingest", "--help"])).out;
  assert.match(help, /--stdin-article/);
  const r = await run(["analyze", "-"], "The council said the harbour bridge would reopen.");
  assert.equal(r.code, 0);
  assert.ok(existsSync(join(EXAMPLES, "article.txt")));
});

test("ingest --quiet prints no summary, --verbose one line per article; both together is a usage error", async () => {
  const db = join(dir, "quiet.db");
  const article = join(EXAMPLES, "article.txt");
  const q = await run(["ingest", article, "--db", db, "--quiet"]);
  assert.equal(q.code, 0, q.err);
  assert.equal(q.out, "");
  assert.equal(q.err, "");
  const v = await run(["ingest", article, "--db", db, "--verbose"]);
  assert.equal(v.code, 0, v.err);
  assert.match(v.err, /article\.txt: already stored/);
  assert.match(v.out, /ingested 0, duplicates 1/);
  const both = await run(["ingest", article, "--db", db, "--quiet", "--verbose"]);
  assert.equal(both.code, 2);
  assert.match(both.err, /--quiet: cannot be combined with --verbose/);
});

test("ingest - with an article on stdin (not a list of paths): a one-line error pointing to --stdin-article", async () => {
  const r = await run(["ingest", "-", "--db", join(dir, "stdin.db")], "Council approves cycle lanes\nThe city council on Monday approved 12 kilometres of new cycle lanes, the mayor said.\n");
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /^dossier: -: stdin holds article text, not a list of paths or URLs .*--stdin-article/);
  assert.equal(r.err.trim().split("\n").length, 1);
});
