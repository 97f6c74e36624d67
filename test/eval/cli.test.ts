// `dossier eval` and `dossier train`, run in-process through main() with captured output.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { formatEvalTable, type EvalJson } from "../../src/cli/eval.js";

const DATA = fileURLToPath(new URL("../../../shared/data", import.meta.url));
const haveConll = fs.existsSync(path.join(DATA, "conll2003", "eng.train"));
const SKIP_CONLL = `CoNLL-2003 data not found at ${DATA}/conll2003 (../shared/data relative to the repo); skipping`;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    stdin: (async function* () {})(),
    stdoutIsTTY: false,
    env: {},
  };
  const code = await main(["node", "dossier", ...args], io);
  return { code, out, err };
}

function assertUserError(r: { code: number; out: string; err: string }, pattern: RegExp): void {
  assert.equal(r.code, 2, r.err);
  assert.equal(r.out, "");
  const lines = r.err.trimEnd().split("\n");
  assert.equal(lines.length, 1, r.err);
  assert.match(lines[0], /^dossier: /);
  assert.match(lines[0], pattern);
}

test("eval: a folder without the data set is one line on stderr and exit 2", async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-eval-"));
  try {
    for (const task of ["ner", "timex", "quotes"]) assertUserError(await run("eval", task, "--data", empty), /data not found/);
    assertUserError(await run("eval", "ner", "--data", path.join(empty, "missing")), /no such folder/);
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});

test("eval: bad task, split, limit and a missing --data are user errors", async () => {
  assertUserError(await run("eval", "sentiment", "--data", "."), /sentiment: unknown task/);
  assertUserError(await run("eval", "ner", "--data", ".", "--split", "testb"), /--split: not a split/);
  assertUserError(await run("eval", "ner", "--data", ".", "--limit", "-3"), /--limit: not a positive integer/);
  assertUserError(await run("eval", "ner"), /--data: missing/);
  assertUserError(await run("train", "pos", "--data", "."), /pos: unknown task/);
});

test("eval and train have --help", async () => {
  const e = await run("eval", "--help");
  assert.equal(e.code, 0);
  assert.match(e.out, /--peers/);
  assert.match(e.out, /--json/);
  const t = await run("train", "--help");
  assert.equal(t.code, 0);
  assert.match(t.out, /--seed/);
});

test("formatEvalTable: one row per system with metrics in percent, notes and skipped peers", () => {
  const r: EvalJson = {
    task: "ner",
    split: "test",
    date: "2026-11-25",
    data: "/d",
    source: "conll2003 eng.testb",
    documents: 2,
    systems: [
      { name: "dossier", version: "0.1.0", seconds: 1, metrics: { precision: 0.5, recall: 0.25, f1: 1 / 3, f1_PER: 0.5, f1_LOC: 0, f1_ORG: 0, f1_MISC: 0, tokens_per_second: 12000 }, counts: {} },
      { name: "compromise", version: "14", seconds: 2, metrics: { precision: 0.1, recall: 0.1, f1: 0.1 }, counts: {}, note: "no MISC" },
    ],
    skipped: [{ name: "wink-nlp", reason: "no names" }],
  };
  const lines = formatEvalTable("ner", r).split("\n");
  const row = lines.find((l) => l.startsWith("dossier 0.1.0"))!;
  assert.match(row, /\s50\.0\s+25\.0\s+33\.3\s+50\.0\s/);
  assert.match(row, /12,000/);
  assert.ok(lines.some((l) => l.includes("compromise: no MISC")));
  assert.ok(lines.some((l) => l.includes("not run: wink-nlp")));
});

test("eval ner --json on 3 CoNLL dev documents: stable shape and metric names", { skip: haveConll ? false : SKIP_CONLL }, async () => {
  const r = await run("eval", "ner", "--data", DATA, "--split", "dev", "--limit", "3", "--json");
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as EvalJson;
  assert.equal(j.task, "ner");
  assert.equal(j.split, "dev");
  assert.match(j.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(j.documents, 3);
  assert.deepEqual(j.systems.map((s) => s.name), ["dossier", "dossier-analyze"]);
  for (const s of j.systems) {
    for (const k of ["f1", "precision", "recall", "f1_PER", "f1_LOC", "f1_ORG", "f1_MISC"]) {
      assert.ok(s.metrics[k] >= 0 && s.metrics[k] <= 1, `${s.name} ${k} = ${s.metrics[k]}`);
    }
    assert.ok(s.metrics.tokens_per_second > 0);
  }
});

test("train ner: the same seed gives a byte-identical model, another seed a different one", { skip: haveConll ? false : SKIP_CONLL }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-train-"));
  try {
    const train = (name: string, seed: string) =>
      run("train", "ner", "--data", DATA, "--out", path.join(dir, name), "--limit", "6", "--epochs", "2", "--stages", "2", "--seed", seed, "--no-dev", "--json");
    const a = await train("a.bin.gz", "1");
    const b = await train("b.bin.gz", "1");
    const c = await train("c.bin.gz", "7");
    for (const r of [a, b, c]) assert.equal(r.code, 0, r.err);
    const bytes = (n: string) => fs.readFileSync(path.join(dir, n));
    assert.ok(bytes("a.bin.gz").equals(bytes("b.bin.gz")), "same seed, same bytes");
    assert.ok(!bytes("a.bin.gz").equals(bytes("c.bin.gz")), "another seed, other bytes");
    assert.equal(JSON.parse(a.out).sha256, JSON.parse(b.out).sha256);
    // The trained file is usable by `eval --model`.
    const e = await run("eval", "ner", "--data", DATA, "--split", "dev", "--limit", "2", "--model", path.join(dir, "a.bin.gz"), "--json");
    assert.equal(e.code, 0, e.err);
    assert.ok((JSON.parse(e.out) as EvalJson).systems[0].metrics.f1 > 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
