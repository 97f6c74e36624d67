import type { Analysis } from "../../types.js";
import type { SourceInfo, StoryReport } from "../StoryReport.js";

/** The heading numbers of a story report. */
export interface StoryCounts {
  /** Articles: the compared sources plus the exact copies of their texts. */
  articles: number;
  /** Outlets that carried the story (`outlets` when set; an article without an outlet counts as one). */
  outlets: number;
  /** Independent sources: wire reprints and exact copies of one text count once. */
  independentSources: number;
}

/** "N articles, N outlets, K independent sources" of a report. */
export function storyCounts(r: StoryReport): StoryCounts {
  const all = [...r.sources, ...(r.copies ?? [])];
  const unnamed = all.filter((s) => s.outlet === null).length;
  const outlets = r.outlets ? r.outlets.length + unnamed : new Set(all.map((s, i) => s.outlet ?? `\u0000${i}`)).size;
  return { articles: all.length, outlets, independentSources: r.independentSources };
}

/** "5 articles, 4 outlets, 2 independent sources". */
export function storyCountsLine(r: StoryReport): string {
  const c = storyCounts(r);
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return `${n(c.articles, "article", "articles")}, ${n(c.outlets, "outlet", "outlets")}, ${n(c.independentSources, "independent source", "independent sources")}`;
}

/**
 * Adds the exact copies (a later analysis of a text already among the sources: wire copy stored
 * from another outlet) that the comparison leaves out, and the outlets that carried the story.
 */
export function withCopies(report: StoryReport, analyses: readonly Analysis[]): StoryReport {
  const seen = new Set<string>();
  const copies: SourceInfo[] = [];
  for (const a of analyses) {
    const d = a.document;
    if (!seen.has(d.id)) {
      seen.add(d.id);
      continue;
    }
    const source = report.sources.find((s) => s.docId === d.id);
    if (source) copies.push({ docId: d.id, outlet: d.outlet, published: d.published, title: d.title, group: source.group });
  }
  const outlets = [...new Set(analyses.map((a) => a.document.outlet).filter((o): o is string => !!o))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return copies.length ? { ...report, copies, outlets } : { ...report, outlets };
}
