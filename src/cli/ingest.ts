import type { Command } from "commander";
import { expandSources } from "../corpus/expandSources.js";
import { ingest, type IngestEvent, type IngestOptions, type IngestSummary } from "../corpus/ingest.js";
import type { ReaderArticle } from "../readers/ReaderArticle.js";
import { ReaderError } from "../readers/ReaderError.js";
import { readInputs } from "../readers/readInputs.js";
import { DEFAULT_MAX_BYTES } from "../readers/readBytes.js";
import { DEFAULT_FETCH_MAX_BYTES } from "../readers/urlFetch.js";
import { canonicalUrl } from "../corpus/canonicalUrl.js";
import { AnalyzerStartError } from "../corpus/analyzerPool.js";
import { errorLine, oneLine, type CliIO } from "./CliIO.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USER, parseSize } from "./analyze.js";
import { DB_OPTION_HELP, addFetchOptions, UsageError, checkUsage, countFlag, withStore } from "./storeCommand.js";

/**
 * When this run began, for `ingest`'s `startedAt`: the process's start (two `dossier ingest`
 * processes launched together both count from their launch, however slowly each loads), or the
 * end of this process's previous ingest when the CLI runs in-process more than once.
 */
let lastRunEnd = 0;
function runStart(): number {
  return Math.max(Math.floor(performance.timeOrigin), lastRunEnd);
}

/** Exit code when some inputs failed (the others were stored). */
export const EXIT_SOME_FAILED = 1;
/** Exit code when queued sources are left unfinished (interrupted): run the same command again. */
export const EXIT_UNFINISHED = 75;

export interface IngestFlags {
  db?: string;
  quiet?: boolean;
  verbose?: boolean;
  workers?: string;
  json?: boolean;
  stdinArticle?: boolean;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
  allowPrivate?: boolean;
  timeout?: string;
  maxSize?: string;
  delay?: string;
  encoding?: string;
}

const HELP_AFTER = `
Sources:
  file              .txt .json .jsonl .html .htm (a .txt may have a <name>.json metadata sidecar);
                    .xml .rss .atom files are read as feeds
  directory         every .txt .json .jsonl .ndjson .html .htm file under it (recursive)
  http(s) URL       a page (article body extracted; canonical URL from <link rel=canonical>,
                    og:url, else the URL without fragment and utm_*/fbclid/gclid), or an RSS/Atom
                    feed, whose items' links are ingested in turn
  -                 stdin: a list of paths and URLs, one a line; with --stdin-article, one article

Every source is first recorded in the store's job queue, so after an interruption (even kill -9)
running the same command again finishes what is left; the content hash guarantees every article
is stored once. An article already stored (same canonical URL, or same text from the same outlet)
counts as a duplicate. The same text from another outlet (wire copy) is stored as a copy: an
article of its own, linked to the first article with that text, whose analysis it reuses (not
analysed again); stories count each outlet that carried it and the text as one source.
Failures (unreadable, binary, empty, too large, broken JSON line, HTTP errors, refused address)
are recorded in the store and reported; the batch goes on.

URLs are fetched with a 15 s timeout, a 5 MB limit, at most 5 redirects, 1 s between requests
to one host, and never from private, loopback or link-local addresses unless --allow-private.

Output: a progress bar on a terminal; else one line per failure on stderr and a summary line;
with --json one JSON line per event: {"event":"stored","id":…,"docId":…},
{"event":"copy","id":…,"copyOf":…}, {"event":"duplicate","id":…}, {"event":"failed",…} and a
{"event":"summary","ingested":…,"copies":…,"duplicates":…,"failed":…} line (ingested counts
the copies too).

Sources held by another live ingest or worker on the same store are waited for (a dead one's
jobs are taken over at once: PostgreSQL sees its session end, SQLite its process gone).

Exit status: 0 every source stored, copied, duplicate or recorded as failed; 1 some inputs failed
(see dossier failures); 2 usage error (bad flag, missing path, store cannot be opened); 70
internal or store error; 75 sources left unfinished (interrupted): run the same command again.

Examples:
  dossier ingest articles/ --db news.db
  dossier ingest https://example.org/feed.xml --json
  find dumps -name '*.jsonl' | dossier ingest - --workers 2
  pbpaste | dossier ingest - --stdin-article --outlet "Harbour Gazette" --published 2025-03-04`;

/** `dossier ingest <sources...>`. */
export function registerIngest(program: Command, io: CliIO, setCode: (code: number) => void): void {
  addFetchOptions(program.command("ingest"))
    .summary("analyse articles and store them (files, directories, URLs, feeds)")
    .description("Read articles from files, directories, URLs and RSS/Atom feeds, analyse them and store the results in a database; resumable and duplicate-safe.")
    .argument("<sources...>", "files, directories, http(s) URLs or feeds, or - for stdin")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--workers <n>", "analysis threads", "1")
    .option("--json", "one JSON line per event")
    .option("--quiet", "print only failures (no progress bar, no summary line)")
    .option("--verbose", "also print one line per stored or duplicate article (no progress bar)")
    .option("--stdin-article", "read one article's text from stdin (-) instead of a list of sources")
    .option("--title <text>", "with --stdin-article: headline")
    .option("--outlet <name>", "with --stdin-article: news outlet")
    .option("--published <date>", "with --stdin-article: publication date YYYY-MM-DD")
    .option("--url <url>", "with --stdin-article: article URL")
    .addHelpText("after", HELP_AFTER)
    .action(async (sources: string[], flags: IngestFlags) => {
      setCode(await runIngest(sources, flags, io));
    });
}

