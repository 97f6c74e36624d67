import type { ArticleRow, Store } from "../store/Store.js";
import type { Analysis } from "../types.js";
import type { StoryReport } from "../story/StoryReport.js";
import { compareStory } from "../story/compareStory.js";
import { withCopies } from "../story/report/storyCounts.js";

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
  report: StoryReport;
  /** The story's articles; `byDocId` maps a report's document ids to article ids (for links). */
  articles: ArticleRow[];
  byDocId: Map<string, number>;
}

/** The report arrays whose items are each one difference (counted in the story list). */
const DIFFERENCE_KEYS = ["numericConflicts", "qualifierDifferences", "dateConflicts", "quoteVariants", "attributionShifts", "placeConflicts"];

const reportJson = new WeakMap<StoryReport, string>();

/** The report serialised once (reports are cached and served many times). */
export function storyJson(report: StoryReport): string {
  let s = reportJson.get(report);
  if (s === undefined) reportJson.set(report, (s = JSON.stringify(report)));
  return s;
}

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
  at: number;
  stories: StoryEntry[];
  byArticle: Map<number, number>;
  rows: Map<number, ArticleRow>;
}

export interface StoryIndexOptions {
  /** Age after which the story listing is rebuilt in the background (ms, default 5000). */
  ttlMs?: number;
  /** Story reports kept in memory (default 1024). */
  cacheSize?: number;
}

/**
 * The stories of a store for the server: a cached listing built from `storyAssignments()` and
 * the article rows, story reports computed with `compareStory` and kept in a small LRU keyed by
 * the story's members and their engine versions, and incremental clustering of articles that
 * have no story yet (serialised: one clustering at a time).
 */
export class StoryIndex {
  private listing: Listing | null = null;
  private building: Promise<Listing> | null = null;
  private refreshing: Promise<void> | null = null;
  private reports = new Map<string, StoryReport>();
  private clustering: Promise<void> | null = null;
  private readonly ttlMs: number;
  private readonly cacheSize: number;

  constructor(private readonly store: Store, options: StoryIndexOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.cacheSize = options.cacheSize ?? 1024;
  }

  /** Forgets the cached listing (after a write). Reports stay: their key changes with their members. */
  invalidate(): void {
    this.listing = null;
    this.building = null;
  }

  /**
   * The listing. A fresh one is built when there is none (first use, or after a write through
   * this server); one older than the TTL is served as is while a rebuild runs in the background
   * (rebuilding reads every article row: hundreds of ms at 10,000 articles).
   */
  private async load(): Promise<Listing> {
    if (this.listing) {
      if (Date.now() - this.listing.at >= this.ttlMs && !this.refreshing) {
        this.refreshing = this.build()
          .then((l) => {
            if (this.listing !== null) this.listing = l;
          })
          .catch(() => undefined)
          .finally(() => (this.refreshing = null));
      }
      return this.listing;
    }
    const built = await (this.building ??= this.build().finally(() => (this.building = null)));
    this.listing = built;
    return built;
  }

  private async build(): Promise<Listing> {
    const at = Date.now();
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
    return { at, stories, byArticle, rows: byId };
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
    const entry = (await this.load()).stories.find((s) => s.id === id);
    if (!entry) return null;
    const rowsById = (await this.load()).rows;
    const articles = entry.articleIds.map((aid) => rowsById.get(aid)).filter((r): r is ArticleRow => Boolean(r));
    const key = `${id}:${articles.map((r) => `${r.id}@${r.engineVersion}`).join(",")}`;
    let report = this.reports.get(key);
    if (report) {
      this.reports.delete(key);
    } else {
      const analyses: Analysis[] = [];
      for (const r of articles) {
        const a = await this.store.getAnalysis(r.id);
        if (a) analyses.push(a);
      }
      report = withCopies(compareStory(analyses), analyses);
    }
    this.reports.set(key, report);
    while (this.reports.size > this.cacheSize) this.reports.delete(this.reports.keys().next().value as string);
    const byDocId = new Map<string, number>();
    for (const r of articles) if (!byDocId.has(r.docId)) byDocId.set(r.docId, r.id);
    return { entry, report, articles, byDocId };
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
