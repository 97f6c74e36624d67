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
import { registerFailures } from "./failures.js";
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
  const args = argv.slice(2);
  // with --json, errors go to stderr as JSON lines too
  if (args.includes("--json")) io = jsonErrors(io);
  // `dossier help --help` is the program's help
  if (args[0] === "help" && (args[1] === "--help" || args[1] === "-h")) argv = [...argv.slice(0, 2), "--help"];
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
  for (const register of [registerIngest, registerWorker, registerReanalyze, registerSearch, registerQuotes, registerEntities, registerTimeline, registerExport, registerFailures]) {
    register(program, io, (c) => (code = c));
  }
  registerEval(program, io, (c) => (code = c));
  registerTrain(program, io, (c) => (code = c));
  registerServe(program, io, (c) => (code = c));
  polishHelp(program);
  try {
    await program.parseAsync(argv, { from: "node" });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT_OK;
    return EXIT_USER;
  }
  return code;
}

/** Commands whose help already states their exit status in detail. */
const OWN_EXIT_HELP = new Set(["analyze", "ingest", "reanalyze", "worker"]);

const EXIT_HELP = `
Exit status: 0 success, 2 bad input or usage (one line on stderr: dossier: <input>: <problem>;
with --json that line is a JSON object {"error", "input"}), 70 internal or store error.`;

/**
 * Help texts made uniform after registration: every command states its exit status, required
 * options are shown in the usage line, and defaults are printed as values (16MiB, not "16MiB").
 */
function polishHelp(program: Command): void {
  for (const cmd of program.commands) {
    for (const opt of cmd.options) {
      if (typeof opt.defaultValue === "string" && opt.defaultValueDescription === undefined) opt.defaultValueDescription = opt.defaultValue;
    }
    const required = cmd.options.filter((o) => o.mandatory).map((o) => o.flags);
    if (required.length) cmd.usage(`${required.join(" ")} ${cmd.usage()}`);
    if (!OWN_EXIT_HELP.has(cmd.name()) && cmd.name() !== "help") cmd.addHelpText("after", EXIT_HELP);
  }
}

/** An IO whose error lines (`dossier: <input>: <problem>`) are written as JSON objects. */
function jsonErrors(io: CliIO): CliIO {
  return {
    ...io,
    err: (s) => {
      for (const line of s.split("\n")) {
        if (!line.trim()) continue;
        const m = /^dossier: (?:(.+?): )?(.*)$/.exec(line);
        io.err(JSON.stringify(m ? { error: m[2], ...(m[1] !== undefined ? { input: m[1] } : {}) } : { error: line }) + "\n");
      }
    },
  };
}
