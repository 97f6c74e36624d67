import type { Command } from "commander";
import os from "node:os";
import type { Engine } from "../engine.js";
import type { Analysis, Layers, NewsDocument, Stage } from "../types.js";
import { ReaderError } from "../readers/ReaderError.js";
import { checkEncoding } from "../readers/decodeText.js";
import { dateFlagProblem, isoDateFlag } from "../readers/normalizeDate.js";
import { DEFAULT_MAX_BYTES } from "../readers/readBytes.js";
import { readInputs } from "../readers/readInputs.js";
import { errorLine, useColor, type CliIO } from "./CliIO.js";
import { formatSummary } from "./formatSummary.js";
import type { ReadResult } from "../readers/ReaderArticle.js";

/** A read input that holds an article. */
type ReadArticle = Extract<ReadResult, { error?: undefined }>;

export interface AnalyzeFlags {
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  json?: boolean;
  explain?: boolean;
  encoding?: string;
  maxSize?: string;
  workers?: string;
}

/** Most analysis threads `--workers auto` starts. */
const AUTO_WORKERS_MAX = 4;

/** Exit codes: 0 ok, 2 user error (bad input or flag), 70 internal error. */
export const EXIT_OK = 0;
export const EXIT_USER = 2;
export const EXIT_INTERNAL = 70;

const HELP_AFTER = `
Inputs:
  .txt              plain text (metadata from a sidecar <name>.json next to it, if any)
  .json             {"title","text","outlet","published","url","language"}, or "text_file"
                    (a path relative to the JSON file) instead of "text"; an array of them
  .jsonl .ndjson    one JSON article per line (one result per line)
  .html .htm        a web page (article body without page furniture; metadata from JSON-LD, meta, <time>, dateline, URL)
  -                 stdin: JSON/JSONL if it starts with "{", HTML with "<", else text
  Other extensions are detected by content. Flags override metadata found in inputs.

Output:
  a readable summary (colours only on a terminal, and not with NO_COLOR); with --json the
  dossier.analysis/1 record: pretty for one article, one compact line per article otherwise.

Threads: --workers N analyses in N worker threads; --workers auto uses one per core (up to
  ${AUTO_WORKERS_MAX}) when there are several articles (several inputs, or a .jsonl/.ndjson file).
  Results keep the input order. Default 1: each thread loads its own models and warms up on its
  own, so on a 2-core machine two threads paid off only on long batches (600 articles: 12 % less
  wall time, 1.7x the memory; 200 articles: none; docs/BENCHMARKS.md).

Exit status: 0 ok; 2 if any input or flag was bad (the other inputs are still analysed).

Examples:
  dossier analyze examples/article.txt
  dossier analyze --json examples/article.json
  curl -s https://example.org/story | dossier analyze --url https://example.org/story -
  dossier analyze --json articles.jsonl > analyses.jsonl`;

/** `dossier analyze <inputs...>`. Calls `setCode` with the exit code when done. */
export function registerAnalyze(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("analyze")
    .summary("analyse articles: entities, quotes, times, figures")
    .description("Analyse news articles and show who is mentioned, who said what, when, and which numbers — each fact with the sentence it comes from.")
    .argument("<inputs...>", "article files, or - for stdin")
    .option("--title <text>", "headline (overrides the input's)")
    .option("--published <date>", "publication date, YYYY-MM-DD (anchor for relative dates)")
    .option("--outlet <name>", "news outlet")
    .option("--url <url>", "article URL")
    .option("--json", "print the dossier.analysis/1 JSON record")
    .option("--explain", "show how each fact was found (method, confidence)")
    .option("--encoding <name>", "decode input without a BOM with this encoding (e.g. windows-1252); default UTF-8")
    .option("--max-size <size>", "largest input accepted (e.g. 16MiB, 500KB)", "16MiB")
    .option("--workers <n>", "analysis threads: a number, or auto (one per core, up to 4, when there are several articles)", "1")
    .addHelpText("after", HELP_AFTER)
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      setCode(await runAnalyze(inputs, flags, io));
    });
}

