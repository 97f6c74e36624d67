import { documentId } from "../document/createDocument.js";
import type { ReaderArticle } from "../readers/ReaderArticle.js";
import { ReaderError } from "../readers/ReaderError.js";
import { createUrlFetcher, type UrlFetchOptions, type UrlFetcher } from "../readers/urlFetch.js";
import type { Job, Store } from "../store/Store.js";
import { copyAnalysis } from "../store/copyAnalysis.js";
import type { Analysis } from "../types.js";
import { localWorkerName } from "../store/workerAlive.js";
import { redactCredentials } from "../util/webUrl.js";
import { AnalyzerStartError, createAnalyzer, type Analyzer } from "./analyzerPool.js";
import { readSource } from "./readSource.js";
import { cleanUrl } from "./canonicalUrl.js";
import { isUrl } from "./expandSources.js";

/** One progress event (the `--json` lines of `dossier ingest`). */
export type IngestEvent =
  | { event: "queued"; added: number; pending: number }
  | { event: "stored"; source: string; id: number; docId: string }
  | { event: "copy"; source: string; id: number; copyOf: number }
  | { event: "duplicate"; source: string; id: number | null }
  | { event: "failed"; source: string; code: string; reason: string }
  | { event: "job"; source: string; status: "done" | "duplicate" | "failed" }
  | { event: "waiting"; held: number; sources: string[] }
  | ({ event: "summary" } & IngestSummary);

export interface IngestSummary {
  /** Articles newly stored (copies included). */
  ingested: number;
  /** Of those, copies: the same text as a stored article, from another outlet (its analysis reused). */
  copies: number;
  /** Articles already in the store (same canonical URL, or same text from the same outlet): no-ops. */
  duplicates: number;
  /** Articles or sources that could not be read, fetched or analysed (each recorded in the store). */
  failed: number;
  /** Queue jobs finished by this run. */
  jobs: number;
  /**
   * Jobs still pending or claimed in the queue when this run ended (interrupted, or held by other
   * workers of a shared queue). 0 means every queued source was stored or recorded as failed.
   */
  unfinished: number;
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  /** Analysis threads: 1 (default) analyses in this thread; N ≥ 2 uses N worker threads. Store writes stay in this thread. */
  workers?: number;
  onProgress?: (event: IngestEvent) => void;
  /** URL fetching limits (timeout, size, redirects, private addresses, politeness). */
  fetch?: UrlFetchOptions;
  /** Size limit for files, in bytes (default 16 MiB). */
  maxBytes?: number;
  /** Encoding for input without a BOM (default UTF-8). */
  encoding?: string | null;
  /** Name recorded on claimed jobs (default `<host>:<pid>`). */
  workerName?: string;
  /** Record `sources` in the store's job queue first (default true). With false, only drain the queue. */
  enqueue?: boolean;
  /**
   * When this run began (ms since the epoch; default: when `ingest` is called): a source another
   * run finished since then is not queued again (`Store.enqueue`'s `finishedSince`), so two
   * ingests of one folder started together never analyse an article twice. The CLI passes its
   * process's start.
   */
  startedAt?: number;
  /** Keep polling the queue when it is empty instead of returning (`dossier worker --follow`). */
  follow?: boolean;
  /** Poll interval with `follow`, and while waiting for jobs other live workers hold, in ms (default 2000). */
  pollMs?: number;
  /**
   * When nothing is left to claim but other live workers still hold jobs, wait for them (and take
   * over any whose worker dies) instead of returning. Default: true when `enqueue` is (an ingest
   * finishes only when its sources are done), false for a plain worker.
   */
  waitForOthers?: boolean;
  /** Heartbeat interval renewing the leases of the jobs this run holds, in ms (default 30 s). */
  heartbeatMs?: number;
  /** Stop claiming new jobs once aborted; work in flight is finished. */
  signal?: AbortSignal;
  /** Problems found before reading (e.g. an unreadable directory): recorded as failures first. */
  problems?: readonly ReaderError[];
  /** Articles to store directly, outside the queue (e.g. an article read from stdin). */
  articles?: { input: string; article: ReaderArticle; canonicalUrl?: string | null }[];
  /** Replaces the analyzer (tests). */
  analyzer?: Analyzer;
  /** Replaces the URL fetcher (tests). */
  fetcher?: UrlFetcher;
}

