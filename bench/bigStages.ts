// Child process: one large PolNeAR join (as bench/bigArticle.ts builds it), each pipeline stage
// timed (CPU seconds) with the heap in use after it (after a full GC when run with --expose-gc):
// where a large text's time and memory go.
//
//   node --expose-gc --import tsx bench/bigStages.ts [bytes=2000000]
import type { Layers, StageContext } from "../src/types.js";
import { defaultStages } from "../src/pipeline.js";
import { createDocument } from "../src/document/createDocument.js";
import { bigText } from "./bigText.js";

const text = bigText(Number(process.argv[2] ?? 2_000_000));
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => Math.round(n / 1048576);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
const doc = createDocument({ text, published: "2024-08-19" });
const layers: Layers = { paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], times: [], figures: [] };
const ctx: StageContext = { report: () => {} };
const rows: Record<string, unknown>[] = [];
for (const stage of defaultStages) {
  const c0 = cpu();
  const out = stage.run(doc, layers, ctx) as Partial<Layers>;
  const cpuSeconds = cpu() - c0;
  for (const p of stage.produces) (layers as unknown as Record<string, unknown>)[p] = out[p];
  gc?.();
  rows.push({ stage: stage.name, cpuSeconds: Math.round(cpuSeconds * 100) / 100, heapMB: mb(process.memoryUsage().heapUsed), rssMB: mb(process.memoryUsage().rss), peakRssMB: mb(process.resourceUsage().maxRSS * 1024) });
}
for (const r of rows) process.stdout.write(JSON.stringify(r) + "\n");
