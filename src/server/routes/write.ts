import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { analyze } from "../../engine.js";
import { ingest, type IngestEvent } from "../../corpus/ingest.js";
import type { ReaderArticle } from "../../readers/ReaderArticle.js";
import { ApiError, firstIssue } from "../apiError.js";
import { articleFromApi, type ApiArticle } from "../articleInput.js";
import { AnalysisSchema, ArticleInputSchema, ErrorSchema, IngestBodySchema, IngestResultSchema, errorResponses } from "../schemas.js";
import type { AppEnv, ServerContext } from "../ServerContext.js";
import { checkWrite } from "../writeAccess.js";

const authResponses = {
  401: { description: "missing or wrong token", content: { "application/json": { schema: ErrorSchema } } },
  403: { description: "writes disabled (no --token on a non-loopback server) or cross-site request", content: { "application/json": { schema: ErrorSchema } } },
  413: { description: "body too large", content: { "application/json": { schema: ErrorSchema } } },
} as const;

const analyzeRoute = createRoute({
  method: "post",
  path: "/api/analyze",
  tags: ["analysis"],
  summary: "Analyse one article (nothing is stored)",
  request: { body: { required: true, content: { "application/json": { schema: ArticleInputSchema } } } },
  responses: {
    200: { description: "the dossier.analysis/1 record", content: { "application/json": { schema: AnalysisSchema } } },
    413: authResponses[413],
    ...errorResponses,
  },
});

const ingestRoute = createRoute({
  method: "post",
  path: "/api/ingest",
  tags: ["analysis"],
  summary: "Analyse and store articles (needs the token)",
  description: "A JSON article, an array of them, `{urls: [...]}`, or JSONL (`Content-Type: application/x-ndjson`, one article per line). Duplicates (same text or canonical URL) are reported, not stored twice.",
  security: [{ bearer: [] }],
  request: {
    body: {
      required: false,
      content: { "application/json": { schema: IngestBodySchema }, "application/x-ndjson": { schema: z.string().openapi({ description: "one JSON article per line" }) } },
    },
  },
  responses: {
    200: { description: "what was stored", content: { "application/json": { schema: IngestResultSchema } } },
    ...authResponses,
    ...errorResponses,
  },
});

export interface IngestOutcome {
  /** Articles stored, wire copies (the same text from another outlet) included. */
  ingested: number;
  copies: number;
  duplicates: number;
  failed: number;
  articles: { input: string; status: "stored" | "copy" | "duplicate" | "failed"; id: number | null; copyOf?: number; reason?: string }[];
}

/** Ingests articles and/or URLs into the server's store; reports each input. */
export async function ingestInto(ctx: ServerContext, articles: { input: string; article: ReaderArticle; canonicalUrl: string | null }[], urls: string[]): Promise<IngestOutcome> {
  const out: IngestOutcome["articles"] = [];
  const onProgress = (e: IngestEvent) => {
    if (e.event === "stored") out.push({ input: e.source, status: "stored", id: e.id });
    else if (e.event === "copy") out.push({ input: e.source, status: "copy", id: e.id, copyOf: e.copyOf });
    else if (e.event === "duplicate") out.push({ input: e.source, status: "duplicate", id: e.id });
    else if (e.event === "failed") out.push({ input: e.source, status: "failed", id: null, reason: e.reason });
  };
  const summary = await ingest(urls, { store: ctx.store, articles, fetch: ctx.fetch, onProgress });
  if (summary.ingested > 0) ctx.afterWrite();
  return { ingested: summary.ingested, copies: summary.copies, duplicates: summary.duplicates, failed: summary.failed, articles: out };
}

/** Parses a JSONL body into API articles (blank lines skipped); throws ApiError 400 naming the line. */
function parseJsonl(body: string): ApiArticle[] {
  const out: ApiArticle[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let v: unknown;
    try {
      v = JSON.parse(lines[i]);
    } catch {
      throw new ApiError(400, "malformed-json", `line ${i + 1}: not JSON`, `line ${i + 1}`);
    }
    const r = ArticleInputSchema.safeParse(v);
    if (!r.success) {
      const { field, message } = firstIssue(r.error.issues);
      throw new ApiError(400, "invalid", `line ${i + 1}: ${message}`, `line ${i + 1}${field ? "." + field : ""}`);
    }
    out.push(r.data);
  }
  if (out.length === 0) throw new ApiError(400, "invalid", "body: no articles", "body");
  if (out.length > 500) throw new ApiError(400, "invalid", "body: at most 500 articles per request", "body");
  return out;
}

/** POST /api/analyze and POST /api/ingest. */
export function writeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(analyzeRoute, async (c) => {
    const body = c.req.valid("json");
    const { article } = articleFromApi(body);
    return c.json(analyze(article) as never, 200);
  });
  app.openapi(ingestRoute, async (c) => {
    const ctx = c.get("ctx");
    checkWrite(c, ctx);
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    let items: ApiArticle[] = [];
    let urls: string[] = [];
    if (/application\/(x-ndjson|jsonl)/.test(type)) {
      items = parseJsonl(await c.req.text());
    } else {
      const body = c.req.valid("json") as z.infer<typeof IngestBodySchema> | undefined;
      if (body === undefined) throw new ApiError(400, "invalid", "body: send a JSON article, an array, {urls} or JSONL", "body");
      if (Array.isArray(body)) items = body;
      else if ("urls" in body) urls = body.urls;
      else items = [body];
    }
    const articles = items.map((a, i) => ({ input: items.length === 1 ? "request" : `request[${i}]`, ...articleFromApi(a, items.length === 1 ? "" : `[${i}].`) }));
    return c.json(await ingestInto(ctx, articles, urls), 200);
  });
}
