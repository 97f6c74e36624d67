// Entry of one worker process of `dossier serve --workers N` (started by startWorkers through
// node:cluster; not to be run directly). It opens the store itself and serves the shared port;
// clustering and story reports are left to the primary, told of every write.
import { openStore } from "../store/openStore.js";
import { startServer } from "./startServer.js";
import type { WorkerConfig, WorkerMessage } from "./startWorkers.js";

const send = (m: WorkerMessage) => process.send?.(m);
const raw = process.env.DOSSIER_SERVE_WORKER;
if (!raw || !process.send) {
  process.stderr.write("dossier serve worker: started outside `dossier serve --workers`\n");
  process.exit(2);
}
const cfg = JSON.parse(raw) as WorkerConfig;
try {
  const store = await openStore(cfg.db ?? undefined);
  const server = await startServer({
    store,
    host: cfg.host,
    port: cfg.port,
    token: cfg.token,
    rateLimit: cfg.rateLimit,
    fetch: cfg.allowPrivate ? { allowPrivate: true } : {},
    clusterAtStart: false,
    clusterAfterWrite: false,
    onWrite: () => send({ type: "wrote" }),
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await store.close();
    process.exit(0);
  };
  // Ctrl-C reaches the whole process group: the primary decides when workers stop.
  process.on("SIGINT", () => undefined);
  process.once("SIGTERM", stop);
  process.once("disconnect", stop);
  send({ type: "listening", url: server.url });
} catch (e) {
  send({ type: "error", code: (e as NodeJS.ErrnoException).code ?? null, message: String((e as Error)?.message ?? e).split("\n")[0] });
  process.exit(1);
}
