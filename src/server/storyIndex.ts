import type { ArticleRow, Store } from "../store/Store.js";
import type { StoryReport } from "../story/StoryReport.js";
import { computeStoryReport } from "../story/report/computeStoryReport.js";
import { storyFingerprint } from "../story/report/storyFingerprint.js";
import { StoredBody } from "./storedBody.js";

/** One story in the listing: read from the store's story assignments, no clustering needed. */
export interface StoryEntry {
  id: number;
  /** The title of its earliest article (else its first article's outlet, else "Story N"). */
  title: string;
  first: string | null;
  last: string | null;
  size: number;
  outlets: string[];
  articleIds: number[];
}

export interface StoryView {
  entry: StoryEntry;
  /** The report (parsed from `json` on first use). */
  readonly report: StoryReport;
  /** The report serialised, as stored and as the API sends it. */
  json: string;
  /** The same JSON as a response body (bytes, ETag, gzip), made once per report in memory. */
  readonly body: StoredBody;
  /** The story's articles; `byDocId` maps a report's document ids to article ids (for links). */
  articles: ArticleRow[];
  byDocId: Map<string, number>;
  /**
   * Things made from this very report and members (a rendered page), kept with the report in
   * memory and dropped with it.
   */
  made: Map<string, StoredBody>;
}

/** The report arrays whose items are each one difference (counted in the story list). */
const DIFFERENCE_KEYS = ["numericConflicts", "qualifierDifferences", "dateConflicts", "quoteVariants", "attributionShifts", "placeConflicts", "causeConflicts"];

/**
 * How many differences a story report holds: conflicts, qualifier differences, quote variants,
 * attribution shifts, and the disagreements inside figure timelines (a later, larger toll is
 * growth, not a difference). Labels and omissions are listed on the story page, not counted.
 */
export function differenceCount(report: StoryReport): number {
  const r = report as unknown as Record<string, unknown>;
  let n = 0;
  for (const k of DIFFERENCE_KEYS) if (Array.isArray(r[k])) n += (r[k] as unknown[]).length;
  for (const t of report.figureTimelines ?? []) n += t.disagreements?.length ?? 0;
  return n;
}

interface Listing {
  /** The store's change count when the listing was read. */
  version: number;
  stories: StoryEntry[];
  byId: Map<number, StoryEntry>;
  byArticle: Map<number, number>;
  rows: Map<number, ArticleRow>;
  /** Each story's members and their fingerprint (`storyFingerprint`), worked out once per listing. */
  members: Map<number, { articles: ArticleRow[]; fingerprint: string }>;
}

/** A story report held in memory: its JSON, parsed when a page needs the object. */
interface CachedReport {
  json: string;
  body?: StoredBody;
  report?: StoryReport;
  /** Computed while an analysis was replaced: served once, neither stored nor kept. */
  transient?: boolean;
  made?: Map<string, StoredBody>;
}

export interface StoryIndexOptions {
  /**
   * How often the store's change count is read (ms, default 1000): when it moved (a write by
   * any process), the listing is rebuilt in the background and the reports in memory dropped.
   */
  checkMs?: number;
  /** Story reports kept in memory (default 1024). */
  cacheSize?: number;
}

/**
 * The stories of a store for the server: a cached listing built from `storyAssignments()` and
 * the article rows, and story reports. A report is computed with `compareStory` once, stored in
 * the store under the fingerprint of its members (`storyFingerprint`) and from then on read as
 * JSON; the server precomputes the reports of new and changed stories after clustering
 * (`precompute`). Also: incremental clustering of articles that have no story yet (serialised:
 * one clustering at a time).
 */
export class StoryIndex {
  private listing: Listing | null = null;
  private building: Promise<Listing> | null = null;
  private refreshing: Promise<void> | null = null;
  private checking: Promise<void> | null = null;
  private checkedAt = 0;
  private reports = new Map<string, CachedReport>();
  private computing = new Map<string, Promise<CachedReport>>();
  private clustering: Promise<void> | null = null;
  /** False once storing a report failed (a read-only store): reports are then only kept in memory. */
  private persist = true;
  private readonly checkMs: number;
  private readonly cacheSize: number;

  constructor(private readonly store: Store, options: StoryIndexOptions = {}) {
    this.checkMs = options.checkMs ?? 1000;
    this.cacheSize = options.cacheSize ?? 1024;
  }

