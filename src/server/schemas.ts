/** Request and response schemas of the HTTP API (the OpenAPI document is generated from them). */
import { z } from "@hono/zod-openapi";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid" }),
      message: z.string().openapi({ example: "limit: Too big: expected number to be <=200" }),
      field: z.string().optional().openapi({ example: "limit" }),
    }),
  })
  .openapi("Error");

export const FormatParam = z.enum(["json", "csv", "jsonl"]).optional().openapi({ description: "json (default), csv or jsonl; the Accept header (text/csv, application/x-ndjson) works too" });

/** outlet / since / until, shared by the list routes. */
export const FilterParams = {
  outlet: z.string().max(200).optional().openapi({ description: "only this outlet (case-insensitive)" }),
  since: z.string().regex(DATE, "expected a date YYYY-MM-DD").optional().openapi({ description: "published on or after (YYYY-MM-DD)" }),
  until: z.string().regex(DATE, "expected a date YYYY-MM-DD").optional().openapi({ description: "published on or before (YYYY-MM-DD)" }),
};

export const limitParam = (dflt: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).openapi({ description: `at most this many rows (1–${max}, default ${dflt})` });
export const OffsetParam = z.coerce.number().int().min(0).max(100_000).default(0).openapi({ description: "rows to skip" });

export const IdParam = z.object({ id: z.coerce.number().int().min(1).openapi({ param: { name: "id", in: "path" }, example: 1 }) });

export const ArticleRowSchema = z
  .object({
    id: z.number().int(),
    docId: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    story: z.number().int().nullable(),
    engineVersion: z.string(),
    ingestedAt: z.string(),
  })
  .openapi("ArticleRow");

export const AnalysisSchema = z
  .looseObject({
    schema: z.literal("dossier.analysis/1"),
    engine: z.object({ name: z.string(), version: z.string() }),
    document: z.looseObject({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), url: z.string().nullable(), text: z.string() }),
    entities: z.array(z.looseObject({})),
    quotes: z.array(z.looseObject({})),
    times: z.array(z.looseObject({})),
    figures: z.array(z.looseObject({})),
  })
  .openapi("Analysis", { description: "The dossier.analysis/1 record (docs/FORMATS.md)" });

export const StoryReportSchema = z
  .looseObject({ schema: z.string(), sources: z.array(z.looseObject({})) })
  .openapi("StoryReport", { description: "The dossier.story/1 report (docs/STORY.md)" });

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const SearchHitSchema = z
  .object({
    articleId: z.number().int(),
    docId: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    snippet: z.string(),
    score: z.number(),
    match: SpanSchema.nullable().optional(),
  })
  .openapi("SearchHit");

export const QuoteRowSchema = z
  .object({
    articleId: z.number().int(),
    docId: z.string(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    quoteId: z.string(),
    type: z.string(),
    speaker: z.string().nullable(),
    speakerEntity: z.string().nullable(),
    cue: SpanSchema.nullable(),
    content: SpanSchema,
  })
  .openapi("QuoteRow");

export const EntityRowSchema = z.object({ name: z.string(), type: z.string(), articles: z.number().int(), mentions: z.number().int() }).openapi("EntityRow");

export const TimelineRowSchema = z
  .object({ date: z.string(), articleId: z.number().int(), docId: z.string(), outlet: z.string().nullable(), kind: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() })
  .openapi("TimelineRow");

export const StoryEntrySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    size: z.number().int(),
    outlets: z.array(z.string()),
    articleIds: z.array(z.number().int()),
  })
  .openapi("Story");

/** One article to analyse or ingest: `text` or `html`, optional metadata. */
export const ArticleInputSchema = z
  .object({
    text: z.string().min(1).max(2_000_000).optional(),
    html: z.string().min(1).max(5_000_000).optional(),
    title: z.string().max(1000).nullable().optional(),
    outlet: z.string().max(200).nullable().optional(),
    published: z.string().max(40).nullable().optional(),
    url: z.string().max(2000).nullable().optional(),
  })
  .refine((a) => (a.text === undefined) !== (a.html === undefined), { message: "give exactly one of text or html", path: ["text"] })
  .openapi("ArticleInput");

export const IngestBodySchema = z
  .union([
    ArticleInputSchema,
    z.array(ArticleInputSchema).min(1).max(500),
    z.object({ urls: z.array(z.string().url().max(2000)).min(1).max(100) }).strict(),
  ])
  .openapi("IngestBody", { description: "one article, an array of them, or {urls: [...]} (fetched with the CLI's guards: no private addresses, bounded size and redirects)" });

export const IngestResultSchema = z
  .object({
    ingested: z.number().int(),
    copies: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
    articles: z.array(
      z.object({ input: z.string(), status: z.enum(["stored", "copy", "duplicate", "failed"]), id: z.number().int().nullable(), copyOf: z.number().int().optional(), reason: z.string().optional() }),
    ),
  })
  .openapi("IngestResult");

/** The 400/401/403/404/413/429 responses every route may give. */
export const errorResponses = {
  400: { description: "invalid input", content: { "application/json": { schema: ErrorSchema } } },
  429: { description: "too many requests", content: { "application/json": { schema: ErrorSchema } } },
} as const;
