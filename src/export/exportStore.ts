import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ArticleFilter, Store } from "../store/Store.js";
import type { Analysis } from "../types.js";
import { BRAT_CONF, bratStandoff } from "./bratStandoff.js";
import { conllColumns } from "./conllColumns.js";
import { CSV_TABLES } from "./csvTables.js";
import { csvRecord } from "./csvField.js";

export type ExportFormat = "jsonl" | "csv" | "brat" | "conll";
export const EXPORT_FORMATS: ExportFormat[] = ["jsonl", "csv", "brat", "conll"];

export interface ExportOptions {
  format: ExportFormat;
  /** Output directory (created if missing). */
  out: string;
  filter?: Omit<ArticleFilter, "limit" | "offset">;
  onArticle?: (articleId: number) => void;
}

export interface ExportSummary {
  articles: number;
  /** Files written, relative to `out`. */
  files: string[];
}

/** The brat / file stem for a document: the hex of its sha256 id. */
export function docStem(docId: string): string {
  return docId.replace(/^sha256:/, "");
}

/** Every stored analysis matching the filter, in article order, a page at a time. */
export async function* storedAnalyses(store: Store, filter: ExportOptions["filter"] = {}): AsyncGenerator<{ id: number; analysis: Analysis }> {
  const page = 500;
  for (let offset = 0; ; offset += page) {
    const rows = await store.listArticles({ ...filter, limit: page, offset });
    for (const r of rows) {
      const analysis = await store.getAnalysis(r.id);
      if (analysis) yield { id: r.id, analysis };
    }
    if (rows.length < page) return;
  }
}

/**
 * Writes the stored analyses to `out` in one format:
 *  - jsonl: `analyses.jsonl`, one dossier.analysis/1 record per line (the contract);
 *  - csv: `articles.csv`, `quotes.csv`, `figures.csv`, `entities.csv` (one row per mention),
 *    `times.csv` — RFC 4180, UTF-8, CRLF, with header rows and UTF-16 offsets;
 *  - brat: `<sha256-hex>.txt` + `.ann` per article, and `annotation.conf`;
 *  - conll: `entities.conll` (token, POS, IOB2 tag; `-DOCSTART-` between articles).
 */
export async function exportStore(store: Store, opts: ExportOptions): Promise<ExportSummary> {
  mkdirSync(opts.out, { recursive: true });
  const files: string[] = [];
  const fds = new Map<string, number>();
  const write = (name: string, s: string) => {
    let fd = fds.get(name);
    if (fd === undefined) {
      fd = openSync(join(opts.out, name), "w");
      fds.set(name, fd);
      files.push(name);
    }
    writeSync(fd, s);
  };
  let n = 0;
  try {
    if (opts.format === "csv") for (const [name, t] of Object.entries(CSV_TABLES)) write(name, csvRecord(t.header));
    if (opts.format === "jsonl") write("analyses.jsonl", "");
    if (opts.format === "conll") write("entities.conll", "");
    if (opts.format === "brat") {
      writeFileSync(join(opts.out, "annotation.conf"), BRAT_CONF);
      files.push("annotation.conf");
    }
    for await (const { id, analysis } of storedAnalyses(store, opts.filter)) {
      n++;
      if (opts.format === "jsonl") write("analyses.jsonl", JSON.stringify(analysis) + "\n");
      else if (opts.format === "csv") {
        for (const [name, t] of Object.entries(CSV_TABLES)) for (const row of t.rows(analysis, { articleId: id })) write(name, csvRecord(row));
      } else if (opts.format === "brat") {
        const { txt, ann } = bratStandoff(analysis);
        const stem = docStem(analysis.document.id);
        writeFileSync(join(opts.out, stem + ".txt"), txt);
        writeFileSync(join(opts.out, stem + ".ann"), ann);
        files.push(stem + ".txt", stem + ".ann");
      } else {
        write("entities.conll", conllColumns(analysis));
      }
      opts.onArticle?.(id);
    }
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
  return { articles: n, files };
}
