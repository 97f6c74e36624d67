// The CLI end to end against compromise on the same texts (issue 14: `dossier analyze many.jsonl
// --json > /dev/null`, start-up and JSON output included, ≥ 2× compromise). Both read one JSONL
// file of unseen articles (PolNeAR, else the bench corpus repeated) and print one JSON line per
// article to /dev/null: dossier through its installed command (`bin/dossier.js`, the compiled
// `dist/`; run `npm run build` first), compromise through `bench/compromiseJsonl.mjs`. Runs
// alternate; the median wall clock of each is reported.
//
//   node --import tsx bench/cliAnalyze.ts [articles=300] [runs=3] [-- extra dossier flags]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { segment } from "../src/document/segment.js";
import { readPolnear } from "../src/eval/polnear/readPolnear.js";
import { benchCorpus } from "./corpus.js";

export interface CliBench {
  articles: number;
  tokens: number;
  runs: number;
  flags: string[];
  dossierSeconds: number;
  compromiseSeconds: number;
  /** Tokens per wall-clock second. */
  dossier: number;
  compromise: number;
  ratio: number;
}

const root = path.resolve(new URL("..", import.meta.url).pathname);

function texts(n: number): Array<{ text: string; published?: string | null }> {
  const dir = path.join(root, "../shared/data/polnear");
  if (fs.existsSync(path.join(dir, "data", "metadata.tsv"))) {
    const all = (["dev", "test", "train"] as const).flatMap((s) => readPolnear(dir, s).map((d) => ({ text: d.text, published: d.published ?? undefined })));
    return all.slice(0, n);
  }
  const { articles } = benchCorpus();
  return Array.from({ length: n }, (_, i) => ({ text: articles[i % articles.length].text, published: articles[i % articles.length].published }));
}

function wall(cmd: string, args: string[]): number {
  const out = fs.openSync("/dev/null", "w");
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", out, "pipe"], maxBuffer: 64 << 20 });
  const s = (performance.now() - t) / 1000;
  fs.closeSync(out);
  if (r.status !== 0) throw new Error(`${path.basename(args[0])} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return s;
}

export function benchCli(n = 300, runs = 3, flags: string[] = []): CliBench {
  if (!fs.existsSync(path.join(root, "dist/cli/main.js"))) throw new Error("dist/ not built: run `npm run build` first");
  const xs = texts(n);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-bench-")), "articles.jsonl");
  fs.writeFileSync(file, xs.map((x) => JSON.stringify(x)).join("\n") + "\n");
  const tokens = xs.reduce((k, x) => k + segment(x.text).tokens.length, 0);
  const d: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < runs; i++) {
    d.push(wall(process.execPath, ["bin/dossier.js", "analyze", file, "--json", ...flags]));
    c.push(wall(process.execPath, ["bench/compromiseJsonl.mjs", file]));
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const ds = median(d);
  const cs = median(c);
  return { articles: xs.length, tokens, runs, flags, dossierSeconds: ds, compromiseSeconds: cs, dossier: tokens / ds, compromise: tokens / cs, ratio: cs / ds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dash = process.argv.indexOf("--");
  const pos = (dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash));
  const flags = dash < 0 ? [] : process.argv.slice(dash + 1);
  console.log(JSON.stringify(benchCli(Number(pos[0] ?? 300) || 300, Number(pos[1] ?? 3) || 3, flags), null, 1));
}
