import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { SearchHit } from "../../store/Store.js";
import { StoredBody, sendStored } from "../storedBody.js";
import { exportList, listFormat, type Column } from "../exportFormat.js";
import { FilterParams, FormatParam, OffsetParam, SearchHitSchema, errorResponses, limitParam } from "../schemas.js";
import type { AppEnv } from "../ServerContext.js";

const COLUMNS: Column<SearchHit>[] = [
  ["articleId", (r) => r.articleId],
  ["published", (r) => r.published],
  ["outlet", (r) => r.outlet],
  ["title", (r) => r.title],
  ["score", (r) => Math.round(r.score * 1000) / 1000],
  ["snippet", (r) => r.snippet],
  ["start", (r) => r.start],
  ["end", (r) => r.end],
];

const route = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["search"],
  summary: "Full-text search",
  description: "Best-matching articles first, each with its best sentence (`snippet`, offsets into the article text) and the first matched word. A query matching more than 1,000 articles is ranked among its newest 1,000 matches.",
  request: {
    query: z.object({
      q: z.string().trim().min(1, "give a search query").max(500).openapi({ description: "words to find (all must match; \"quoted phrases\" work)", example: "ceasefire" }),
      ...FilterParams,
      entity: z.string().min(1).max(200).optional().openapi({ description: "only articles naming this entity" }),
      limit: limitParam(20, 100),
      offset: OffsetParam,
      format: FormatParam,
    }),
  },
  responses: {
    200: {
      description: "hits",
      content: {
        "application/json": { schema: z.object({ hits: z.array(SearchHitSchema), next: z.number().int().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

/** GET /api/search. */
export function searchRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid("query");
    const found = await c.get("ctx").search.search({ text: q.q, outlet: q.outlet, since: q.since, until: q.until, entity: q.entity, limit: q.limit + 1, offset: q.offset });
    const page = found.hits.slice(0, q.limit);
    const exported = exportList(c, listFormat(c, q.format), page, COLUMNS, "search");
    if (exported) return exported;
    // Serialised once per cached search (with its ETag and gzip form) and sent as is.
    let body = found.json.get(q.limit);
    if (body === undefined) found.json.set(q.limit, (body = new StoredBody(JSON.stringify({ hits: page, next: found.hits.length > q.limit ? q.offset + q.limit : null }), "application/json")));
    return sendStored(c, body) as never;
  });
}
