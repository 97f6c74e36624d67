// Peak memory that storing one large analysis adds (issue 17): the analysis is read from a file
// (or made with `analyze` from bench/bigText.ts), then stored in a fresh SQLite store with
// `putAnalysis` while the process's peak RSS is measured from that point (Linux: the peak is
// reset through /proc/self/clear_refs and read from VmHWM in /proc/self/status).
//
//   node --expose-gc --import tsx bench/bigStore.ts [--analysis FILE.json | --bytes 10000000 [polnear]] [--db FILE]
//
// FILE.json: one dossier.analysis/1 record (e.g. `dossier analyze --json big.txt > FILE.json`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../src/index.js";
import type { Analysis } from "../src/index.js";
import { openStore } from "../src/store/openStore.js";
import { bigText, hasPolnear } from "./bigText.js";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const status = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN) / 1024;

const file = opt("--analysis");
const analysis: Analysis = file ? (JSON.parse(fs.readFileSync(file, "utf8")) as Analysis) : analyze({ text: bigText(Number(opt("--bytes") ?? 10_000_000), args.includes("polnear") && hasPolnear), published: "2024-08-19" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bigstore-"));
const db = opt("--db") ?? path.join(dir, "big.db");
try {
  const store = await openStore(db);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = status("VmRSS");
  fs.writeFileSync("/proc/self/clear_refs", "5");
  const c0 = process.cpuUsage();
  const put = await store.putAnalysis(analysis, { source: "bench/bigStore" });
  const c = process.cpuUsage(c0);
  const peak = status("VmHWM");
  await store.close();
  process.stdout.write(
    JSON.stringify({ status: put.status, textChars: analysis.document.text.length, quotes: analysis.quotes.length, entities: analysis.entities.length, rssBeforeMB: Math.round(rssBefore), peakDuringPutMB: Math.round(peak), addedMB: Math.round(peak - rssBefore), putCpuSeconds: (c.user + c.system) / 1e6, dbMB: Math.round(fs.statSync(db).size / 1048576), load: os.loadavg()[0] }) + "\n",
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