/** Parses "16MiB", "10MB", "512k", "1048576" into bytes; null if not a size. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase();
  const base = unit.endsWith("ib") || unit.length === 1 ? 1024 : 1000;
  const pow = unit[0] === "k" ? 1 : unit[0] === "m" ? 2 : unit[0] === "g" ? 3 : 0;
  const n = Math.floor(Number(m[1]) * base ** pow);
  return n > 0 ? n : null;
}

/** Checks flag values; returns the error line for the first bad one. */
function checkFlags(flags: AnalyzeFlags): string | null {
  if (flags.published !== undefined && !isoDateFlag(flags.published)) {
    return errorLine("--published", dateFlagProblem(flags.published));
  }
  if (flags.url !== undefined) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(flags.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) return errorLine("--url", `not an absolute http(s) URL: "${flags.url}"`);
  }
  if (flags.encoding !== undefined) {
    try {
      checkEncoding(flags.encoding);
    } catch (e) {
      return errorLine("--encoding", (e as Error).message);
    }
  }
  if (flags.maxSize !== undefined && parseSize(flags.maxSize) === null) {
    return errorLine("--max-size", `not a size: "${flags.maxSize}" (e.g. 16MiB, 500KB)`);
  }
  if (flags.workers !== undefined && flags.workers !== "auto" && !(/^\d+$/.test(flags.workers.trim()) && Number(flags.workers) >= 1 && Number(flags.workers) <= 64)) {
    return errorLine("--workers", `expected auto or a whole number from 1 to 64, got "${flags.workers}"`);
  }
  for (const k of ["title", "outlet"] as const) {
    if (flags[k] !== undefined && !flags[k]!.trim()) return errorLine(`--${k}`, "must not be empty");
  }
  return null;
}

// One engine per process. A last no-op stage keeps the sentence layer for the summary, so the
// text is not segmented twice.
let engine: Engine | null = null;
let lastSentences: { id: string; sentences: Layers["sentences"] } | null = null;
const keepSentences = {
  name: "cli:keep-sentences",
  requires: ["sentences"],
  produces: [],
  run(doc: Readonly<NewsDocument>, layers: Readonly<Layers>) {
    lastSentences = { id: doc.id, sentences: layers.sentences };
    return {};
  },
} as unknown as Stage;

let segmentText: ((text: string) => { sentences: Layers["sentences"] }) | null = null;

/** The engine, built on first use (loading the language model is slow; --help and errors skip it). */
async function getEngine(): Promise<Engine> {
  if (!engine) {
    const [{ createEngine }, { defaultStages }, { segment }] = await Promise.all([
      import("../engine.js"),
      import("../pipeline.js"),
      import("../document/segment.js"),
    ]);
    segmentText = segment;
    engine = createEngine({ stages: [...defaultStages, keepSentences] });
  }
  return engine;
}

function sentencesOf(a: Analysis): readonly { start: number; end: number }[] {
  if (lastSentences && lastSentences.id === a.document.id) return lastSentences.sentences;
  return segmentText ? segmentText(a.document.text).sentences : [];
}

/** Threads for `flags.workers`: auto → one per core (up to 4) when the inputs hold several articles. */
export function workerCount(inputs: readonly string[], workers: string | undefined): number {
  if (workers !== undefined && workers !== "auto") return Number(workers);
  const several = inputs.length > 1 || inputs.some((i) => /\.(jsonl|ndjson)$/i.test(i));
  return several ? Math.max(1, Math.min(os.availableParallelism(), AUTO_WORKERS_MAX)) : 1;
}

