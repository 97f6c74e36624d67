import fs from "node:fs";
import path from "node:path";
import { DataError } from "./EvalReport.js";

/**
 * `dir` itself when it holds the data set (has `marker`), else `dir/<name>` — so both
 * `…/data` and `…/data/tempeval3` work. Throws {@link DataError} when neither does.
 */
export function datasetDir(dir: string, name: string, marker: string): string {
  if (fs.existsSync(path.join(dir, marker))) return dir;
  const sub = path.join(dir, name);
  if (fs.existsSync(path.join(sub, marker))) return sub;
  if (!fs.existsSync(dir)) throw new DataError(`no such folder`);
  throw new DataError(`${name} data not found here or in ${name}/ (looked for ${marker})`);
}
