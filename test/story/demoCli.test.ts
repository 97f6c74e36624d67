import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { openStore } from "../../src/store/openStore.js";
import type { CliIO } from "../../src/cli/CliIO.js";

// `dossier demo` and `dossier story` in-process, against a fresh SQLite file.
const dir = mkdtempSync(join(tmpdir(), "dossier-story-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, "demo.db");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (s) => void (out += s), err: (s) => void (err += s), stdin: (async function* () {})(), stdoutIsTTY: false, env: {} };
  const code = await main(["node", "dossier", ...args], io);
  return { code, out, err };
}

function userError(r: { code: number; err: string }, input: string, problem: RegExp): void {
  assert.equal(r.code, 2, r.err);
  // with --json the line is a JSON object {error, input}
  const lines = r.err
    .split("\n")
    .filter(Boolean)
    .map((l) => (l.startsWith("{") ? `dossier: ${(JSON.parse(l) as { input: string }).input}: ${(JSON.parse(l) as { error: string }).error}` : l));
  assert.equal(lines.length, 1, r.err);
  assert.ok(lines[0].startsWith(`dossier: ${input}: `), lines[0]);
  assert.match(lines[0], problem);
}

test("dossier story on an empty store: no stories yet; on a missing store: no such store", async () => {
  const empty = join(dir, "empty.db");
  await (await openStore(empty)).close();
  const r = await run(["story", "1", "--db", empty]);
  userError(r, "1", /no stories yet: run dossier stories/);
  const missing = join(dir, "missing.db");
  userError(await run(["story", "1", "--db", missing]), missing, /no such store/);
});

test("dossier demo ingests the demo corpus and prints its report", async () => {
  const r = await run(["demo", "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Demo story \(story \d+\): 10 articles/);
  assert.match(r.out, /Numeric conflicts \(2\)/);
  assert.match(r.out, /killed \[1,213\] people/);
  assert.match(r.out, /Date conflicts \(1\)/);
  assert.match(r.out, /signed on \[Tuesday\]/);
  assert.match(r.out, /\[-actions-\] \[\+deeds\+\]/);
  // A second run re-uses what is stored.
  const again = await run(["demo", "--db", db, "--json"]);
  assert.equal(again.code, 0, again.err);
  const j = JSON.parse(again.out);
  assert.equal(j.schema, "dossier.story/1");
  assert.equal(j.sources.length, 10);
});

test("dossier story <id> --json / --html, and its user errors", async () => {
  const stories = await run(["stories", "--db", db, "--json"]);
  assert.equal(stories.code, 0, stories.err);
  const id = (JSON.parse(stories.out) as { stories: { id: number; size: number }[] }).stories.find((s) => s.size === 10)!.id;
  const json = await run(["story", String(id), "--db", db, "--json"]);
  assert.equal(json.code, 0, json.err);
  const report = JSON.parse(json.out);
  assert.equal(report.numericConflicts.length, 2);
  const html = join(dir, "story.html");
  const h = await run(["story", String(id), "--db", db, "--html", html]);
  assert.equal(h.code, 0, h.err);
  assert.match(h.out, /^wrote .*story\.html: 10 articles/);
  const page = readFileSync(html, "utf8");
  assert.ok(page.startsWith("<!doctype html>") && !/<script/i.test(page));
  assert.ok(page.includes("<mark>deeds</mark>"));
  userError(await run(["story", "999", "--db", db]), "999", /no such story/);
  userError(await run(["story", "abc", "--db", db]), "abc", /not a story id/);
  userError(await run(["story", String(id), "--db", db, "--json", "--html", html]), "--html", /either --json or --html/);
  const help = await run(["story", "--help"]);
  assert.equal(help.code, 0);
  assert.match(help.out, /dossier story 3 --html/);
});
