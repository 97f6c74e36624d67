import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Runs the real CLI (bin/dossier.js → dist/), as users do. `npm test` builds dist first.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "dossier.js");
const FIX = join(ROOT, "test", "fixtures");
const dir = mkdtempSync(join(tmpdir(), "dossier-cli-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

interface Run { code: number | null; stdout: string; stderr: string }

function dossier(args: string[], input?: string | Buffer): Promise<Run> {
  assert.ok(existsSync(join(ROOT, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` first");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A user error: exit 2, exactly one stderr line naming the input, no stack trace (with --json, a JSON line {error, input}). */
function assertUserError(r: Run, input: string, problem?: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => {
      if (!l.startsWith("{")) return l;
      const e = JSON.parse(l) as { error: string; input?: string };
      return `dossier: ${e.input}: ${e.error}`;
    });
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0].startsWith(`dossier: ${input}: `), lines[0]);
  assert.doesNotMatch(r.stderr, /^\s+at /m);
  if (problem) assert.match(lines[0], problem);
}

const TITLE = "Antony Blinken in Israel to advance efforts to reach Gaza cease-fire, prisoner swap deal with Hamas";

test("summary of examples/article.txt", async () => {
  const r = await dossier(["analyze", "examples/article.txt"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  assert.ok(r.stdout.includes(TITLE));
  assert.ok(r.stdout.includes("Anadolu Agency"));
  assert.ok(r.stdout.includes("2024-08-19"));
  for (const h of ["Entities", "Quotes", "Times", "Figures"]) assert.match(r.stdout, new RegExp(`^${h}`, "m"));
  assert.doesNotMatch(r.stdout, /\x1b\[/, "no colours when not a terminal");
});

test("--explain adds methods and confidences", async () => {
  const r = await dossier(["analyze", "--explain", "examples/article.txt"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /metadata candidates:/);
  assert.match(r.stdout, /sidecar:article\.json/);
});

test("--json: dossier.analysis/1 with the sidecar's date", async () => {
  const r = await dossier(["analyze", "--json", "examples/article.txt"]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.schema, "dossier.analysis/1");
  assert.equal(a.document.published, "2024-08-19");
  assert.equal(a.document.outlet, "Anadolu Agency");
  assert.equal(a.document.title, TITLE);
  assert.deepEqual(a.document.titleSpan, { start: 0, end: TITLE.length });
  assert.ok(r.stdout.includes("\n  "), "pretty-printed for one input");
});

test("stdin with --published and --outlet", async () => {
  const text = "Harbour reopens\nThe harbour reopened on Monday, the port authority said.\n";
  const r = await dossier(["analyze", "--json", "--published", "2024-08-19", "--outlet", "X", "-"], text);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.document.published, "2024-08-19");
  assert.equal(a.document.outlet, "X");
  assert.equal(a.document.text, text);
  const s = await dossier(["analyze", "--published", "2024-08-19", "--outlet", "X", "-"], text);
  assert.equal(s.code, 0, s.stderr);
  assert.match(s.stdout, /X · 2024-08-19 · <stdin>/);
});

test("HTML input: date from JSON-LD", async () => {
  const r = await dossier(["analyze", "--json", join(FIX, "jsonld-date.html")]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.document.published, "2024-03-05");
  assert.ok(a.document.metadataCandidates.length > 3);
});

test("deeply nested HTML (issue 17 #1): text and a reader note, or one line, never a stack trace", { timeout: 120_000 }, async () => {
  const sentence = "Officials said the deal was done.";
  const pages: Record<string, string> = {
    "nested.html": `<html><body>${"<div>".repeat(5_000)}<p>${sentence}</p>${"</div>".repeat(5_000)}</body></html>`,
    "nested-attr.html": `<html><body>${'<div title="<">'.repeat(20_000)}<p>${sentence}</p></body></html>`,
    "nested-iframe.html": `<html><body><iframe>${"<div>".repeat(20_000)}<p>${sentence}</p></body></html>`,
  };
  for (const [name, html] of Object.entries(pages)) {
    const r = await dossier(["analyze", "--json", file(name, html)]);
    assert.doesNotMatch(r.stderr, /^\s+at |Maximum call stack/m, name);
    if (r.code === 0) {
      const a = JSON.parse(r.stdout);
      assert.match(a.document.text, /deal was done/, name);
    } else assertUserError(r, join(dir, name));
  }
  const r = await dossier(["analyze", "--json", join(dir, "nested.html")]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).diagnostics.some((d: { rule: string }) => d.rule === "reader-note"));
});

test("several inputs and JSONL: one compact JSON per line; bad ones reported, others analysed", async () => {
  const jsonl = file("batch.jsonl", ['{"text": "First story text."}', "{oops", '{"text": "Third story text."}'].join("\n"));
  const r = await dossier(["analyze", "--json", jsonl]);
  assertUserError(r, `${jsonl}:2`, /malformed JSON/);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => JSON.parse(l).document.text), ["First story text.", "Third story text."]);

  const missing = join(dir, "nope.txt");
  const m = await dossier(["analyze", "--json", "examples/article.txt", missing, "examples/article.json"]);
  assertUserError(m, missing, /no such file/);
  assert.equal(m.stdout.trim().split("\n").length, 2);
});

test("--workers: JSONL analysed in worker threads gives --workers 1's lines in input order; a bad count is a usage error", { timeout: 180_000 }, async () => {
  const texts = [
    "Mayor Ann Lee said on Monday the bridge would reopen in June.",
    "{broken",
    "“We will rebuild every home,” the governor said on Tuesday, as the toll rose to 41.",
    "A short item with no quote at all.",
    "Officials said 3,000 people had been evacuated from the valley, according to the ministry.",
  ];
  const jsonl = file("threads.jsonl", texts.map((t) => (t.startsWith("{") ? t : JSON.stringify({ text: t }))).join("\n"));
  const one = await dossier(["analyze", "--json", "--workers", "1", jsonl]);
  const two = await dossier(["analyze", "--json", "--workers", "2", jsonl]);
  assertUserError(two, `${jsonl}:2`, /malformed JSON/);
  assert.equal(two.code, one.code);
  assert.equal(two.stderr, one.stderr);
  const lines = two.stdout.trim().split("\n");
  assert.deepEqual(lines.map((l) => JSON.parse(l).document.text), [texts[0], texts[2], texts[3], texts[4]]);
  assert.equal(two.stdout, one.stdout);
  const bad = await dossier(["analyze", "--workers", "0", jsonl]);
  assertUserError(bad, "--workers", /whole number/);
});

test("--help for analyze, --version", async () => {
  const r = await dossier(["analyze", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: dossier analyze \[options\] <inputs\.\.\.>/);
  for (const flag of ["--title", "--published", "--outlet", "--url", "--json", "--explain", "--encoding", "--workers"]) assert.ok(r.stdout.includes(flag), flag);
  const v = await dossier(["--version"]);
  assert.equal(v.code, 0);
  assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+/);
  const h = await dossier(["--help"]);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /analyze/);
});

test("user errors: exit 2 and one line", async (t) => {
  const junk = Buffer.alloc(3000);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 7) % 256;
  const cases: [string, () => string, RegExp][] = [
    ["empty file", () => file("empty.txt", ""), /empty/],
    ["missing file", () => join(dir, "missing.txt"), /no such file/],
    ["binary junk", () => file("junk.bin", junk), /binary/],
    ["malformed JSON", () => file("bad.json", '{"title": "x",\n "text": }'), /malformed JSON/],
    ["latin-1 text", () => file("latin1.txt", Buffer.from("Caf\xe9", "latin1")), /UTF-8/],
    ["HTML with no body", () => join(FIX, "no-body.html"), /no text/],
  ];
  for (const [name, path, problem] of cases) {
    await t.test(name, async () => {
      const p = path();
      assertUserError(await dossier(["analyze", p]), p, problem);
    });
  }
  await t.test("--published notadate", async () => {
    assertUserError(await dossier(["analyze", "--published", "notadate", "examples/article.txt"]), "--published", /not a date/);
  });
  await t.test("--encoding unknown", async () => {
    assertUserError(await dossier(["analyze", "--encoding", "nope-1", "examples/article.txt"]), "--encoding");
  });
  await t.test("unknown option", async () => {
    const r = await dossier(["analyze", "--jsno", "examples/article.txt"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /^dossier: unknown option '--jsno'/);
  });
  await t.test("no inputs", async () => {
    const r = await dossier(["analyze"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  });
  await t.test("empty stdin", async () => {
    assertUserError(await dossier(["analyze", "-"], ""), "<stdin>", /empty/);
  });
});

test("--encoding windows-1252 reads latin-1 text", async () => {
  const p = file("latin1-ok.txt", Buffer.from("The caf\xe9 in S\xe3o Paulo reopened on Monday.", "latin1"));
  const r = await dossier(["analyze", "--json", "--encoding", "windows-1252", p]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).document.text, "The café in São Paulo reopened on Monday.");
});
