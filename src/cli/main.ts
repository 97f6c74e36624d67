import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { ENGINE_VERSION } from "../version.js";
import { processIO, type CliIO } from "./CliIO.js";
import { EXIT_OK, EXIT_USER, registerAnalyze } from "./analyze.js";
import { registerStories } from "./stories.js";
import { registerStory } from "./story.js";
import { registerDemo } from "./demo.js";
import { registerIngest } from "./ingest.js";
import { registerWorker } from "./worker.js";
import { registerReanalyze } from "./reanalyze.js";
import { registerSearch } from "./search.js";
import { registerQuotes } from "./quotes.js";
import { registerEntities } from "./entities.js";
import { registerTimeline } from "./timeline.js";
import { registerExport } from "./export.js";
import { registerEval } from "./eval.js";
import { registerTrain } from "./train.js";
import { registerServe } from "./serve.js";

/** The package version (package.json two levels up from src/cli or dist/cli), else the engine's. */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : ENGINE_VERSION;
  } catch {
    return ENGINE_VERSION;
  }
}

/**
 * CLI entry point: `main(process.argv)` → exit code (0 ok, 2 user error, 70 internal error).
 * User errors print one line `dossier: <input>: <problem>` to stderr.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = EXIT_OK;
  const program = new Command("dossier")
    .description("Reads news coverage and turns it into evidence: who said what, about whom, when, with which numbers.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`dossier: ${s.replace(/^error: /, "").replace(/\s*\n\s*(?=\S)/g, " ").trimEnd()}\n`),
    });
  registerAnalyze(program, io, (c) => {
    code = c;
  });
  registerStories(program, io, (c) => (code = c));
  registerStory(program, io, (c) => (code = c));
  registerDemo(program, io, (c) => (code = c));
  for (const register of [registerIngest, registerWorker, registerReanalyze, registerSearch, registerQuotes, registerEntities, registerTimeline, registerExport]) {
    register(program, io, (c) => (code = c));
  }
  registerEval(program, io, (c) => (code = c));
  registerTrain(program, io, (c) => (code = c));
  registerServe(program, io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "node" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT_OK;
    return EXIT_USER;
  }
  return code;
}
