import type { ArticleRow, QuoteRow } from "./Store.js";

/** A database row as returned by either driver. */
export type Row = Record<string, unknown>;

/** The articles columns that make an ArticleRow (everything but the text). */
export const ARTICLE_COLUMNS = "id, doc_id, hash, canonical_url, title, outlet, published, url, source, engine_version, ingested_at, copy_of";

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const time = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/** An articles row as an ArticleRow. */
export function articleRow(r: Row): ArticleRow {
  return {
    id: Number(r.id),
    docId: String(r.doc_id),
    hash: String(r.hash),
    title: str(r.title),
    outlet: str(r.outlet),
    published: str(r.published),
    url: str(r.url),
    canonicalUrl: str(r.canonical_url),
    source: String(r.source),
    engineVersion: String(r.engine_version),
    ingestedAt: time(r.ingested_at),
    copyOf: r.copy_of === null || r.copy_of === undefined ? null : Number(r.copy_of),
  };
}

/** A quotes row joined with its article (doc_id, outlet, published) as a QuoteRow. */
export function quoteRow(r: Row): QuoteRow {
  return {
    articleId: Number(r.article_id),
    docId: String(r.doc_id),
    outlet: str(r.outlet),
    published: str(r.published),
    quoteId: String(r.quote_id),
    type: r.type as QuoteRow["type"],
    speaker: str(r.speaker),
    speakerEntity: str(r.speaker_entity),
    cue: r.cue_start === null || r.cue_start === undefined ? null : { start: Number(r.cue_start), end: Number(r.cue_end), text: String(r.cue ?? "") },
    content: { start: Number(r.content_start), end: Number(r.content_end), text: String(r.content) },
  };
}

/** A timestamp column (Date from pg, ISO text from SQLite) as ISO text. */
export const isoTime = time;
