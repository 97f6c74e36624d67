// Builds the FTS5 ranking extension of the SQLite store (native/dossier_rank.c) into
// build/dossier_rank.so; run by `npm run build`. It needs a C compiler and SQLite's extension
// header (Debian: libsqlite3-dev, provisioned by .ci/run). Without them it says so and exits 0:
// the store then ranks with FTS5's bm25() (same order, slower; src/store/sqlite/rankExtension.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "native", "dossier_rank.c");
const out = path.join(root, "build", "dossier_rank.so");
const cc = process.env.CC || "cc";
fs.mkdirSync(path.dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
const r = spawnSync(cc, ["-O2", "-Wall", "-shared", "-fPIC", "-o", tmp, source, "-lm"], { encoding: "utf8" });
if (r.error || r.status !== 0) {
  fs.rmSync(tmp, { force: true });
  const why = r.error ? r.error.message : (r.stderr.split("\n").find((l) => /error/.test(l)) ?? `exit ${r.status}`).trim();
  console.warn(`buildRank: not built (${why}); the SQLite store will rank with FTS5's bm25() instead`);
} else {
  fs.renameSync(tmp, out);
  console.log(`buildRank: ${path.relative(root, out)}`);
}
