import type { Analysis } from "../types.js";

/** Where an analysis sits in the store (article number); null when exported without a store. */
export interface ExportContext {
  articleId: number | null;
}

type Cell = string | number | boolean | null | undefined;

/** The CSV tables, their header rows, and how one analysis becomes rows of each. */
export const CSV_TABLES: Record<string, { header: string[]; rows(a: Analysis, ctx: ExportContext): Cell[][] }> = {
  "articles.csv": {
    header: ["doc_id", "article_id", "title", "outlet", "published", "url", "engine_version", "entities", "quotes", "times", "figures"],
    rows: (a, ctx) => [[a.document.id, ctx.articleId, a.document.title, a.document.outlet, a.document.published, a.document.url, a.engine.version, a.entities.length, a.quotes.length, a.times.length, a.figures.length]],
  },
  "quotes.csv": {
    header: ["doc_id", "article_id", "outlet", "published", "quote_id", "type", "speaker", "speaker_entity", "speaker_start", "speaker_end", "speaker_text", "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "continues", "method", "confidence"],
    rows: (a, ctx) =>
      a.quotes.map((q) => [
        a.document.id, ctx.articleId, a.document.outlet, a.document.published, q.id, q.type,
        q.speaker?.name, q.speaker?.entity, q.speaker?.mention?.start, q.speaker?.mention?.end, q.speaker?.mention?.text,
        q.cue?.text, q.cue?.start, q.cue?.end, q.content.text, q.content.start, q.content.end, q.continues, q.method, q.confidence,
      ]),
  },
  "figures.csv": {
    header: ["doc_id", "article_id", "outlet", "published", "start", "end", "text", "value", "unit", "approx", "ordinal", "source_name", "source_entity", "source_quote", "method", "confidence"],
    rows: (a, ctx) =>
      a.figures.map((f) => [
        a.document.id, ctx.articleId, a.document.outlet, a.document.published, f.start, f.end, f.text, f.value, f.unit, f.approx, f.ordinal ?? false,
        f.source?.name, f.source?.entity, f.source?.quote, f.method, f.confidence,
      ]),
  },
  "entities.csv": {
    header: ["doc_id", "article_id", "entity_id", "name", "type", "mention_start", "mention_end", "mention_text", "kind", "method", "confidence"],
    rows: (a, ctx) => a.entities.flatMap((e) => e.mentions.map((m) => [a.document.id, ctx.articleId, e.id, e.name, e.type, m.start, m.end, m.text, m.kind, m.method, m.confidence])),
  },
  "times.csv": {
    header: ["doc_id", "article_id", "published", "start", "end", "text", "type", "value", "anchor", "method", "confidence"],
    rows: (a, ctx) => a.times.map((t) => [a.document.id, ctx.articleId, a.document.published, t.start, t.end, t.text, t.type, t.value, t.anchor, t.method, t.confidence]),
  },
};
