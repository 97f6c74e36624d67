// Generates license-clean synthetic news articles (our own templates; invented outlets, people,
// places and numbers) for benchmarks and demos.
//
//   node --import tsx scripts/gen-corpus.ts <count> <out> [--seed N]
//
// <out> ending in .jsonl: one JSON article per line. Otherwise a directory of JSON files
// (`<out>/<group>/article-<n>.json`, 1000 per group directory), each {title,text,outlet,published,url}.
import { mkdirSync, openSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { dirname, join } from "node:path";
import { syntheticArticles } from "../src/corpus/syntheticCorpus.js";

/** Writes `count` articles to `out` (a .jsonl file or a directory); returns the paths written. */
export function generateCorpus(count: number, out: string, seed = 1): string[] {
  if (out.endsWith(".jsonl")) {
    mkdirSync(dirname(out), { recursive: true });
    const fd = openSync(out, "w");
    try {
      for (const a of syntheticArticles(count, seed)) writeSync(fd, JSON.stringify(a) + "\n");
    } finally {
      closeSync(fd);
    }
    return [out];
  }
  const paths: string[] = [];
  let i = 0;
  for (const a of syntheticArticles(count, seed)) {
    const group = join(out, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(group, { recursive: true });
    const p = join(group, `article-${String(i).padStart(6, "0")}.json`);
    writeFileSync(p, JSON.stringify(a, null, 2) + "\n");
    paths.push(p);
    i++;
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [countArg, out] = args;
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !out || !Number.isFinite(seed)) {
    process.stderr.write("usage: node --import tsx scripts/gen-corpus.ts <count> <out.jsonl|out-dir> [--seed N]\n");
    process.exit(2);
  }
  const paths = generateCorpus(count, out, seed);
  process.stdout.write(`wrote ${count} articles to ${out}${paths.length > 1 ? ` (${paths.length} files)` : ""}\n`);
}
