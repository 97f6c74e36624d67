/**
 * Reads `stories-dev` (real multi-outlet coverage of three events plus distractors; see its
 * README): the articles, the gold story of each, and the machine-checkable differences of
 * `cross-source.json`.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DataError } from "../EvalReport.js";
import { datasetDir } from "../datasetDir.js";

export interface StoriesDevArticle {
  /** File name without `.json`, e.g. `crocus-2024-001`. */
  file: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  /** Gold story slug; null for the unrelated distractors (each its own story). */
  story: string | null;
}

export interface GoldDifference {
  id: number;
  story: string;
  kind: string;
  fact: string;
  /** Case-insensitive regexes, one per side. */
  sides: RegExp[];
  /** Per side, the files that side is expected to match. */
  files: string[][];
}

export interface StoriesDev {
  dir: string;
  articles: StoriesDevArticle[];
  differences: GoldDifference[];
  /** Gold stories marked `"distractor": true` in `stories.json` (empty when it is absent). */
  distractorStories: string[];
}

/** The story slugs `stories.json` marks as distractors (a different event kept to test clustering). */
function readDistractorStories(root: string): string[] {
  const file = join(root, "stories.json");
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, "utf8")) as { stories?: Record<string, { distractor?: boolean }> };
  return Object.entries(raw.stories ?? {})
    .filter(([, s]) => s.distractor === true)
    .map(([slug]) => slug);
}

/** True when `dir` (or `dir/stories-dev`) holds the data set. */
export function hasStoriesDev(dir: string): boolean {
  return existsSync(join(dir, "cross-source.json")) || existsSync(join(dir, "stories-dev", "cross-source.json"));
}

/**
 * Loads the data set from `dir` or `dir/stories-dev` (any folder laid out like stories-dev, e.g.
 * a locally built set); throws {@link DataError} when absent.
 */
export function readStoriesDev(dir: string): StoriesDev {
  const root = datasetDir(dir, "stories-dev", "cross-source.json");
  const adir = join(root, "articles");
  if (!existsSync(adir)) throw new DataError("stories-dev has no articles/ folder");
  const articles = readdirSync(adir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(adir, f), "utf8")) as Partial<StoriesDevArticle>;
      if (typeof a.text !== "string") throw new DataError(`${f}: no text`);
      return {
        file: f.slice(0, -5),
        url: a.url ?? null,
        outlet: a.outlet ?? null,
        published: a.published ?? null,
        title: a.title ?? null,
        text: a.text,
        story: a.story ?? null,
      };
    });
  const raw = JSON.parse(readFileSync(join(root, "cross-source.json"), "utf8")) as {
    differences: { id: number; story: string; kind: string; fact: string; sides: string[]; files: string[][] }[];
  };
  const differences = raw.differences.map((d) => ({
    id: d.id,
    story: d.story,
    kind: d.kind,
    fact: d.fact,
    sides: d.sides.map((s) => new RegExp(s, "i")),
    files: d.files,
  }));
  return { dir: root, articles, differences, distractorStories: readDistractorStories(root) };
}
