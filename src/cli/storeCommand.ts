import { existsSync } from "node:fs";
import { DEFAULT_DB, isPostgresUrl, openStore } from "../store/openStore.js";
import type { Store } from "../store/Store.js";
import type { StoreOptions } from "../store/StoreOptions.js";
import { StoreError } from "../store/StoreError.js";
import { sentenceSpans } from "../store/sentenceSpans.js";
import { ReaderError } from "../readers/ReaderError.js";
import { dateFlagProblem, isoDateFlag } from "../readers/normalizeDate.js";
import { errorLine, oneLine, type CliIO } from "./CliIO.js";
import { EXIT_INTERNAL, EXIT_USER } from "./analyze.js";
import type { Command } from "commander";

/** The reading and fetching options shared by `ingest` and `worker`. */
export function addFetchOptions(cmd: Command): Command {
  return cmd
    .option("--allow-private", "allow fetching from private, loopback and link-local addresses")
    .option("--timeout <seconds>", "time limit per HTTP request", "15")
    .option("--delay <seconds>", "pause between requests to the same host", "1")
    .option("--max-size <size>", "largest input accepted (default 16MiB for files, 5MB for URLs)")
    .option("--encoding <name>", "decode input without a BOM with this encoding (default UTF-8)");
}

/** The `--db` help text shared by every store command. */
export const DB_OPTION_HELP = "SQLite file or postgres:// URL (default: $DOSSIER_DB or ./dossier.db)";

/** `--outlet`, `--since`, `--until`: the article filter of the query commands (see {@link filterFromFlags}). */
export function addArticleFilterOptions(cmd: Command): Command {
  return cmd
    .option("--outlet <name>", "only this outlet")
    .option("--since <date>", "published on or after (YYYY-MM-DD)")
    .option("--until <date>", "published on or before (YYYY-MM-DD)");
}

/** `--db` and `--json` (with what the JSON holds), last in every query command. */
export function addStoreOutputOptions(cmd: Command, jsonHelp: string): Command {
  return cmd.option("--db <path-or-url>", DB_OPTION_HELP).option("--json", jsonHelp);
}

/** A usage problem found while checking flags: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(readonly input: string, problem: string) {
    super(problem);
  }
}

/** `--since`/`--until` values: YYYY-MM-DD (other date forms normalised); throws UsageError. */
export function dateFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = isoDateFlag(value);
  if (!d) throw new UsageError(name, dateFlagProblem(value));
  return d;
}

/** A positive integer flag; throws UsageError. */
export function countFlag(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(name, `expected a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}

/**
 * Opens the store named by `--db` (else `$DOSSIER_DB`, else ./dossier.db), runs `fn`, closes it.
 * Usage and store-open problems → one line, exit 2; a store failing mid-command → one line, 70.
 */
export async function withStore(db: string | undefined, io: CliIO, fn: (store: Store) => Promise<number>, options?: StoreOptions): Promise<number> {
  let store: Store;
  try {
    store = await openStore(db ?? (io.env.DOSSIER_DB || undefined), options);
  } catch (e) {
    if (e instanceof StoreError) {
      io.err(`dossier: ${oneLine(e.message, 600)}\n`);
      return EXIT_USER;
    }
    throw e;
  }
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(errorLine(e.input, e.message));
      return EXIT_USER;
    }
    if (e instanceof ReaderError) {
      io.err(errorLine(e.input, e.message));
      return EXIT_USER;
    }
    if (e instanceof StoreError) {
      io.err(`dossier: ${oneLine(e.message, 600)}\n`);
      return EXIT_INTERNAL;
    }
    throw e;
  } finally {
    await store.close();
  }
}

/**
 * {@link withStore} for commands that only read: a SQLite file that does not exist is an error
 * (exit 2) instead of an empty store created on the spot.
 */
export async function withExistingStore(db: string | undefined, io: CliIO, fn: (store: Store) => Promise<number>, options?: StoreOptions): Promise<number> {
  const where = db ?? (io.env.DOSSIER_DB || DEFAULT_DB);
  if (!isPostgresUrl(where) && where !== ":memory:" && !existsSync(where)) {
    io.err(errorLine(where, "no such store (create it with dossier ingest, or name another with --db)"));
    return EXIT_USER;
  }
  return withStore(db, io, fn, options);
}

/** Runs flag checks before anything is opened; a UsageError becomes one line and exit 2. */
export function checkUsage(io: CliIO, fn: () => void): number | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ReaderError) {
      io.err(errorLine(e instanceof ReaderError ? e.input : e.input, e.message));
      return EXIT_USER;
    }
    throw e;
  }
}

/** Left-pads / right-pads table cells to column widths. */
export function table(rows: string[][], align: ("l" | "r")[] = []): string {
  if (rows.length === 0) return "";
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => {
          const pad = " ".repeat(Math.max(0, widths[i] - [...c].length));
          return align[i] === "r" ? pad + c : i === r.length - 1 ? c : c + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n") + "\n";
}

/** Article texts by id, fetched once per command. */
export function articleTexts(store: Store): (id: number) => Promise<string | null> {
  const cache = new Map<number, Promise<string | null>>();
  return (id) => {
    let p = cache.get(id);
    if (!p) {
      p = store.getArticle(id).then((a) => a?.text ?? null);
      cache.set(id, p);
    }
    return p;
  };
}

/**
 * The evidence for a span: the sentence(s) around `[start, end)` with the span marked (bold on a
 * colour terminal, «…» otherwise), on one line, at most `max` characters (cut around the span).
 */
export function evidence(text: string, start: number, end: number, color: boolean, max = 240): string {
  const spans = sentenceSpans(text);
  const from = spans.find((s) => s.start <= start && start < s.end)?.start ?? start;
  const to = [...spans].reverse().find((s) => s.start < end && end <= s.end)?.end ?? end;
  let before = oneLine(text.slice(from, start));
  let inside = oneLine(text.slice(start, end));
  let after = oneLine(text.slice(end, to));
  if (text.slice(from, start).match(/\s$/)) before += " ";
  if (text.slice(end, to).match(/^\s/)) after = " " + after;
  const room = Math.max(40, max - inside.length);
  if (inside.length > max) inside = inside.slice(0, max - 1) + "…";
  if (before.length > room / 2) before = "…" + before.slice(before.length - Math.floor(room / 2));
  if (after.length > room / 2) after = after.slice(0, Math.floor(room / 2)) + "…";
  const mark = color ? `\x1b[1m\x1b[4m${inside}\x1b[0m` : `«${inside}»`;
  return before + mark + after;
}

/** `sha256:1a2b3c4d` — a document id short enough for a table. */
export function shortDocId(docId: string): string {
  return docId.replace(/^(sha256:[0-9a-f]{8})[0-9a-f]*$/, "$1");
}

/** Common query flags: --outlet --since --until --limit, checked. */
export interface FilterFlags {
  outlet?: string;
  since?: string;
  until?: string;
  limit?: string;
}

export function filterFromFlags(flags: FilterFlags, defaultLimit: number): { outlet?: string; since?: string; until?: string; limit: number } {
  const since = dateFlag("--since", flags.since);
  const until = dateFlag("--until", flags.until);
  if (since && until && since > until) throw new UsageError("--until", `${until} is before --since ${since}`);
  const limit = countFlag("--limit", flags.limit) ?? defaultLimit;
  return { ...(flags.outlet ? { outlet: flags.outlet } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}), limit };
}