interface JobState {
  job: Job;
  pending: number;
  reading: boolean;
  finished: boolean;
  stored: number;
  duplicates: number;
  failed: number;
  reason: string | null;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Ingests sources (file paths, directories already expanded, http(s) URLs, feeds) into a store:
 * read → analyse → `putAnalysis` (one transaction per article). Resumable: sources go into the
 * store's job queue first and are processed by claim/finish, so re-running after a crash picks up
 * what is left; the store's content-hash uniqueness guarantees each article is stored once.
 * Bad inputs are recorded with `recordFailure`, reported, and the batch goes on. Throws only for
 * store errors (the database itself failing).
 */
export async function ingest(sources: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const startedAt = opts.startedAt ?? Date.now();
  const t0 = performance.now();
  const store = opts.store;
  const emit = opts.onProgress ?? (() => {});
  const workers = Math.max(1, Math.floor(opts.workers ?? 1));
  const analyzer = opts.analyzer ?? createAnalyzer(workers);
  const fetcher = opts.fetcher ?? createUrlFetcher(opts.fetch);
  const name = opts.workerName ?? localWorkerName();
  const waitForOthers = opts.waitForOthers ?? opts.enqueue !== false;
  const limit = Math.max(2, workers * 2);
  const summary = { ingested: 0, copies: 0, duplicates: 0, failed: 0, jobs: 0, unfinished: 0 };
  const inflight = new Set<Promise<void>>();
  const mine = new Map<number, JobState>();
  let fatal: unknown = null;

  const fail = async (rawSource: string, code: string, rawReason: string) => {
    const source = redactCredentials(rawSource);
    const reason = redactCredentials(rawReason);
    summary.failed++;
    await store.recordFailure({ source, reason, code });
    emit({ event: "failed", source, code, reason });
  };

  /** Runs `task` once fewer than `limit` tasks are in flight. */
  const dispatch = async (task: () => Promise<void>) => {
    while (inflight.size >= limit) await Promise.race(inflight);
    const p: Promise<void> = task()
      .catch((e) => {
        fatal ??= e;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };

  /**
   * Analyses and stores one article; returns its outcome. A text already stored under another
   * outlet is not analysed again: its stored analysis is reused for the copy.
   */
  const storeArticle = async (input: string, article: ReaderArticle, canonicalUrl: string | null): Promise<"stored" | "duplicate" | "failed"> => {
    // Articles with one text are stored one after another, in the order they were read: the
    // first is analysed and becomes the original, the next ones reuse its analysis.
    const hash = documentId(article.text);
    const before = sameText.get(hash) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const turn = before.then(() => gate);
    sameText.set(hash, turn);
    await before;
    try {
      return await storeOne(input, article, canonicalUrl, hash);
    } finally {
      release();
      if (sameText.get(hash) === turn) sameText.delete(hash);
    }
  };
  const sameText = new Map<string, Promise<void>>();

  const storeOne = async (input: string, article: ReaderArticle, canonicalUrl: string | null, hash: string): Promise<"stored" | "duplicate" | "failed"> => {
    const match = await store.lookup({ hash, canonicalUrl, outlet: article.outlet });
    if (match.status === "duplicate") {
      summary.duplicates++;
      emit({ event: "duplicate", source: input, id: match.id });
      return "duplicate";
    }
    let analysis: Analysis | null = null;
    if (match.status === "copy") {
      const shared = await store.getAnalysis(match.copyOf);
      if (shared) analysis = copyAnalysis(shared, { title: article.title ?? null, outlet: article.outlet ?? null, published: article.published ?? null, url: article.url ?? null, metadataCandidates: article.metadataCandidates });
    }
    if (analysis === null) {
      try {
        analysis = await analyzer.analyze(article);
      } catch (e) {
        if (e instanceof AnalyzerStartError) throw e;
        await fail(input, "analysis", `analysis failed: ${(e as Error)?.message ?? String(e)}`);
        return "failed";
      }
    }
    const put = await store.putAnalysis(analysis, { source: input, canonicalUrl });
    if (put.status === "duplicate") {
      summary.duplicates++;
      emit({ event: "duplicate", source: input, id: put.id });
      return "duplicate";
    }
    summary.ingested++;
    if (put.status === "copy") {
      summary.copies++;
      emit({ event: "copy", source: input, id: put.id, copyOf: put.copyOf! });
    } else emit({ event: "stored", source: input, id: put.id, docId: analysis.document.id });
    return "stored";
  };

  const finishIfDone = async (st: JobState) => {
    if (st.finished || st.reading || st.pending > 0) return;
    // After a fatal error the job may be incomplete: leave it claimed, so a rerun redoes it.
    if (fatal) return;
    st.finished = true;
    const status = st.stored > 0 ? "done" : st.failed > 0 ? "failed" : st.duplicates > 0 ? "duplicate" : "done";
    await store.finishJob(st.job.id, { status, ...(st.reason ? { reason: st.reason } : {}) });
    mine.delete(st.job.id);
    summary.jobs++;
    emit({ event: "job", source: st.job.source, status });
  };

  const runJob = async (job: Job) => {
    const st: JobState = { job, pending: 0, reading: true, finished: false, stored: 0, duplicates: 0, failed: 0, reason: null };
    mine.set(job.id, st);
    try {
      // A URL already stored under its cleaned form is not fetched again (re-polled feeds).
      const known = isUrl(job.source) ? cleanUrl(job.source) : null;
      if (known && (await store.has({ canonicalUrl: known }))) {
        st.duplicates++;
        summary.duplicates++;
        emit({ event: "duplicate", source: job.source, id: null });
        st.reading = false;
        await finishIfDone(st);
        return;
      }
      for await (const item of readSource(job.source, { fetcher, maxBytes: opts.maxBytes, encoding: opts.encoding })) {
        if (fatal) break;
        if (item.kind === "links") {
          const added = item.links.length ? await store.enqueue(item.links, { finishedSince: startedAt }) : 0;
          emit({ event: "queued", added, pending: (await store.count()).jobsPending });
        } else if (item.kind === "error") {
          st.failed++;
          st.reason ??= `${item.input}: ${item.error.message}`;
          await fail(item.input, item.error.code, item.error.message);
        } else {
          st.pending++;
          await dispatch(async () => {
            try {
              const outcome = await storeArticle(item.input, item.article, item.canonicalUrl);
              if (outcome === "stored") st.stored++;
              else if (outcome === "duplicate") st.duplicates++;
              else st.failed++;
            } finally {
              st.pending--;
            }
            await finishIfDone(st);
          });
        }
      }
    } catch (e) {
      if (!(e instanceof ReaderError)) throw e;
      st.failed++;
      st.reason ??= e.message;
      await fail(job.source, e.code, e.message);
    }
    st.reading = false;
    await finishIfDone(st);
  };

  const readers = new Set<Promise<void>>();
  const readLimit = Math.max(2, limit);
  // A live run renews its claims, so no one takes them over while it works on them.
  const heartbeat = setInterval(() => {
    if (mine.size) store.renewClaims(name).catch(() => undefined);
  }, opts.heartbeatMs ?? 30_000);
  heartbeat.unref();
  let waitingFor = -1;
  try {
    for (const p of opts.problems ?? []) await fail(p.input, p.code, p.message);
    for (const a of opts.articles ?? []) {
      await dispatch(async () => {
        await storeArticle(a.input, a.article, a.canonicalUrl ?? null);
      });
    }
    if (opts.enqueue !== false && sources.length) {
      const added = await store.enqueue([...sources], { finishedSince: startedAt });
      emit({ event: "queued", added, pending: (await store.count()).jobsPending });
    }
    // Several sources are read at once (URLs from different hosts fetch in parallel; one host's
    // requests stay spaced by the fetcher), each claimed only when a reading slot is free.
    for (;;) {
      while (readers.size >= readLimit && !fatal) await Promise.race(readers);
      if (fatal || opts.signal?.aborted) break;
      // Ask for our in-flight jobs too: a store may hand them back (lease renewal); they are skipped.
      const claimed = await store.claim(name, mine.size + (readLimit - readers.size));
      const fresh = claimed.filter((j) => !mine.has(j.id));
      if (fresh.length === 0) {
        if (readers.size > 0 || inflight.size > 0) {
          await Promise.race([...readers, ...inflight]);
          continue;
        }
        if (opts.follow) {
          await sleep(opts.pollMs ?? 2000);
          continue;
        }
        if (waitForOthers) {
          // Jobs other live workers hold are waited for; a dead one's are claimed on the next pass.
          const held = await store.claimedByOthers(name);
          if (held.count > 0) {
            if (held.count !== waitingFor) emit({ event: "waiting", held: held.count, sources: held.sources });
            waitingFor = held.count;
            await sleep(opts.pollMs ?? 2000);
            continue;
          }
        }
        break;
      }
      for (const job of fresh) {
        const p: Promise<void> = runJob(job)
          .catch((e) => {
            fatal ??= e;
          })
          .finally(() => readers.delete(p));
        readers.add(p);
      }
    }
    await Promise.all(readers);
    await Promise.all(inflight);
  } finally {
    clearInterval(heartbeat);
    await Promise.allSettled(readers);
    await Promise.allSettled(inflight);
    if (!opts.analyzer) await analyzer.close();
  }
  if (fatal) throw fatal;
  summary.unfinished = (await store.count()).jobsPending;
  const result: IngestSummary = { ...summary, seconds: (performance.now() - t0) / 1000 };
  emit({ event: "summary", ...result });
  return result;
}
