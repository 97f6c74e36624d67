import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { StoredBody, sendStored } from "../storedBody.js";
import { ENGINE_VERSION } from "../../version.js";
import { ApiError } from "../apiError.js";
import { articleFromApi } from "../articleInput.js";
import { ingestInto } from "../routes/write.js";
import type { AppEnv } from "../ServerContext.js";
import { differenceCount } from "../storyIndex.js";
import { checkWrite } from "../writeAccess.js";
import { actorPage } from "./actorPage.js";
import { addPage, type AddForm } from "./addPage.js";
import { articlePage, parseEvidence } from "./articlePage.js";
import { docsPage } from "./docsPage.js";
import { searchPage, type SearchForm } from "./searchPage.js";
import { storiesPage, storyPage } from "./storyPages.js";

const PER_PAGE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `?page=` (1-based in the URL) → 0-based; throws ApiError 400 when malformed. */
function pageParam(c: Context): number {
  const p = c.req.query("page");
  if (p === undefined || p === "") return 0;
  if (!/^\d{1,5}$/.test(p) || Number(p) < 1) throw new ApiError(400, "invalid", `page: expected a page number, got "${p.slice(0, 20)}"`, "page");
  return Number(p) - 1;
}

function idParam(c: Context): number {
  const id = c.req.param("id") ?? "";
  if (!/^\d{1,12}$/.test(id) || Number(id) < 1) throw new ApiError(404, "not-found", "No such page.");
  return Number(id);
}

const page = (c: Context, h: { value: string }, status: 200 | 400 | 401 | 403 = 200) => c.html(h.value, status);

/** The server-rendered pages: /, /stories/:id, /articles/:id, /actors/:name, /search, /add, /docs. */
export function pageRoutes(app: OpenAPIHono<AppEnv>): void {
  app.get("/", async (c) => {
    const ctx = c.get("ctx");
    const p = pageParam(c);
    const all = await ctx.stories.list();
    const slice = all.slice(p * PER_PAGE, (p + 1) * PER_PAGE);
    const rows = [];
    for (const entry of slice) {
      const view = entry.size > 1 ? await ctx.stories.view(entry.id) : null;
      rows.push({ entry, differences: view ? differenceCount(view.report) : 0 });
    }
    return page(c, storiesPage(rows, p, all.length, PER_PAGE));
  });
  app.get("/stories", (c) => c.redirect("/", 301));

  app.get("/stories/:id", async (c) => {
    const view = await c.get("ctx").stories.view(idParam(c));
    if (!view) throw new ApiError(404, "not-found", "No such story.");
    // The page depends only on the report and the members' rows: rendered once per report.
    let body = view.made.get("page");
    if (body === undefined) view.made.set("page", (body = new StoredBody(storyPage(view).value, "text/html; charset=UTF-8")));
    return sendStored(c, body);
  });

  app.get("/articles/:id", async (c) => {
    const ctx = c.get("ctx");
    const id = idParam(c);
    const analysis = await ctx.store.getAnalysis(id);
    if (!analysis) throw new ApiError(404, "not-found", "No such article.");
    return page(c, articlePage({ id, analysis, story: await ctx.stories.storyOf(id), evidence: parseEvidence(c.req.query("hl"), analysis.document.text.length) }));
  });

  app.get("/actors/:name", async (c) => {
    const store = c.get("ctx").store;
    const name = c.req.param("name").trim();
    if (!name || name.length > 200) throw new ApiError(400, "invalid", "name: give a name of at most 200 characters", "name");
    const [entities, saidBy, about, timeline] = await Promise.all([
      store.entities({ name, limit: 10 }),
      store.quotes({ speaker: name, limit: 200 }),
      store.quotes({ text: `"${name.replace(/"/g, " ")}"`, limit: 200 }).catch(() => []),
      store.timeline({ entity: name, limit: 200 }),
    ]);
    const byKeys = new Set(saidBy.map((q) => `${q.articleId}:${q.quoteId}`));
    return page(c, actorPage({ name, entities, saidBy, saidAbout: about.filter((q) => !byKeys.has(`${q.articleId}:${q.quoteId}`)), timeline }));
  });

  app.get("/search", async (c) => {
    const ctx = c.get("ctx");
    const form: SearchForm = { q: (c.req.query("q") ?? "").trim().slice(0, 500) };
    for (const k of ["outlet", "since", "until", "entity"] as const) {
      const v = c.req.query(k)?.trim();
      if (v) form[k] = v.slice(0, 200);
    }
    const outlets = await ctx.stories.outlets();
    for (const k of ["since", "until"] as const) {
      if (form[k] && !DATE.test(form[k]!)) return page(c, searchPage(form, null, 0, false, outlets, `${k === "since" ? "From" : "To"}: expected a date YYYY-MM-DD`), 400);
    }
    const p = pageParam(c);
    if (!form.q) return page(c, searchPage(form, null, 0, false, outlets, null));
    const { hits } = await ctx.search.search({ text: form.q, outlet: form.outlet, since: form.since, until: form.until, entity: form.entity, limit: PER_PAGE + 1, offset: p * PER_PAGE });
    return page(c, searchPage(form, hits.slice(0, PER_PAGE), p, hits.length > PER_PAGE, outlets, null));
  });

  app.get("/add", (c) => {
    const ctx = c.get("ctx");
    return page(c, addPage({ needsToken: ctx.token !== null, writable: ctx.token !== null || ctx.loopbackOnly }));
  });
  app.post("/add", async (c) => {
    const ctx = c.get("ctx");
    const body = await c.req.parseBody();
    const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : "");
    const form: AddForm = { text: str("text"), title: str("title"), outlet: str("outlet"), published: str("published"), url: str("url"), urls: str("urls") };
    const opts = { needsToken: ctx.token !== null, writable: ctx.token !== null || ctx.loopbackOnly, form };
    try {
      checkWrite(c, ctx, str("token"));
      const urls = (form.urls ?? "").split(/\s+/).map((u) => u.trim()).filter(Boolean);
      if (urls.length > 100) throw new ApiError(400, "invalid", "URLs: at most 100 at a time", "urls");
      for (const u of urls) if (!/^https?:\/\/\S+$/i.test(u)) throw new ApiError(400, "invalid", `URLs: not an http(s) URL: ${u.slice(0, 100)}`, "urls");
      if (!form.text?.trim() && urls.length === 0) throw new ApiError(400, "invalid", "Paste an article text or give at least one URL.", "text");
      const articles = form.text?.trim()
        ? [{ input: "form", ...articleFromApi({ text: form.text, title: form.title || null, outlet: form.outlet || null, published: form.published || null, url: form.url || null }) }]
        : [];
      const result = await ingestInto(ctx, articles, urls);
      return page(c, addPage({ ...opts, form: {}, result }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const status = e.status === 401 || e.status === 403 ? e.status : 400;
      return page(c, addPage({ ...opts, error: e.message }), status);
    }
  });

  app.get("/docs", (c) => page(c, docsPage(app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "dossier API", version: ENGINE_VERSION } }) as never)));
}
