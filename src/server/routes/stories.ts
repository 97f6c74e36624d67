import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import { ApiError } from "../apiError.js";
import { sendStored } from "../storedBody.js";
import { exportList, listFormat, type Column } from "../exportFormat.js";
import { ErrorSchema, FormatParam, IdParam, OffsetParam, StoryEntrySchema, StoryReportSchema, errorResponses, limitParam } from "../schemas.js";
import type { StoryEntry } from "../storyIndex.js";
import type { AppEnv } from "../ServerContext.js";

const COLUMNS: Column<StoryEntry>[] = [
  ["id", (r) => r.id],
  ["first", (r) => r.first],
  ["last", (r) => r.last],
  ["size", (r) => r.size],
  ["outlets", (r) => r.outlets.join("; ")],
  ["title", (r) => r.title],
];

const listRoute = createRoute({
  method: "get",
  path: "/api/stories",
  tags: ["stories"],
  summary: "Stories (groups of articles about the same events)",
  description: "Newest first. Articles get a story when they are stored (clustering runs in the background).",
  request: { query: z.object({ limit: limitParam(50, 1000), offset: OffsetParam, format: FormatParam }) },
  responses: {
    200: {
      description: "stories",
      content: {
        "application/json": { schema: z.object({ stories: z.array(StoryEntrySchema), total: z.number().int(), next: z.number().int().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/stories/{id}",
  tags: ["stories"],
  summary: "One story's comparison report",
  description: "The dossier.story/1 report: agreements, numeric and date conflicts, quote variants, attribution shifts, omissions, framing.",
  request: { params: IdParam },
  responses: {
    200: { description: "the report", content: { "application/json": { schema: StoryReportSchema } } },
    404: { description: "no such story", content: { "application/json": { schema: ErrorSchema } } },
    ...errorResponses,
  },
});

/** GET /api/stories and GET /api/stories/{id}. */
export function storyRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const all = await c.get("ctx").stories.list();
    const page = all.slice(q.offset, q.offset + q.limit);
    const exported = exportList(c, listFormat(c, q.format), page, COLUMNS, "stories");
    if (exported) return exported;
    return c.json({ stories: page, total: all.length, next: all.length > q.offset + q.limit ? q.offset + q.limit : null }, 200);
  });
  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid("param");
    // The stored JSON as it is: no parsing, no validation, no serialising on the way out; its
    // bytes, ETag and gzip form are made once per report in memory.
    const body = await c.get("ctx").stories.reportBody(id);
    if (body === null) throw new ApiError(404, "not-found", `story ${id}: no such story`);
    return sendStored(c, body) as never;
  });
}
