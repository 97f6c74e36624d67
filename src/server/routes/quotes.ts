import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { QuoteRow } from "../../store/Store.js";
import { exportList, listFormat, type Column } from "../exportFormat.js";
import { FilterParams, FormatParam, OffsetParam, QuoteRowSchema, errorResponses, limitParam } from "../schemas.js";
import type { AppEnv } from "../ServerContext.js";

const COLUMNS: Column<QuoteRow>[] = [
  ["articleId", (r) => r.articleId],
  ["published", (r) => r.published],
  ["outlet", (r) => r.outlet],
  ["speaker", (r) => r.speaker],
  ["type", (r) => r.type],
  ["cue", (r) => r.cue?.text ?? null],
  ["content", (r) => r.content.text],
  ["start", (r) => r.content.start],
  ["end", (r) => r.content.end],
];

const route = createRoute({
  method: "get",
  path: "/api/quotes",
  tags: ["quotes"],
  summary: "Who said what",
  description: "Quotations (direct, indirect, mixed) by publication date, optionally by speaker and words.",
  request: {
    query: z.object({
      speaker: z.string().min(1).max(200).optional().openapi({ description: "speaker name (a surname matches the full name)" }),
      q: z.string().min(1).max(500).optional().openapi({ description: "words inside the quotation" }),
      ...FilterParams,
      limit: limitParam(100, 1000),
      offset: OffsetParam,
      format: FormatParam,
    }),
  },
  responses: {
    200: {
      description: "quotes",
      content: {
        "application/json": { schema: z.object({ quotes: z.array(QuoteRowSchema), next: z.number().int().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

/** GET /api/quotes. */
export function quoteRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid("query");
    const rows = await c.get("ctx").store.quotes({ speaker: q.speaker, text: q.q, outlet: q.outlet, since: q.since, until: q.until, limit: q.limit + 1, offset: q.offset });
    const page = rows.slice(0, q.limit);
    const exported = exportList(c, listFormat(c, q.format), page, COLUMNS, "quotes");
    if (exported) return exported;
    return c.json({ quotes: page, next: rows.length > q.limit ? q.offset + q.limit : null }, 200);
  });
}
