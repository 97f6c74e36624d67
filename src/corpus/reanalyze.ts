import { ENGINE_VERSION } from "../version.js";
import type { Store } from "../store/Store.js";
import { createAnalyzer, type Analyzer } from "./analyzerPool.js";

export interface ReanalyzeOptions {
  store: Store;
  /** Analysis threads (default 1: this thread). */
  workers?: number;
  /** Re-analyse every article, not only those from another engine version. */
  all?: boolean;
  onProgress?: (e: { event: "reanalyzed" | "failed"; id: number; from: string; reason?: string }) => void;
  analyzer?: Analyzer;
}

export interface ReanalyzeSummary {
  reanalyzed: number;
  failed: number;
  /** Articles already analysed by this engine version (left alone; copies follow their original and are not counted). */
  current: number;
  seconds: number;
}

/**
 * Re-runs the analysis of stored articles whose analysis came from another engine version
 * (or all, with `all`) and replaces it (`replaceAnalysis`, one transaction per article). The
 * text and metadata are the stored ones, so every offset stays valid. Copies of a text (wire copy
 * from other outlets) are not re-analysed: they share their original's analysis, and replacing it
 * refreshes their index rows.
 */
export async function reanalyze(opts: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const t0 = performance.now();
  const { store } = opts;
  const analyzer = opts.analyzer ?? createAnalyzer(opts.workers ?? 1);
  const emit = opts.onProgress ?? (() => {});
  const ids: { id: number; from: string }[] = [];
  let copies = 0;
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const rows = await store.listArticles({ ...(opts.all ? {} : { engineVersionNot: ENGINE_VERSION }), limit: page, offset });
    // A copy shares its original's analysis: replacing the original refreshes it.
    for (const r of rows) {
      if (r.copyOf === null) ids.push({ id: r.id, from: r.engineVersion });
      else copies++;
    }
    if (rows.length < page) break;
  }
  const total = (await store.count()).articles;
  let reanalyzed = 0;
  let failed = 0;
  const limit = Math.max(2, (opts.workers ?? 1) * 2);
  const inflight = new Set<Promise<void>>();
  try {
    for (const { id, from } of ids) {
      while (inflight.size >= limit) await Promise.race(inflight);
      const task = (async () => {
        const old = await store.getAnalysis(id);
        if (!old) return;
        const d = old.document;
        try {
          const next = await analyzer.analyze({ text: d.text, title: d.title, outlet: d.outlet, published: d.published, url: d.url, language: d.language, ...(d.metadataCandidates ? { metadataCandidates: d.metadataCandidates } : {}), ...(d.furniture?.length ? { furniture: d.furniture } : {}) } as Parameters<Analyzer["analyze"]>[0]);
          await store.replaceAnalysis(id, next);
          reanalyzed++;
          emit({ event: "reanalyzed", id, from });
        } catch (e) {
          failed++;
          const reason = (e as Error)?.message ?? String(e);
          await store.recordFailure({ source: `article ${id}`, reason: `reanalyze: ${reason}`, code: "analysis" });
          emit({ event: "failed", id, from, reason });
        }
      })();
      const p: Promise<void> = task.finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.all(inflight);
  } finally {
    if (!opts.analyzer) await analyzer.close();
  }
  return { reanalyzed, failed, current: total - ids.length - copies, seconds: (performance.now() - t0) / 1000 };
}