function secondsFlag(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UsageError(name, `expected a number of seconds ≥ ${min}, got "${value}"`);
  return n;
}

/** Flags → ingest options shared by `ingest` and `worker`; throws UsageError. */
export function fetchOptions(flags: Pick<IngestFlags, "allowPrivate" | "timeout" | "delay" | "maxSize" | "encoding" | "workers">): Partial<IngestOptions> {
  const timeout = secondsFlag("--timeout", flags.timeout, 0.001);
  const delay = secondsFlag("--delay", flags.delay, 0);
  let maxBytes: number | undefined;
  if (flags.maxSize !== undefined) {
    const n = parseSize(flags.maxSize);
    if (n === null) throw new UsageError("--max-size", `not a size: "${flags.maxSize}" (e.g. 16MiB, 500KB)`);
    maxBytes = n;
  }
  if (flags.encoding !== undefined) {
    try {
      new TextDecoder(flags.encoding);
    } catch {
      throw new UsageError("--encoding", `unknown encoding "${flags.encoding}" (try utf-8, windows-1252, utf-16le)`);
    }
  }
  const workers = countFlag("--workers", flags.workers) ?? 1;
  if (workers > 64) throw new UsageError("--workers", "at most 64");
  return {
    workers,
    maxBytes: maxBytes ?? DEFAULT_MAX_BYTES,
    encoding: flags.encoding ?? null,
    fetch: {
      allowPrivate: Boolean(flags.allowPrivate),
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(delay !== undefined ? { hostDelayMs: delay * 1000 } : {}),
      maxBytes: maxBytes ?? DEFAULT_FETCH_MAX_BYTES,
    },
  };
}

/** How much `ingest`/`worker` print besides errors: `--quiet`, default, `--verbose`. */
export type Verbosity = "quiet" | "normal" | "verbose";

/** `--quiet` / `--verbose` → a verbosity; both together is a usage error. */
export function verbosityFlag(flags: { quiet?: boolean; verbose?: boolean }): Verbosity {
  if (flags.quiet && flags.verbose) throw new UsageError("--quiet", "cannot be combined with --verbose");
  return flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
}

/**
 * Prints events as the flags ask: JSON lines, a progress bar, or failures + a summary line.
 * `quiet`: failures only; `verbose`: also one line per stored or duplicate article (no bar).
 */
export function progressReporter(io: CliIO, json: boolean, verbosity: Verbosity = "normal"): { onProgress: (e: IngestEvent) => void; done(s: IngestSummary | null): void } {
  if (json) {
    return {
      onProgress: (e) => {
        if (e.event === "stored" || e.event === "copy" || e.event === "duplicate" || e.event === "failed" || e.event === "waiting" || e.event === "summary") io.out(JSON.stringify(e) + "\n");
      },
      done() {},
    };
  }
  const tty = verbosity === "normal" && io.stdoutIsTTY && Boolean(process.stderr.isTTY);
  let bar: { start(total: number, value: number, payload?: object): void; setTotal(n: number): void; update(n: number, payload?: object): void; stop(): void } | null = null;
  let total = 0;
  let done = 0;
  const counts = { stored: 0, copy: 0, duplicate: 0, failed: 0 };
  const pendingLines: string[] = [];
  const ensureBar = async () => {
    if (!tty || bar) return;
    const { default: cliProgress } = await import("cli-progress");
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "ingest [{bar}] {value}/{total} sources | {stored} stored, {copy} copies, {duplicate} dup, {failed} failed | {rate}/s | ETA {eta}",
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, done, payload());
  };
  const t0 = Date.now();
  const payload = () => ({ ...counts, rate: (((counts.stored + counts.copy + counts.duplicate) * 1000) / Math.max(1, Date.now() - t0)).toFixed(1), eta: etaText(done, total, Date.now() - t0) });
  return {
    onProgress: (e) => {
      if (e.event === "queued") {
        total = Math.max(total, done + e.pending);
        if (tty) void ensureBar().then(() => bar?.setTotal(total));
      } else if (e.event === "job") {
        done++;
        bar?.update(done, payload());
      } else if (e.event === "stored") {
        counts.stored++;
        if (verbosity === "verbose") io.err(`dossier: ${oneLine(e.source, 200)}: stored as article ${e.id}\n`);
      } else if (e.event === "copy") {
        counts.copy++;
        if (verbosity === "verbose") io.err(`dossier: ${oneLine(e.source, 200)}: stored as article ${e.id}, a copy of article ${e.copyOf}\n`);
      } else if (e.event === "duplicate") {
        counts.duplicate++;
        if (verbosity === "verbose") io.err(`dossier: ${oneLine(e.source, 200)}: already stored${e.id !== null ? ` (article ${e.id})` : ""}\n`);
      } else if (e.event === "waiting") {
        const line = `dossier: waiting for ${e.held} source${e.held === 1 ? "" : "s"} held by other live workers (${e.sources.slice(0, 3).map((x) => oneLine(x, 80)).join(", ")}${e.held > 3 ? ", …" : ""})\n`;
        if (bar) pendingLines.push(line);
        else io.err(line);
      } else if (e.event === "failed") {
        counts.failed++;
        const line = errorLine(e.source, e.reason);
        if (bar) pendingLines.push(line);
        else io.err(line);
      }
      if (bar && e.event !== "job") bar.update(done, payload());
    },
    done(s) {
      bar?.stop();
      for (const l of pendingLines) io.err(l);
      if (!s || verbosity === "quiet") return;
      const rate = s.seconds > 0 ? (s.ingested + s.duplicates) / s.seconds : 0;
      const copies = s.copies > 0 ? ` (${s.copies} ${s.copies === 1 ? "copy" : "copies"} of stored texts)` : "";
      io.out(`ingested ${s.ingested}${copies}, duplicates ${s.duplicates}, failed ${s.failed}${s.unfinished ? `, unfinished ${s.unfinished}` : ""} (${s.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s)\n`);
    },
  };
}