/** Reads and analyses every input; reports bad inputs one line each and goes on. */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags, io: CliIO): Promise<number> {
  const bad = checkFlags(flags);
  if (bad) {
    io.err(bad);
    return EXIT_USER;
  }
  const color = useColor(io);
  const debug = Boolean(io.env.DOSSIER_DEBUG);
  let failed = false;
  let crashed = false;
  let printed = 0;
  try {
    const results = readInputs(inputs, {
      maxBytes: flags.maxSize ? parseSize(flags.maxSize)! : DEFAULT_MAX_BYTES,
      encoding: flags.encoding ?? null,
      overrides: { title: flags.title, outlet: flags.outlet, published: flags.published, url: flags.url },
      stdin: io.stdin,
    });
    const emit = (r: ReadArticle, analysis: Analysis) => {
      if (flags.json) {
        const compact = inputs.length > 1 || r.record !== undefined;
        io.out(compact ? JSON.stringify(analysis) + "\n" : JSON.stringify(analysis, null, 2) + "\n");
      } else {
        if (printed > 0) io.out("\n");
        io.out(formatSummary(analysis, { input: r.input, color, explain: Boolean(flags.explain), sentences: sentencesOf(analysis) }));
      }
      printed++;
    };
    const internal = (input: string, e: unknown) => {
      io.err(errorLine(input, `internal error: ${(e as Error)?.message ?? String(e)}`));
      if (debug && (e as Error)?.stack) io.err(String((e as Error).stack) + "\n");
      crashed = true;
    };
    const workers = workerCount(inputs, flags.workers);
    if (workers > 1) {
      const code = await analyzeInWorkers(results, workers, io, emit, internal);
      if (code === "failed") failed = true;
      if (code === "fatal") return EXIT_INTERNAL;
    } else {
      for await (const r of results) {
        if (!usable(r, io)) {
          failed = true;
          continue;
        }
        const eng = await getEngine();
        let analysis: Analysis;
        try {
          analysis = eng.analyze(r.article);
        } catch (e) {
          internal(r.input, e);
          continue;
        }
        emit(r, analysis);
      }
    }
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    io.err(errorLine(e.input, e.message));
    return EXIT_USER;
  }
  return crashed ? EXIT_INTERNAL : failed ? EXIT_USER : EXIT_OK;
}

/** Prints an input's warnings and error; whether it holds an article to analyse. */
function usable(r: ReadResult, io: CliIO): r is ReadArticle {
  for (const w of r.warnings ?? []) io.err(errorLine(r.input, `warning: ${w}`));
  if (r.error) {
    io.err(errorLine(r.error.input || r.input, r.error.message));
    return false;
  }
  return true;
}

/**
 * Analyses the inputs in `workers` threads (`createAnalyzer`), a few articles ahead of the output,
 * and prints every result (and every input's warnings and errors) in input order. "fatal" when no
 * worker could start.
 */
async function analyzeInWorkers(
  results: AsyncIterable<ReadResult>,
  workers: number,
  io: CliIO,
  emit: (r: ReadArticle, a: Analysis) => void,
  internal: (input: string, e: unknown) => void,
): Promise<"ok" | "failed" | "fatal"> {
  const { createAnalyzer, AnalyzerStartError } = await import("../corpus/analyzerPool.js");
  const analyzer = createAnalyzer(workers);
  let failed = false;
  let fatal: Error | null = null;
  // each entry prints its input's output when its turn comes
  const queue: Array<Promise<() => void>> = [];
  const drain = async (keep: number) => {
    while (queue.length > keep) (await queue.shift()!)();
  };
  try {
    for await (const r of results) {
      if (fatal) break;
      if (r.error) {
        queue.push(Promise.resolve(() => void (usable(r, io) || (failed = true))));
      } else {
        queue.push(
          analyzer.analyze(r.article).then(
            (a) => () => {
              usable(r, io);
              emit(r, a);
            },
            (e: unknown) => () => {
              usable(r, io);
              if (e instanceof AnalyzerStartError) fatal ??= e;
              else internal(r.input, e);
            },
          ),
        );
      }
      await drain(2 * workers);
    }
    await drain(0);
  } finally {
    await analyzer.close();
  }
  if (fatal) {
    io.err(errorLine("dossier", (fatal as Error).message));
    return "fatal";
  }
  return failed ? "failed" : "ok";
}
