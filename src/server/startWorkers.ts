import cluster, { type Worker } from "node:cluster";
import { fileURLToPath } from "node:url";
import type { Store } from "../store/Store.js";
import { StoryIndex } from "./storyIndex.js";

/** What a worker needs to serve (passed in its environment). */
export interface WorkerConfig {
  /** The store location as given (`--db` or $DOSSIER_DB), null for the default. */
  db: string | null;
  host: string;
  port: number;
  token: string | null;
  rateLimit: number;
  allowPrivate: boolean;
}

export type WorkerMessage =
  | { type: "listening"; url: string }
  | { type: "wrote" }
  | { type: "error"; code: string | null; message: string };

export interface WorkerPool {
  url: string;
  /** Stops the workers (SIGTERM) and waits for them and for background clustering. */
  close(): Promise<void>;
}

/** Thrown when a worker could not start (its error code, e.g. EADDRINUSE, and message). */
export class WorkerStartError extends Error {
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The node flags a worker keeps: module loaders (tsx when running from source) and memory
 * settings, not `-e`/`--input-type` and the like of the command that started the primary.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (/^--(import|require|loader|experimental-loader)$/.test(a) || a === "-r") {
      if (i + 1 < execArgv.length) out.push(a, execArgv[++i]);
    } else if (/^--(import|require|loader|experimental-loader|max-old-space-size|stack-size)=/.test(a) || a === "--enable-source-maps") {
      out.push(a);
    }
  }
  return out;
}

/**
 * `dossier serve --workers N`: N processes (node:cluster) share the port, each with its own
 * store connection (SQLite in WAL mode lets them read in parallel; PostgreSQL gives each a
 * pool), its own caches and rate limits. This process serves nothing: it clusters new articles
 * into stories and computes their reports at start and after every write a worker reports, so
 * that happens once, not once per worker. A worker that dies is replaced.
 */
export async function startWorkers(store: Store, cfg: WorkerConfig, n: number, log: (line: string) => void): Promise<WorkerPool> {
  const stories = new StoryIndex(store);
  let pending: Promise<void> = Promise.resolve();
  const recluster = () => {
    pending = pending
      .then(async () => {
        stories.invalidate();
        await stories.clusterNew();
        await stories.precompute();
      })
      .catch((e) => log(`dossier serve: clustering failed: ${String((e as Error)?.message ?? e).split("\n")[0]}`));
  };
  const here = fileURLToPath(import.meta.url);
  cluster.setupPrimary({
    exec: here.replace(/startWorkers\.(ts|js)$/, "serveWorker.$1"),
    args: [],
    execArgv: workerExecArgv(process.execArgv),
  });
  let stopping = false;
  const env = { DOSSIER_SERVE_WORKER: JSON.stringify(cfg) };

  const fork = (): Promise<{ worker: Worker; url: string }> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(env);
      let listening = false;
      worker.on("message", (m: WorkerMessage) => {
        if (m.type === "listening") {
          listening = true;
          resolve({ worker, url: m.url });
        } else if (m.type === "wrote") recluster();
        else if (m.type === "error") reject(new WorkerStartError(m.code, m.message));
      });
      worker.once("exit", (code, signal) => {
        if (!listening) return reject(new WorkerStartError(null, `a worker exited before listening (${signal ?? `exit code ${code}`})`));
        workers.delete(worker);
        if (stopping) return;
        log(`dossier serve: worker ${worker.process.pid} exited (${signal ?? `exit code ${code}`}); starting another`);
        setTimeout(() => {
          if (!stopping) fork().then((w) => workers.add(w.worker), (e) => log(`dossier serve: ${(e as Error).message}`));
        }, 1000);
      });
    });

  const workers = new Set<Worker>();
  const stopAll = async () => {
    stopping = true;
    await Promise.all(
      [...cluster.workers ? Object.values(cluster.workers) : []].map(
        (w) =>
          new Promise<void>((resolve) => {
            if (!w || w.isDead()) return resolve();
            w.once("exit", () => resolve());
            w.process.kill("SIGTERM");
          }),
      ),
    );
  };
  // node:cluster binds the port once, in this process, and hands connections to the workers
  // (port 0: one free port, the same for all of them).
  let first: { worker: Worker; url: string };
  try {
    const started = await Promise.all(Array.from({ length: n }, () => fork()));
    for (const w of started) workers.add(w.worker);
    first = started[0];
  } catch (e) {
    await stopAll();
    throw e;
  }
  recluster();
  return {
    url: first.url,
    close: async () => {
      await stopAll();
      await pending;
    },
  };
}