  /** Forgets the cached listing and the reports in memory (after a write through this server). */
  invalidate(): void {
    this.listing = null;
    this.building = null;
    this.reports.clear();
  }

  /**
   * The listing. A fresh one is built when there is none (first use, or after a write through
   * this server). At most every `checkMs` the store's change count is read; when it moved, the
   * listing is rebuilt in the background (it reads every article row: hundreds of ms at 10,000
   * articles) and served as is meanwhile.
   */
  private async load(): Promise<Listing> {
    const listing = this.listing;
    if (listing) {
      if (Date.now() - this.checkedAt >= this.checkMs && !this.checking && !this.refreshing) {
        this.checkedAt = Date.now();
        this.checking = this.store
          .changeCount()
          .then((n) => {
            if (n.any !== listing.version && this.listing === listing) this.refresh();
          })
          .catch(() => undefined)
          .finally(() => (this.checking = null));
      }
      return listing;
    }
    const built = await (this.building ??= this.build().finally(() => (this.building = null)));
    this.listing = built;
    this.checkedAt = Date.now();
    return built;
  }

  private refresh(): void {
    this.refreshing = this.build()
      .then((l) => {
        if (this.listing !== null) {
          this.listing = l;
          this.reports.clear();
        }
      })
      .catch(() => undefined)
      .finally(() => (this.refreshing = null));
  }

