// The npm tarball holds what `npm install -g ./dossier-<version>.tgz` needs to run `dossier`
// (README: install from a tarball). `npm pack --dry-run` lists the files without writing one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

test("npm pack: the tarball has the CLI, the built library, the model and the docs, and no tests", (t) => {
  if (!existsSync(new URL("../dist/cli/main.js", import.meta.url))) return t.skip("dist/ is missing: run `npm run build` first");
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
  for (const f of ["package.json", "bin/dossier.js", "dist/cli/main.js", "dist/index.js", "dist/index.d.ts", "README.md", "docs/FORMATS.md"]) {
    assert.ok(files.has(f), `${f} in the tarball`);
  }
  assert.ok([...files].some((f) => f.startsWith("models/")), "the bundled NER model");
  assert.ok(files.has("native/dossier_rank.c") && files.has("scripts/buildRank.mjs"), "the ranking extension's source and build script");
  assert.ok(![...files].some((f) => f.startsWith("test/")), "no test files");
});
