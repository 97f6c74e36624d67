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

Examples:
  dossier serve
  dossier serve --db archive.db --port 3000
  dossier serve --host 0.0.0.0 --token "$(openssl rand -hex 16)"
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
  if (flags.host !== undefined && !/^[\w.:\-[\]]+$/.test(flags.host)) throw new UsageError("--host", `not a host address: "${flags.host}"`);
  if (flags.token !== undefined && !/^\S{8,}$/.test(flags.token)) throw new UsageError("--token", "a token needs at least 8 characters and no spaces");
}

/** Serves `store` until SIGINT/SIGTERM; prints where. Returns the exit code. */
export async function serveStore(store: Store, flags: ServeFlags, io: CliIO, banner = ""): Promise<number> {
  const { startServer } = await import("../server/startServer.js");
  const token = flags.token ?? (io.env.DOSSIER_TOKEN || null);
  if (token !== null && !/^\S{8,}$/.test(token)) throw new UsageError("DOSSIER_TOKEN", "a token needs at least 8 characters and no spaces");
  let server;
  try {
    server = await startServer({
      store,
      host: flags.host ?? "127.0.0.1",
      port: Number(flags.port ?? 8080),
      token,
      rateLimit: Number(flags.rateLimit ?? 600),
      fetch: flags.allowPrivate ? { allowPrivate: true } : {},
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${flags.host ?? "127.0.0.1"}:${flags.port ?? 8080}`, code === "EADDRINUSE" ? "address already in use (try --port)" : `cannot listen: ${code ?? (e as Error).message}`);
  }
  const writes = token !== null ? "writes need the token" : server.ctx.loopbackOnly ? "writes open: loopback, no token" : "writes disabled: no --token";
  if (flags.json) io.out(JSON.stringify({ url: server.url, store: store.location, writes: token !== null ? "token" : server.ctx.loopbackOnly ? "loopback" : "disabled" }) + "\n");
  else io.out(`${banner}dossier serving ${store.location} at ${server.url}/ (${writes}; API docs at ${server.url}/docs) — Ctrl-C to stop\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return EXIT_OK;
}

/** Runs `dossier serve`; returns the exit code. */
export async function runServe(flags: ServeFlags, io: CliIO): Promise<number> {
  const bad = checkUsage(io, () => checkServeFlags(flags));
  if (bad !== null) return bad;
  return withStore(flags.db, io, (store) => serveStore(store, flags, io));
}
