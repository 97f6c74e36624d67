import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { ArticleRow } from "../../store/Store.js";
import { ApiError } from "../apiError.js";
import { exportList, listFormat, type Column } from "../exportFormat.js";
import { AnalysisSchema, ArticleRowSchema, FilterParams, FormatParam, IdParam, errorResponses, limitParam } from "../schemas.js";
import type { AppEnv, ServerContext } from "../ServerContext.js";

const CURSOR = /^o(\d{1,9})$/;

/** An opaque pagination cursor for the `offset`-th row. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o${offset}`).toString("base64url");
}

/** The row offset a cursor stands for; throws ApiError 400 for a malformed one. */
export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = CURSOR.exec(Buffer.from(cursor, "base64url").toString("latin1"));
  if (!m) throw new ApiError(400, "invalid", "cursor: not a cursor returned by this API", "cursor");
  return Number(m[1]);
}

const ArticlesQuery = z.object({
  ...FilterParams,
  story: z.coerce.number().int().min(1).optional().openapi({ description: "only articles of this story" }),
  speaker: z.string().min(1).max(200).optional().openapi({ description: "only articles quoting this speaker" }),
  entity: z.string().min(1).max(200).optional().openapi({ description: "only articles naming this entity" }),
  q: z.string().min(1).max(500).optional().openapi({ description: "only articles matching this full-text query" }),
  limit: limitParam(20, 200),
  cursor: z.string().max(40).optional().openapi({ description: "the `next` value of the previous page" }),
  format: FormatParam,
});

export interface ArticleListItem extends Omit<ArticleRow, "source" | "canonicalUrl" | "hash"> {
  story: number | null;
}

/** The articles matching the query, one page, and the next page's offset (null at the end). */
export async function listArticlesPage(
  ctx: ServerContext,
  q: { outlet?: string; since?: string; until?: string; story?: number; speaker?: string; entity?: string; q?: string },
  offset: number,
  limit: number,
): Promise<{ articles: ArticleListItem[]; next: number | null }> {
  const base = { outlet: q.outlet, since: q.since, until: q.until };
  let allowed: Set<number> | null = null;
  const narrow = (ids: Iterable<number>) => {
    const s = new Set(ids);
    allowed = allowed === null ? s : new Set([...allowed].filter((x) => s.has(x)));
  };
  if (q.story !== undefined) narrow((await ctx.stories.list()).find((s) => s.id === q.story)?.articleIds ?? []);
  if (q.speaker) narrow((await ctx.store.quotes({ ...base, speaker: q.speaker, limit: 100_000 })).map((r) => r.articleId));
  // Every matching article (unranked, so not bounded to the newest matches a ranked search looks at).
  if (q.entity) narrow(await ctx.store.matchingArticleIds({ ...base, text: q.entity, entity: q.entity }));
  if (q.q) narrow(await ctx.store.matchingArticleIds({ ...base, text: q.q }));
  let rows: ArticleRow[];
  let more: boolean;
  if (allowed === null) {
    rows = await ctx.store.listArticles({ ...base, offset, limit: limit + 1 });
    more = rows.length > limit;
    rows = rows.slice(0, limit);
  } else {
    const set: Set<number> = allowed;
    const all = set.size === 0 ? [] : (await ctx.store.listArticles(base)).filter((r) => set.has(r.id));
    rows = all.slice(offset, offset + limit);
    more = all.length > offset + limit;
  }
  const articles: ArticleListItem[] = [];
  for (const r of rows) {
    articles.push({ id: r.id, docId: r.docId, title: r.title, outlet: r.outlet, published: r.published, url: r.url, story: await ctx.stories.storyOf(r.id), engineVersion: r.engineVersion, ingestedAt: r.ingestedAt, copyOf: r.copyOf });
  }
  return { articles, next: more ? offset + limit : null };
}

const COLUMNS: Column<ArticleListItem>[] = [
  ["id", (r) => r.id],
  ["published", (r) => r.published],
  ["outlet", (r) => r.outlet],
  ["title", (r) => r.title],
  ["url", (r) => r.url],
  ["story", (r) => r.story],
  ["docId", (r) => r.docId],
];

const listRoute = createRoute({
  method: "get",
  path: "/api/articles",
  tags: ["articles"],
  summary: "List stored articles",
  description: "Articles in storage order, filtered; paginate with `limit` and the `next` cursor.",
  request: { query: ArticlesQuery },
  responses: {
    200: {
      description: "one page of articles",
      content: {
        "application/json": { schema: z.object({ articles: z.array(ArticleRowSchema), next: z.string().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  tags: ["articles"],
  summary: "One article's analysis",
  request: { params: IdParam },
  responses: {
    200: { description: "the dossier.analysis/1 record", content: { "application/json": { schema: AnalysisSchema } } },
    404: { description: "no such article", content: { "application/json": { schema: errorResponses[400].content["application/json"].schema } } },
    ...errorResponses,
  },
});

/** GET /api/articles and GET /api/articles/{id}. */
export function articleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const ctx = c.get("ctx");
    const page = await listArticlesPage(ctx, q, decodeCursor(q.cursor), q.limit);
    const exported = exportList(c, listFormat(c, q.format), page.articles, COLUMNS, "articles");
    if (exported) return exported;
    return c.json({ articles: page.articles, next: page.next === null ? null : encodeCursor(page.next) }, 200);
  });
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    const analysis = await c.get("ctx").store.getAnalysis(id);
    if (!analysis) throw new ApiError(404, "not-found", `article ${id}: no such article`);
    return c.json(analysis as never, 200);
  });
}