  private async build(): Promise<Listing> {
    // Read the change count first: a write racing with the reads below moves it again.
    const version = (await this.store.changeCount()).any;
    const [rows, assignments] = await Promise.all([this.store.listArticles({}), this.store.storyAssignments()]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const members = new Map<number, ArticleRow[]>();
    const byArticle = new Map<number, number>();
    for (const a of assignments) {
      const row = byId.get(a.articleId);
      if (!row) continue;
      byArticle.set(a.articleId, a.storyId);
      const list = members.get(a.storyId) ?? [];
      list.push(row);
      members.set(a.storyId, list);
    }
    const stories: StoryEntry[] = [];
    for (const [id, list] of members) {
      list.sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id - b.id);
      const dates = list.map((r) => r.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
      const outlets = [...new Set(list.map((r) => r.outlet).filter((o): o is string => Boolean(o)))].sort((a, b) => a.localeCompare(b));
      stories.push({
        id,
        title: list.find((r) => r.title)?.title ?? list[0].outlet ?? `Story ${id}`,
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        size: list.length,
        outlets,
        articleIds: list.map((r) => r.id).sort((a, b) => a - b),
      });
    }
    // Newest first, then larger stories, then id.
    stories.sort((a, b) => (b.last ?? "").localeCompare(a.last ?? "") || b.size - a.size || a.id - b.id);
    return { version, stories, byId: new Map(stories.map((e) => [e.id, e])), byArticle, rows: byId, members: new Map() };
  }

  /** Every story, newest first. */
  async list(): Promise<StoryEntry[]> {
    return (await this.load()).stories;
  }

  /** Every outlet in the store, sorted (for the search form). */
  async outlets(): Promise<string[]> {
    const rows = (await this.load()).rows;
    return [...new Set([...rows.values()].map((r) => r.outlet).filter((o): o is string => Boolean(o)))].sort((a, b) => a.localeCompare(b));
  }

  /** The story an article belongs to, or null. */
  async storyOf(articleId: number): Promise<number | null> {
    return (await this.load()).byArticle.get(articleId) ?? null;
  }

  /** One story with its comparison report, or null when there is no such story. */
  async view(id: number): Promise<StoryView | null> {
    const listing = await this.load();
    const entry = listing.byId.get(id);
    if (!entry) return null;
    const { articles, fingerprint } = this.members(listing, entry);
    const cached = await this.report(entry.id, articles, fingerprint, true);
    const byDocId = new Map<string, number>();
    for (const r of articles) if (!byDocId.has(r.docId)) byDocId.set(r.docId, r.id);
    return {
      entry,
      json: cached.json,
      get body() {
        return (cached.body ??= new StoredBody(cached.json, "application/json"));
      },
      get report() {
        return (cached.report ??= JSON.parse(cached.json) as StoryReport);
      },
      articles,
      byDocId,
      made: (cached.made ??= new Map()),
    };
  }

  /** One story's report as JSON (what `GET /api/stories/{id}` sends), or null when there is no such story. */
  async reportJson(id: number): Promise<string | null> {
    return (await this.cachedReport(id))?.json ?? null;
  }

  /** The same as a response body (bytes, ETag, gzip: made once per report in memory), or null. */
  async reportBody(id: number): Promise<StoredBody | null> {
    const cached = await this.cachedReport(id);
    return cached ? (cached.body ??= new StoredBody(cached.json, "application/json")) : null;
  }

  private async cachedReport(id: number): Promise<CachedReport | null> {
    const listing = await this.load();
    const entry = listing.byId.get(id);
    if (!entry) return null;
    const { articles, fingerprint } = this.members(listing, entry);
    return this.report(entry.id, articles, fingerprint, true);
  }

  /**
   * Computes and stores the reports of every story whose stored report is missing or stale,
   * newest stories first, yielding to pending requests between stories. Returns how many were
   * computed.
   */
  async precompute(): Promise<number> {
    const listing = await this.load();
    const stored = await this.store.storyReportFingerprints();
    let n = 0;
    for (const entry of listing.stories) {
      if (this.listing !== listing && this.listing !== null) break; // a newer listing: the next run takes over
      const { articles, fingerprint } = this.members(listing, entry);
      if (stored.get(entry.id) === fingerprint) continue;
      await this.report(entry.id, articles, fingerprint, false);
      n++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return n;
  }

  /** A story's member rows in comparison order, and their fingerprint (hashed once per listing). */
  private members(listing: Listing, entry: StoryEntry): { articles: ArticleRow[]; fingerprint: string } {
    let m = listing.members.get(entry.id);
    if (!m) {
      const articles = entry.articleIds.map((aid) => listing.rows.get(aid)).filter((r): r is ArticleRow => Boolean(r));
      listing.members.set(entry.id, (m = { articles, fingerprint: storyFingerprint(articles) }));
    }
    return m;
  }

  /**
   * A story's report: from memory, else from the store when stored under the members'
   * fingerprint, else computed and stored. A report computed while an analysis was replaced
   * (`reanalyze`) is returned but neither stored nor kept: it may hold the old analysis.
   */
  private async report(id: number, articles: ArticleRow[], fingerprint: string, keep: boolean): Promise<CachedReport> {
    const key = `${id}:${fingerprint}`;
    const hit = this.reports.get(key);
    if (hit) {
      this.reports.delete(key);
      this.reports.set(key, hit);
      return hit;
    }
    let pending = this.computing.get(key);
    if (!pending) {
      pending = (async (): Promise<CachedReport> => {
        const stored = await this.store.storyReport(id, fingerprint);
        if (stored !== null) return { json: stored };
        const before = (await this.store.changeCount()).analyses;
        const json = JSON.stringify(await computeStoryReport(this.store, articles));
        if ((await this.store.changeCount()).analyses !== before) return { json, transient: true };
        if (this.persist) {
          await this.store.putStoryReport(id, fingerprint, json).catch((e) => {
            this.persist = false;
            process.stderr.write(`dossier serve: story reports are kept in memory only (cannot store them: ${String((e as Error)?.message ?? e).split("\n")[0]})\n`);
          });
        }
        return { json };
      })().finally(() => this.computing.delete(key));
      this.computing.set(key, pending);
    }
    const cached = await pending;
    if (keep && !cached.transient) {
      this.reports.set(key, cached);
      while (this.reports.size > this.cacheSize) this.reports.delete(this.reports.keys().next().value as string);
    }
    return cached;
  }

  /**
   * Puts articles that have no story yet into stories (`clusterStore`, incremental: existing
   * stories keep their ids). One run at a time; a call while one runs waits for it and runs again.
   */
  async clusterNew(): Promise<void> {
    while (this.clustering) await this.clustering.catch(() => undefined);
    const run = (async () => {
      const [counts, assignments] = await Promise.all([this.store.count(), this.store.storyAssignments()]);
      if (counts.articles > assignments.length) {
        const { clusterStore } = await import("../story/cluster/clusterStore.js");
        await clusterStore(this.store);
      }
      this.invalidate();
    })();
    this.clustering = run;
    try {
      await run;
    } finally {
      this.clustering = null;
    }
  }
}
