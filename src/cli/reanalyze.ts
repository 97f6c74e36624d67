import type { Command } from "commander";
import { reanalyze, type ReanalyzeSummary } from "../corpus/reanalyze.js";
import { ENGINE_VERSION } from "../version.js";
import { errorLine, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { EXIT_SOME_FAILED } from "./ingest.js";
import { DB_OPTION_HELP, checkUsage, countFlag, withExistingStore } from "./storeCommand.js";

export interface ReanalyzeFlags {
  db?: string;
  workers?: string;
  all?: boolean;
  json?: boolean;
}

const HELP_AFTER = `
Re-runs the analysis of every stored article whose analysis was made by another engine version
than this one (${ENGINE_VERSION}), and replaces it; the article text never changes, so offsets
stay valid. With --all every article is re-analysed.

Exit status: 0 ok; 1 some articles failed (recorded as failures); 2 usage error.

Examples:
  dossier reanalyze --db news.db
  dossier reanalyze --all --workers 2 --json`;

/** `dossier reanalyze`. */
export function registerReanalyze(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("reanalyze")
    .summary("re-run the analysis of articles stored by an older engine version")
    .description("Re-analyse stored articles whose engine version differs from the current one.")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--workers <n>", "analysis threads", "1")
    .option("--all", "re-analyse every article")
    .option("--json", "one JSON line per article and a summary line")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: ReanalyzeFlags) => {
      setCode(await runReanalyze(flags, io));
    });
}

/** Runs `dossier reanalyze`; returns the exit code. */
export async function runReanalyze(flags: ReanalyzeFlags, io: CliIO): Promise<number> {
  let workers = 1;
  const bad = checkUsage(io, () => {
    workers = countFlag("--workers", flags.workers) ?? 1;
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const s: ReanalyzeSummary = await reanalyze({
      store,
      workers,
      all: Boolean(flags.all),
      onProgress: (e) => {
        if (flags.json) io.out(JSON.stringify(e) + "\n");
        else if (e.event === "failed") io.err(errorLine(`article ${e.id}`, e.reason ?? "failed"));
      },
    });
    if (flags.json) io.out(JSON.stringify({ event: "summary", engine: ENGINE_VERSION, ...s }) + "\n");
    else io.out(`reanalyzed ${s.reanalyzed}, failed ${s.failed}, already current ${s.current} (engine ${ENGINE_VERSION}, ${s.seconds.toFixed(1)} s)\n`);
    return s.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });
}
