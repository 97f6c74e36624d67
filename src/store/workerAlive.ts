import { hostname } from "node:os";

/** The default worker name of this process: `<host>:<pid>`. */
export function localWorkerName(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * False only when `worker` names a process on this host (`<host>:<pid>`, the default worker
 * name) that no longer exists; true for a live process and for any name it cannot judge.
 */
export function workerMayBeAlive(worker: string): boolean {
  const m = /^(.*):(\d+)$/.exec(worker);
  if (!m || m[1] !== hostname()) return true;
  const pid = Number(m[2]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
