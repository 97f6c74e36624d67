// The hand-made gold sets the dev scripts read (test/gold/README.md), and where their articles are.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export interface DevSet {
  name: string;
  /** Gold folder (test/gold/<name>/). */
  goldDir: URL;
  /** The data folder holding `articles/` (news-dev or stories-dev under ../shared/data). */
  dataDir: string;
  /** Held-out sets: only their scores are read, never their error lists. */
  heldout: boolean;
}

const SETS: Record<string, { data: "news-dev" | "stories-dev"; env: string; heldout: boolean }> = {
  "news-dev": { data: "news-dev", env: "DOSSIER_NEWS_DEV", heldout: false },
  "news-dev-heldout": { data: "news-dev", env: "DOSSIER_NEWS_DEV", heldout: true },
  "stories-dev": { data: "stories-dev", env: "DOSSIER_STORIES_DEV", heldout: false },
  "stories-dev-heldout": { data: "stories-dev", env: "DOSSIER_STORIES_DEV", heldout: true },
};

export const DEV_SET_NAMES: readonly string[] = Object.keys(SETS);

/**
 * The set named by `--set NAME`, else `--stories` (stories-dev) or news-dev, each with `-heldout`
 * under `--heldout`; null for an unknown name.
 */
export function devSetFromArgs(argv: readonly string[]): DevSet | null {
  const i = argv.indexOf("--set");
  const base = argv.includes("--stories") ? "stories-dev" : "news-dev";
  const name = i >= 0 ? argv[i + 1] ?? "" : argv.includes("--heldout") ? `${base}-heldout` : base;
  const s = SETS[name];
  if (!s) return null;
  const dataDir = process.env[s.env] ?? fileURLToPath(new URL(`../../shared/data/${s.data}`, import.meta.url));
  return { name, goldDir: new URL(`../test/gold/${name}/`, import.meta.url), dataDir, heldout: s.heldout };
}

/** The arguments that are not options (nor an option's value). */
export function positionalArgs(argv: readonly string[]): string[] {
  return argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--set");
}

/** True when the set's articles are present. */
export const haveArticles = (s: DevSet): boolean => fs.existsSync(`${s.dataDir}/articles`);
