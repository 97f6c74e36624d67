// The hand-made gold sets the dev scripts read (test/gold/README.md), and where their articles are.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface DevSet {
  name: string;
  /** Gold folder (test/gold/<name>/, or the folder given with --gold). */
  goldDir: URL;
  /** The data folder holding `articles/` (news-dev or stories-dev under ../shared/data, or --articles/..). */
  dataDir: string;
  /** Held-out sets: only their scores are read, never their error lists. */
  heldout: boolean;
  /** Gold files to use (all when absent): the --only half of an outside set. */
  keep?: (goldFile: string) => boolean;
}

const SETS: Record<string, { data: "news-dev" | "stories-dev"; env: string; heldout: boolean }> = {
  "news-dev": { data: "news-dev", env: "DOSSIER_NEWS_DEV", heldout: false },
  "news-dev-heldout": { data: "news-dev", env: "DOSSIER_NEWS_DEV", heldout: true },
  "stories-dev": { data: "stories-dev", env: "DOSSIER_STORIES_DEV", heldout: false },
  "stories-dev-heldout": { data: "stories-dev", env: "DOSSIER_STORIES_DEV", heldout: true },
};

export const DEV_SET_NAMES: readonly string[] = Object.keys(SETS);

/** Options that take a value (skipped by positionalArgs). */
const VALUE_OPTIONS = new Set(["--set", "--articles", "--gold", "--only"]);

const optionValue = (argv: readonly string[], name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** The number in a gold file name (`007.json` → 7, `story-012.json` → 12), or NaN. */
const fileNumber = (file: string): number => Number(/(\d+)\.json$/.exec(file)?.[1] ?? NaN);

/**
 * A gold set kept outside the repository (`--gold DIR --articles DIR [--only odd|even]`), such
 * as the web-news set of test/gold/README.md. Its **even-numbered files are held out**: `--only
 * odd` is the dev half; `--only even`, or no `--only` (both halves), is held out (scores only).
 * Returns a message string for a bad argument.
 */
function outsideSet(argv: readonly string[]): DevSet | string {
  const gold = optionValue(argv, "--gold");
  const articles = optionValue(argv, "--articles");
  const only = optionValue(argv, "--only");
  if (!gold || gold.startsWith("--")) return "--gold needs a folder";
  if (!articles || articles.startsWith("--")) return "--articles needs a folder (the one holding NNN.json articles)";
  if (only !== undefined && only !== "odd" && only !== "even") return `--only takes odd or even, not ${JSON.stringify(only)}`;
  if (!fs.existsSync(gold)) return `gold folder not found: ${gold}`;
  const parity = only === "odd" ? 1 : only === "even" ? 0 : null;
  const articlesDir = path.resolve(articles);
  return {
    name: `${path.basename(path.resolve(gold, ".."))}${only ? `-${only}` : ""}`,
    goldDir: pathToFileURL(path.resolve(gold) + path.sep),
    // loadDevArticle reads <dataDir>/articles/<file>.
    dataDir: path.basename(articlesDir) === "articles" ? path.dirname(articlesDir) : articlesDir,
    heldout: only !== "odd",
    keep: parity === null ? undefined : (f) => fileNumber(f) % 2 === parity,
  };
}

/**
 * The set named by `--set NAME`, else `--stories` (stories-dev) or news-dev, each with `-heldout`
 * under `--heldout`; or an outside set given by `--gold DIR --articles DIR [--only odd|even]`.
 * Null for an unknown name; a message string for bad outside-set arguments.
 */
export function devSetFromArgs(argv: readonly string[]): DevSet | null;
export function devSetFromArgs(argv: readonly string[], allowOutside: true): DevSet | string | null;
export function devSetFromArgs(argv: readonly string[], allowOutside = false): DevSet | string | null {
  if (allowOutside && (argv.includes("--gold") || argv.includes("--articles"))) return outsideSet(argv);
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
  return argv.filter((a, i) => !a.startsWith("--") && !VALUE_OPTIONS.has(argv[i - 1] ?? ""));
}

/** True when the set's articles are present. */
export const haveArticles = (s: DevSet): boolean => fs.existsSync(`${s.dataDir}/articles`);
