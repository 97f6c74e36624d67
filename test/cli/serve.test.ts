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
  const mainUrl = new URL("../../src/cli/main.ts", import.meta.url).href;
  const args = ["node", "dossier", "serve", "--db", path.join(dir, "x.db"), "--port", "0", "--json"];
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", `import { main } from ${JSON.stringify(mainUrl)}; main(${JSON.stringify(args)}).then((c) => { process.exitCode = c; });`], { stdio: ["ignore", "pipe", "pipe"] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let buf = "";
      child.stdout.on("data", (d: Buffer) => {
        buf += d.toString();
        if (buf.includes("\n")) resolve(buf.split("\n")[0]);
      });
      child.once("exit", (c) => reject(new Error(`exited early with ${c}`)));
    });
    const info = JSON.parse(line) as { url: string; writes: string };
    assert.equal(info.writes, "loopback");
    const r = await fetch(`${info.url}/api/stories`);
    assert.equal(r.status, 200);
    assert.deepEqual((await r.json()).stories, []);
    const code = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    child.kill("SIGTERM");
    assert.equal(await code, 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
