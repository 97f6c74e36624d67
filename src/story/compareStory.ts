/**
 * `compareStory`: lines up what each outlet reports about one story and says where they agree
 * and differ. Pure over `Analysis[]`; every item carries document ids, the claim spans and the
 * sentence spans of both sides.
 */
import { compareCauses } from "./compare/causes.js";
import type { Analysis } from "../types.js";
import type { StoryReport } from "./StoryReport.js";
import { prepareDocs } from "./compare/docs.js";
import { compareDates, type DateOptions } from "./compare/dates.js";
import { compareDirections } from "./compare/directions.js";
import { compareFigures, type FigureOptions } from "./compare/figures.js";
import { figureAttributionShifts } from "./compare/figureAttribution.js";
import { compareFraming } from "./compare/framing.js";
import { compareIncidents } from "./compare/incidents.js";
import { comparePresence } from "./compare/presence.js";
import { compareQuotes, type QuoteOptions } from "./compare/quotes.js";
import { figureTimelines } from "./compare/timelines.js";
import { recordShifts } from "./compare/records.js";

export interface CompareOptions {
  /**
   * Wire-copy group per analysis (same number = reprints of one text, counted once). Default:
   * near-duplicate detection over word 5-shingles (`findSyndication`, Jaccard ≥ 0.8).
   */
  groups?: number[];
  figures?: FigureOptions;
  quotes?: QuoteOptions;
  dates?: DateOptions;
}

/** Compares the analyses of one story's articles (see docs/STORY.md for the report). */
export function compareStory(analyses: readonly Analysis[], opts: CompareOptions = {}): StoryReport {
  const docs = prepareDocs(analyses, opts.groups);
  const figures = compareFigures(docs, opts.figures);
  const quotes = compareQuotes(docs, opts.quotes);
  const dates = compareDates(docs, opts.dates);
  const incidents = compareIncidents(docs);
  const presence = comparePresence(docs, figures, quotes, dates);
  const framing = compareFraming(docs);
  const agreements = [...figures.agreements, ...quotes.agreements, ...dates.agreements].sort((a, b) => b.sources - a.sources || a.key.localeCompare(b.key));
  const report: StoryReport = {
    schema: "dossier.story/1",
    sources: docs.map((d) => ({
      docId: d.analysis.document.id,
      outlet: d.outlet,
      published: d.analysis.document.published,
      title: d.analysis.document.title,
      group: d.group,
    })),
    independentSources: new Set(docs.map((d) => d.group)).size,
    agreements,
    numericConflicts: figures.conflicts,
    qualifierDifferences: figures.qualifiers,
    quoteVariants: quotes.variants,
    attributionShifts: [...quotes.shifts, ...figureAttributionShifts(docs, quotes.shifts), ...recordShifts(docs)],
    dateConflicts: [...dates.conflicts, ...incidents.dateConflicts],
    figureTimelines: figureTimelines(docs),
    placeConflicts: [...incidents.placeConflicts, ...compareDirections(docs, incidents.placeConflicts)],
    causeConflicts: compareCauses(docs),
    presence,
    framing,
  };
  // One name per article everywhere in the report: an article without an outlet is "article N"
  // in every list and every piece of evidence (was "?" in some places, "article 2" in others).
  nameOutlets(report, new Map(docs.map((d) => [d.analysis.document.id, d.outlet])));
  return report;
}

function nameOutlets(node: unknown, names: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) {
    for (const x of node) nameOutlets(x, names);
  } else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.docId === "string" && "outlet" in o && o.outlet === null) o.outlet = names.get(o.docId) ?? null;
    for (const v of Object.values(o)) if (v && typeof v === "object") nameOutlets(v, names);
  }
}

