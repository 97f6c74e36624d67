// Worker thread: analyses articles sent by the main thread (src/corpus/analyzerPool.ts).
// Messages in: { id, article }; out: { id, analysis } or { id, error }.
import { parentPort } from "node:worker_threads";
import { createEngine } from "../engine.js";
import type { ArticleInput } from "../types.js";

const engine = createEngine();
const port = parentPort;
if (!port) throw new Error("analysisWorker must run in a worker thread");

port.on("message", (m: { id: number; article: ArticleInput }) => {
  try {
    port.postMessage({ id: m.id, analysis: engine.analyze(m.article) });
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error)?.message ?? String(e) });
  }
});
port.postMessage({ ready: true });
