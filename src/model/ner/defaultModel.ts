/**
 * The bundled NER model, `models/ner.bin.gz` at the package root, loaded lazily on first use.
 *
 * The package root is found by walking up from this module's directory to the first directory
 * holding a `package.json`, so the same code works from `src/model/ner/` (run with tsx) and from
 * `dist/model/ner/` (after `tsc`).
 *
 * ```ts
 * import { getDefaultNerModel } from "./model/ner/defaultModel.js";
 * getDefaultNerModel().predict(["Netanyahu", "visited", "Jerusalem", "."]);
 * ```
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadNerModel } from "./NerModel.js";
import type { NerModel } from "./NerModel.js";

/** Path of the bundled model relative to the package root. */
export const DEFAULT_NER_MODEL_FILE = "models/ner.bin.gz";

/** The nearest directory at or above `from` that holds a `package.json`. */
export function findPackageRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = path.resolve(from);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
}

/** Absolute path of the bundled model file. */
export function defaultNerModelPath(): string {
  return path.join(findPackageRoot(), DEFAULT_NER_MODEL_FILE);
}

/** Whether the bundled model file exists. */
export function hasDefaultNerModel(): boolean {
  return fs.existsSync(defaultNerModelPath());
}

let cached: NerModel | undefined;

/** The bundled model, loaded (synchronously) on the first call and cached. Throws when the file is missing. */
export function getDefaultNerModel(): NerModel {
  if (!cached) {
    const file = defaultNerModelPath();
    if (!fs.existsSync(file)) throw new Error(`NER model not found at ${file}; run \`npx tsx scripts/train-ner.ts\``);
    cached = loadNerModel(file);
  }
  return cached;
}
