import type { Command } from "commander";
import { oneLine, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { addStoreOutputOptions, checkUsage, countFlag, table, withExistingStore } from "./storeCommand.js";

export interface FailuresFlags {
  db?: string;
  limit?: string;
  json?: boolean;
}

const HELP_AFTER = `
The sources that could not be ingested (unreadable or binary files, broken JSON lines, HTTP
errors, refused addresses, unreadable directories, …), the most recent first: when, the source,
the kind of problem and the reason. A source that fails again on a re-run keeps one row, with
the number of attempts.

Exit status: 0 (also when there are failures to show); 2 usage error or no store.

Examples:
  dossier failures
  dossier failures --db news.db --limit 500 --json`;

/** `dossier failures`. */
export function registerFailures(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("failures")
    .summary("sources that could not be ingested, and why")
    .description("List the ingest failures recorded in the store, most recent first.")
    .option("--limit <n>", "at most this many failures", "100");
  addStoreOutputOptions(cmd, "print the failures as JSON ({id, source, code, reason, at, attempts})")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: FailuresFlags) => {
      setCode(await runFailures(flags, io));
    });
}

/** Runs `dossier failures`; returns the exit code. */
export async function runFailures(flags: FailuresFlags, io: CliIO): Promise<number> {
  let limit = 100;
  const bad = checkUsage(io, () => {
    limit = countFlag("--limit", flags.limit) ?? 100;
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const rows = await store.failures(limit);
    if (flags.json) {
      io.out(JSON.stringify(rows, null, 2) + "\n");
      return EXIT_OK;
    }
    if (rows.length === 0) {
      io.out("no failures recorded\n");
      return EXIT_OK;
    }
    const lines = rows.map((f) => [f.at.slice(0, 19).replace("T", " "), oneLine(f.source, 80), f.code ? oneLine(f.code, 20) : "", f.attempts > 1 ? `×${f.attempts}` : "", oneLine(f.reason, 160)]);
    io.out(table([["when (UTC)", "source", "problem", "", "reason"], ...lines]));
    const total = (await store.count()).failures;
    if (total > rows.length) io.out(`(${rows.length} of ${total}; --limit for more)\n`);
    return EXIT_OK;
  });
}
