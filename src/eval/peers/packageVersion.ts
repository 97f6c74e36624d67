import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/** The installed version of a package, read from its package.json; "unknown" when not found. */
export function packageVersion(name: string): string {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
      const pj = path.join(dir, "package.json");
      if (fs.existsSync(pj)) {
        const json = JSON.parse(fs.readFileSync(pj, "utf8")) as { name?: string; version?: string };
        if (json.name === name && json.version) return json.version;
      }
      const up = path.dirname(dir);
      if (up === dir) return "unknown";
      dir = up;
    }
  } catch {
    return "unknown";
  }
}