/** Reads the article on stdin (for --stdin-article) with the metadata flags applied. */
async function stdinArticle(bytes: Uint8Array, flags: IngestFlags, maxBytes: number, encoding: string | null): Promise<{ input: string; article: ReaderArticle; canonicalUrl: string | null }> {
  const stream = (async function* () {
    yield bytes;
  })();
  for await (const r of readInputs(["-"], { stdin: stream, maxBytes, encoding, overrides: { title: flags.title, outlet: flags.outlet, published: flags.published, url: flags.url } })) {
    if (r.error) throw r.error;
    return { input: "stdin", article: r.article, canonicalUrl: canonicalUrl(r.article.metadataCandidates, r.article.url) };
  }
  throw new ReaderError("empty", "<stdin>", "no article on stdin");
}

/** Runs `dossier ingest`; returns the exit code. */
export async function runIngest(args: string[], flags: IngestFlags, io: CliIO): Promise<number> {
  let opts: Partial<IngestOptions> = {};
  const bad = checkUsage(io, () => {
    opts = fetchOptions(flags);
    if (flags.stdinArticle && !args.includes("-")) throw new UsageError("--stdin-article", "needs - among the sources");
    for (const k of ["title", "outlet", "published", "url"] as const) {
      if (flags[k] !== undefined && !flags.stdinArticle) throw new UsageError(`--${k}`, "only applies with --stdin-article");
    }
  });
  if (bad !== null) return bad;
  let expanded;
  try {
    expanded = await expandSources(args, { stdin: io.stdin, stdinArticle: Boolean(flags.stdinArticle), maxBytes: opts.maxBytes });
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    io.err(errorLine(e.input, e.message));
    return EXIT_USER;
  }
  for (const n of expanded.notices) io.err(errorLine(n.input, n.message));
  let direct: IngestOptions["articles"] = [];
  if (expanded.stdinArticle) {
    try {
      direct = [await stdinArticle(expanded.stdinArticle, flags, opts.maxBytes!, opts.encoding ?? null)];
    } catch (e) {
      if (!(e instanceof ReaderError)) throw e;
      io.err(errorLine(e.input, e.message));
      return EXIT_USER;
    }
  }
  return withStore(
    flags.db,
    io,
    async (store) => {
      const reporter = progressReporter(io, Boolean(flags.json), verbosityFlag(flags));
      const abort = new AbortController();
      const onSigint = () => {
        if (abort.signal.aborted) process.exit(130);
        abort.abort();
        io.err("dossier: interrupted: finishing the articles in progress (Ctrl-C again to stop now; run the same command to resume)\n");
      };
      process.on("SIGINT", onSigint);
      let summary: IngestSummary | null = null;
      try {
        summary = await ingest(expanded.sources, { ...opts, startedAt: runStart(), store, articles: direct, problems: expanded.problems, onProgress: reporter.onProgress, signal: abort.signal });
      } catch (e) {
        if (!(e instanceof AnalyzerStartError)) throw e;
        io.err(`dossier: ${oneLine(e.message, 600)}\n`);
        return EXIT_INTERNAL;
      } finally {
        lastRunEnd = Date.now();
        process.off("SIGINT", onSigint);
        reporter.done(summary);
      }
      if (summary.unfinished > 0) {
        io.err(`dossier: ${summary.unfinished} queued source${summary.unfinished === 1 ? " is" : "s are"} not finished; run the same command again to finish\n`);
        return EXIT_UNFINISHED;
      }
      return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    },
  );
}

/** The time left, from the pace so far: "…" until one source is done and a second has passed. */
export function etaText(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs < 1000 || total <= done) return done >= total && total > 0 ? "0s" : "…";
  const s = Math.round(((total - done) * elapsedMs) / done / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
