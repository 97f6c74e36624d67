// `dossier serve` as a command: help, flag errors (one line, exit 2), and a real process that
// listens, answers and stops on SIGTERM with exit 0.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { CLI_BOOT, CLI_NODE_ARGS } from "./cliProcess.js";

function io(): CliIO & { output: string; errors: string } {
  const o = { output: "", errors: "" };
  return Object.assign(o, {
    out: (s: string) => void (o.output += s),
    err: (s: string) => void (o.errors += s),
    stdin: (async function* () {})(),
    stdoutIsTTY: false,
    env: {},
  });
}

test("serve --help documents the routes and the token", async () => {
  const x = io();
  assert.equal(await main(["node", "dossier", "serve", "--help"], x), 0);
  assert.match(x.output, /--token/);
  assert.match(x.output, /\/openapi\.json/);
});

test("bad flags → one line naming the flag, exit 2", async () => {
  for (const [args, flag] of [
    [["--port", "http"], "--port"],
    [["--port", "70000"], "--port"],
    [["--rate-limit", "-3"], "--rate-limit"],
    [["--token", "short"], "--token"],
    [["--host", "a b"], "--host"],
    [["--workers", "0"], "--workers"],
    [["--workers", "two"], "--workers"],
  ] as const) {
    const x = io();
    assert.equal(await main(["node", "dossier", "serve", ...args], x), 2, args.join(" "));
    assert.match(x.errors, new RegExp(`^dossier: ${flag}: `));
    assert.equal(x.errors.trim().split("\n").length, 1);
  }
  const x = io();
  assert.equal(await main(["node", "dossier", "demo", "--serve", "--json"], x), 2);
  assert.match(x.errors, /--serve/);
});

test("a serve process listens, answers, and exits 0 on SIGTERM", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-cli-"));
  const { child, info } = await serveProcess(["--db", path.join(dir, "x.db")]);
  try {
    assert.equal(info.writes, "loopback");
    const r = await fetch(`${info.url}/api/stories`);
    assert.equal(r.status, 200);
    assert.deepEqual((await r.json()).stories, []);
    assert.equal(await sigterm(child), 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Sends SIGTERM and resolves with the process's exit code. */
function sigterm(child: ReturnType<typeof spawn>): Promise<number | null> {
  const code = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  child.kill("SIGTERM");
  return code;
}

/** Starts `dossier serve ARGS --json` as its own process (the built CLI when dist/ is fresh); resolves with it and its JSON line. */
async function serveProcess(args: string[]) {
  const child = spawn(process.execPath, [...CLI_NODE_ARGS, "-e", CLI_BOOT, "serve", ...args, "--port", "0", "--json"], { stdio: ["ignore", "pipe", "pipe"] });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = "";
    child.stdout.on("data", (d: Buffer) => {
      buf += d.toString();
      if (buf.includes("\n")) resolve(buf.split("\n")[0]);
    });
    child.once("exit", (c) => reject(new Error(`exited early with ${c}`)));
  });
  return { child, info: JSON.parse(line) as { url: string; writes: string; workers: number } };
}

test("serve --workers 2: both processes answer, a write through one is seen by every search, stories follow, exit 0 on SIGTERM", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-workers-"));
  const { child, info } = await serveProcess(["--db", path.join(dir, "w.db"), "--workers", "2"]);
  try {
    assert.equal(info.workers, 2);
    const search = async () => ((await (await fetch(`${info.url}/api/search?q=pier`)).json()) as { hits: unknown[] }).hits.length;
    // Every worker answers (and caches) the search before the write...
    for (let i = 0; i < 8; i++) assert.equal(await search(), 0);
    const article = (outlet: string) => ({ text: `"The pier reopens Monday," harbour chief Nils Aberg said. The pier had been closed for repairs since March.`, outlet, title: "Pier reopens", published: "2026-03-02" });
    const r = await fetch(`${info.url}/api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([article("Coast Wire"), article("Harbour Gazette")]) });
    assert.equal(r.status, 200, await r.clone().text());
    // ...and every one of them sees the write (the store's change count, not its own memory).
    for (let i = 0; i < 8; i++) assert.equal(await search(), 2, `search ${i} after the write`);
    let stories = 0;
    for (let i = 0; i < 200 && stories === 0; i++) {
      stories = ((await (await fetch(`${info.url}/api/stories`)).json()) as { total: number }).total;
      if (stories === 0) await new Promise((res) => setTimeout(res, 50));
    }
    assert.equal(stories, 1, "the primary clustered the new articles into a story");
    assert.equal(await sigterm(child), 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
