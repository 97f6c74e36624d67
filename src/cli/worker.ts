import type { Command } from "commander";
import { ingest, type IngestOptions, type IngestSummary } from "../corpus/ingest.js";
import type { CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { EXIT_SOME_FAILED, fetchOptions, progressReporter, type IngestFlags } from "./ingest.js";
import { DB_OPTION_HELP, addFetchOptions, UsageError, checkUsage, withStore } from "./storeCommand.js";

export interface WorkerFlags extends Pick<IngestFlags, "db" | "workers" | "json" | "allowPrivate" | "timeout" | "delay" | "maxSize" | "encoding"> {
  follow?: boolean;
  poll?: string;
}

const HELP_AFTER = `
Processes the shared job queue that \`dossier ingest\` fills: claims sources, reads, analyses and
stores them, until the queue is empty (or, with --follow, forever, polling for new jobs). With
PostgreSQL (DOSSIER_DB=postgres://…) any number of workers on any number of machines share one
queue (FOR UPDATE SKIP LOCKED); a job whose worker died is taken over at once (its session lock is
gone), one a live worker holds never; a hung worker's jobs are taken over after a 10-minute lease.

Exit status: 0 every article stored, copied or duplicate; 1 some inputs failed; 2 usage error.

Examples:
  DOSSIER_DB=postgres://dossier:secret@db.internal/news dossier worker --workers 2
  dossier worker --follow --poll 5 --json`;

/** `dossier worker`. */
export function registerWorker(program: Command, io: CliIO, setCode: (code: number) => void): void {
  addFetchOptions(program.command("worker"))
    .summary("process the shared ingest queue (PostgreSQL: many workers)")
    .description("Claim sources from the store's job queue and ingest them until the queue is empty.")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--follow", "keep polling for new jobs instead of stopping when the queue is empty")
    .option("--poll <seconds>", "with --follow: seconds between polls", "2")
    .option("--workers <n>", "analysis threads", "1")
    .option("--json", "one JSON line per event")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: WorkerFlags) => {
      setCode(await runWorker(flags, io));
    });
}

/** Runs `dossier worker`; returns the exit code. */
export async function runWorker(flags: WorkerFlags, io: CliIO): Promise<number> {
  let opts: Partial<IngestOptions> = {};
  let pollMs = 2000;
  const bad = checkUsage(io, () => {
    opts = fetchOptions(flags);
    if (flags.poll !== undefined) {
      const n = Number(flags.poll);
      if (!Number.isFinite(n) || n <= 0) throw new UsageError("--poll", `expected a number of seconds > 0, got "${flags.poll}"`);
      pollMs = n * 1000;
    }
  });
  if (bad !== null) return bad;
  return withStore(flags.db, io, async (store) => {
    const reporter = progressReporter(io, Boolean(flags.json));
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    let summary: IngestSummary | null = null;
    try {
      summary = await ingest([], { ...opts, store, enqueue: false, follow: Boolean(flags.follow), pollMs, signal: abort.signal, onProgress: reporter.onProgress });
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      reporter.done(summary);
    }
    return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });
}
