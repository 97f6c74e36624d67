import { OpenAPIHono, createRoute, z } from "@hono/zod-openapi";
import type { EntityRow, TimelineRow } from "../../store/Store.js";
import { exportList, listFormat, type Column } from "../exportFormat.js";
import { EntityRowSchema, FilterParams, FormatParam, OffsetParam, TimelineRowSchema, errorResponses, limitParam } from "../schemas.js";
import type { AppEnv } from "../ServerContext.js";

const ENTITY_COLUMNS: Column<EntityRow>[] = [
  ["name", (r) => r.name],
  ["type", (r) => r.type],
  ["articles", (r) => r.articles],
  ["mentions", (r) => r.mentions],
];

const TIMELINE_COLUMNS: Column<TimelineRow>[] = [
  ["date", (r) => r.date],
  ["articleId", (r) => r.articleId],
  ["outlet", (r) => r.outlet],
  ["kind", (r) => r.kind],
  ["text", (r) => r.text],
  ["start", (r) => r.start],
  ["end", (r) => r.end],
];

const entitiesRoute = createRoute({
  method: "get",
  path: "/api/entities",
  tags: ["entities"],
  summary: "People, organisations and places",
  description: "Entities by the number of articles naming them.",
  request: {
    query: z.object({
      name: z.string().min(1).max(200).optional().openapi({ description: "name (or part of a name) to look for" }),
      type: z.enum(["PER", "ORG", "LOC", "GPE", "NORP", "MISC"]).optional(),
      ...FilterParams,
      limit: limitParam(20, 1000),
      offset: OffsetParam,
      format: FormatParam,
    }),
  },
  responses: {
    200: {
      description: "entities",
      content: {
        "application/json": { schema: z.object({ entities: z.array(EntityRowSchema), next: z.number().int().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

const timelineRoute = createRoute({
  method: "get",
  path: "/api/timeline",
  tags: ["entities"],
  summary: "What was reported about an entity, by date",
  description: "Quotes, figures and dates in articles about the entity, ordered by the date they are about.",
  request: {
    query: z.object({
      entity: z.string().trim().min(1, "give an entity name").max(200).openapi({ example: "Blinken" }),
      ...FilterParams,
      limit: limitParam(200, 2000),
      offset: OffsetParam,
      format: FormatParam,
    }),
  },
  responses: {
    200: {
      description: "timeline rows",
      content: {
        "application/json": { schema: z.object({ timeline: z.array(TimelineRowSchema), next: z.number().int().nullable() }) },
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
    ...errorResponses,
  },
});

/** GET /api/entities and GET /api/timeline. */
export function entityRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(entitiesRoute, async (c) => {
    const q = c.req.valid("query");
    const rows = await c.get("ctx").store.entities({ name: q.name, type: q.type, outlet: q.outlet, since: q.since, until: q.until, limit: q.limit + 1, offset: q.offset });
    const page = rows.slice(0, q.limit);
    const exported = exportList(c, listFormat(c, q.format), page, ENTITY_COLUMNS, "entities");
    if (exported) return exported;
    return c.json({ entities: page, next: rows.length > q.limit ? q.offset + q.limit : null }, 200);
  });
  app.openapi(timelineRoute, async (c) => {
    const q = c.req.valid("query");
    const rows = await c.get("ctx").store.timeline({ entity: q.entity, outlet: q.outlet, since: q.since, until: q.until, limit: q.limit + 1, offset: q.offset });
    const page = rows.slice(0, q.limit);
    const exported = exportList(c, listFormat(c, q.format), page, TIMELINE_COLUMNS, "timeline");
    if (exported) return exported;
    return c.json({ timeline: page, next: rows.length > q.limit ? q.offset + q.limit : null }, 200);
  });
}
