import type { Command } from "commander";
import type { Store } from "../store/Store.js";
import type { CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { DB_OPTION_HELP, UsageError, checkUsage, countFlag, withStore } from "./storeCommand.js";

export interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  token?: string;
  rateLimit?: string;
  allowPrivate?: boolean;
  json?: boolean;
  workers?: string;
}

const HELP_AFTER = `
Starts one process serving the web app and the JSON API from the store:
  /                 stories, newest first          /search    full-text search with filters
  /stories/ID       where the outlets differ       /add       paste articles or URLs
  /articles/ID      the text with highlights       /docs      the API, browsable
  /actors/NAME      what a person or organisation said and what was said about them
  /api/...          JSON, CSV or JSONL; OpenAPI 3.1 at /openapi.json

Writes (POST /api/ingest, the Add page) need the token when one is given (--token or
$DOSSIER_TOKEN; send Authorization: Bearer TOKEN). Without a token, writes are accepted only
when the server listens on loopback (the default, 127.0.0.1). Stop with Ctrl-C.

--workers N starts N server processes sharing the port (node:cluster), each with its own store
connection, caches and rate limits (a client gets up to N × --rate-limit); the first process
only clusters new articles and computes story reports. Use it on a machine with several cores.

Examples:
  dossier serve
  dossier serve --db archive.db --port 3000
  dossier serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
  dossier serve --db archive.db --workers 2
  dossier demo --serve`;

/** Adds the server options shared by `serve` and `demo --serve`. */
export function addServeOptions(cmd: Command): Command {
  return cmd
    .option("--port <n>", "port to listen on (0 = any free port)", "8080")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--token <token>", "bearer token writes need (default: $DOSSIER_TOKEN)")
    .option("--rate-limit <n>", "API requests per minute per client (0 = unlimited)", "600")
    .option("--allow-private", "let ingest fetch private, loopback and link-local addresses");
}

/** `dossier serve`. Calls `setCode` with the exit code when the server stops. */
export function registerServe(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("serve")
    .summary("serve the web app and the HTTP API")
    .description("Serve the web app (stories, articles, people, search, add) and the JSON API (OpenAPI 3.1 at /openapi.json) from the store.")
    .option("--db <path-or-url>", DB_OPTION_HELP);
  addServeOptions(cmd)
    .option("--workers <n>", "server processes sharing the port (default 1)")
    .option("--json", "print the address as one JSON line when listening")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: ServeFlags) => {
      setCode(await runServe(flags, io));
    });
}

/** Checks the server flags; throws UsageError. */
export function checkServeFlags(flags: ServeFlags): void {
  countFlag("--port", flags.port, 0);
  if (Number(flags.port) > 65535) throw new UsageError("--port", `expected a port 0–65535, got "${flags.port}"`);
  countFlag("--rate-limit", flags.rateLimit, 0);
  if ((countFlag("--workers", flags.workers, 1) ?? 1) > 64) throw new UsageError("--workers", `at most 64, got "${flags.workers}"`);
  if (flags.host !== undefined && !/^[\w.:\-[\]]+$/.test(flags.host)) throw new UsageError("--host", `not a host address: "${flags.host}"`);
  if (flags.token !== undefined && !/^\S{8,}$/.test(flags.token)) throw new UsageError("--token", "a token needs at least 8 characters and no spaces");
}

/** Serves `store` until SIGINT/SIGTERM; prints where. Returns the exit code. */
export async function serveStore(store: Store, flags: ServeFlags, io: CliIO, banner = ""): Promise<number> {
  const { startServer } = await import("../server/startServer.js");
  const token = flags.token ?? (io.env.DOSSIER_TOKEN || null);
  if (token !== null && !/^\S{8,}$/.test(token)) throw new UsageError("DOSSIER_TOKEN", "a token needs at least 8 characters and no spaces");
  const host = flags.host ?? "127.0.0.1";
  const port = Number(flags.port ?? 8080);
  const rateLimit = Number(flags.rateLimit ?? 600);
  const workers = Number(flags.workers ?? 1);
  const listenError = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return new UsageError(`${host}:${port}`, code === "EADDRINUSE" ? "address already in use (try --port)" : `cannot listen: ${code ?? (e as Error).message}`);
  };
  let url: string;
  let close: () => Promise<void>;
  if (workers > 1) {
    const { startWorkers } = await import("../server/startWorkers.js");
    try {
      const pool = await startWorkers(store, { db: flags.db ?? (io.env.DOSSIER_DB || null), host, port, token, rateLimit, allowPrivate: Boolean(flags.allowPrivate) }, workers, (line) => io.err(`${line}\n`));
      ({ url, close } = pool);
    } catch (e) {
      throw listenError(e);
    }
  } else {
    try {
      const server = await startServer({ store, host, port, token, rateLimit, fetch: flags.allowPrivate ? { allowPrivate: true } : {} });
      url = server.url;
      close = server.close;
    } catch (e) {
      throw listenError(e);
    }
  }
  const { isLoopbackHost } = await import("../server/startServer.js");
  const writeMode = token !== null ? "token" : isLoopbackHost(host) ? "loopback" : "disabled";
  const writes = writeMode === "token" ? "writes need the token" : writeMode === "loopback" ? "writes open: loopback, no token" : "writes disabled: no --token";
  const procs = workers > 1 ? `, ${workers} workers` : "";
  if (flags.json) io.out(JSON.stringify({ url, store: store.location, writes: writeMode, workers }) + "\n");
  else io.out(`${banner}dossier serving ${store.location} at ${url}/ (${writes}${procs}; API docs at ${url}/docs) — Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await close();
  return EXIT_OK;
}

/** Runs `dossier serve`; returns the exit code. */
export async function runServe(flags: ServeFlags, io: CliIO): Promise<number> {
  const bad = checkUsage(io, () => checkServeFlags(flags));
  if (bad !== null) return bad;
  return withStore(flags.db, io, (store) => serveStore(store, flags, io));
}
