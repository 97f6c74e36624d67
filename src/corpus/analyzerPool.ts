import { Worker } from "node:worker_threads";
import type { Engine } from "../engine.js";
import type { Analysis, ArticleInput } from "../types.js";

/** Analyses articles, in this thread or in worker threads. */
export interface Analyzer {
  analyze(article: ArticleInput): Promise<Analysis>;
  close(): Promise<void>;
}

/**
 * `workers` ≤ 1: analysis in this thread (one engine). `workers` ≥ 2: that many worker threads,
 * each with its own engine; a task goes to the least busy one. A crashed worker fails its tasks
 * and is replaced.
 */
export function createAnalyzer(workers = 1): Analyzer {
  return workers <= 1 ? inThread() : new WorkerPool(workers);
}

function inThread(): Analyzer {
  let engine: Engine | null = null;
  return {
    async analyze(article) {
      if (!engine) engine = (await import("../engine.js")).createEngine();
      return engine.analyze(article);
    },
    async close() {},
  };
}

/**
 * A new analysis worker. Compiled (dist/): the `.js` worker next to this module. Under tsx (tests,
 * `node --import tsx`): the `.ts` worker, loaded through tsx's ESM API registered inside the
 * worker (loader flags in a worker's execArgv are not honoured on Node 20).
 */
function startWorker(): Worker {
  // Flags that only make sense for the main script (e.g. `--input-type` with `-e`) break a worker.
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./analysisWorker.js", import.meta.url), { execArgv });
  const script = new URL("./analysisWorker.ts", import.meta.url).href;
  const api = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); }).catch((e) => { throw e; });`;
  return new Worker(boot, { eval: true, execArgv });
}

interface Task {
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
  ready: boolean;
}

/** An analysis worker could not start at all: nothing can be analysed (fatal, not an input problem). */
export class AnalyzerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnalyzerStartError";
  }
}

class WorkerPool implements Analyzer {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private broken: AnalyzerStartError | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, tasks: new Map(), ready: false };
    worker.on("message", (m: { id?: number; ready?: boolean; analysis?: Analysis; error?: string }) => {
      if (m.ready) slot.ready = true;
      if (m.id === undefined) return;
      const t = slot.tasks.get(m.id);
      if (!t) return;
      slot.tasks.delete(m.id);
      if (m.analysis) t.resolve(m.analysis);
      else t.reject(new Error(m.error ?? "analysis failed"));
    });
    const fail = (why: string) => {
      const err = slot.ready ? new Error(why) : new AnalyzerStartError(`cannot start an analysis worker: ${why}`);
      if (err instanceof AnalyzerStartError) this.broken ??= err;
      for (const t of slot.tasks.values()) t.reject(err);
      slot.tasks.clear();
      if (this.closed || !slot.ready) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    };
    worker.on("error", (e) => fail(slot.ready ? `analysis worker crashed: ${e.message}` : e.message));
    worker.on("exit", (code) => {
      if (!this.closed) fail(`analysis worker exited (code ${code})`);
    });
    worker.unref();
    return slot;
  }

  analyze(article: ArticleInput): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error("analyzer is closed"));
    if (this.broken) return Promise.reject(this.broken);
    let slot = this.slots[0];
    for (const s of this.slots) if (s.tasks.size < slot.tasks.size) slot = s;
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      slot.tasks.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ id, article });
    }).finally(() => {
      if (slot.tasks.size === 0) slot.worker.unref();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
