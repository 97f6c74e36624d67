import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ENGINE_VERSION } from "../version.js";
import { ApiError, errorBody, firstIssue } from "./apiError.js";
import { RateLimiter } from "./rateLimit.js";
import type { AppEnv, ServerContext } from "./ServerContext.js";
import { articleRoutes } from "./routes/articles.js";
import { searchRoutes } from "./routes/search.js";
import { quoteRoutes } from "./routes/quotes.js";
import { entityRoutes } from "./routes/entities.js";
import { storyRoutes } from "./routes/stories.js";
import { writeRoutes } from "./routes/write.js";
import { pageRoutes } from "./pages/pageRoutes.js";
import { errorPage } from "./pages/errorPage.js";

/** The Content-Security-Policy of every response: own scripts and styles only, nothing inline. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface AppOptions {
  /** Requests per minute per client address on /api (default 600; 0 = no limit). */
  rateLimit?: number;
  /** Requests per minute per client address to the analysing routes (POST, default 30; 0 = no limit). */
  writeRateLimit?: number;
}

const STATIC: Record<string, { type: string; body: string }> = {
  "app.js": { type: "text/javascript; charset=utf-8", body: "" },
  "app.css": { type: "text/css; charset=utf-8", body: "" },
};

/**
 * Where the browser files come from: the Vite build (dist/web/, made by `npm run build`) when it
 * is there and not older than the sources, else the sources in web/ (plain ES module and CSS,
 * usable as they are). Both paths are relative to this file in src/server/ and dist/server/.
 */
function staticDir(): string {
  const built = fileURLToPath(new URL("../../dist/web/", import.meta.url));
  const source = fileURLToPath(new URL("../../web/", import.meta.url));
  const fresh = Object.keys(STATIC).every((n) => {
    try {
      return statSync(built + n).mtimeMs >= statSync(source + n).mtimeMs;
    } catch {
      return false;
    }
  });
  return fresh ? built : source;
}
const STATIC_DIR = staticDir();
for (const name of Object.keys(STATIC)) STATIC[name].body = readFileSync(STATIC_DIR + name, "utf8");

/** The peer address (node server) or "local" (in-process requests). */
function clientKey(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "local";
}

const wantsJson = (c: Context) => c.req.path.startsWith("/api/") || c.req.path === "/openapi.json";

/**
 * The whole HTTP app: the JSON API (schema-first routes, OpenAPI 3.1 at /openapi.json, a docs
 * page at /docs) and the server-rendered pages, all over one `ServerContext`. Every response
 * carries a strict Content-Security-Policy; errors are `{error:{code,message,field}}` on the API
 * and a plain page elsewhere, never a stack trace.
 */
export function createApp(ctx: ServerContext, options: AppOptions = {}): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const { field, message } = firstIssue(result.error.issues);
        if (wantsJson(c)) return c.json(errorBody("invalid", message, field || undefined), 400);
        return c.html(errorPage(400, message).value, 400);
      }
    },
  });
  const readLimiter = new RateLimiter(options.rateLimit ?? 600);
  const writeLimiter = new RateLimiter(options.writeRateLimit ?? 30);

  app.use("*", async (c, next) => {
    c.set("ctx", ctx);
    // Set before the response exists, so every response made with c.json/c.body/c.html/c.redirect
    // carries them. (Setting a header on a finished response makes Hono copy it into a stream,
    // which @hono/node-server then pipes instead of writing the string at once.)
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "same-origin");
    c.header("X-Frame-Options", "DENY");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    await next();
  });
  app.use("*", async (c, next) => {
    const heavy = c.req.method === "POST";
    const limiter = heavy ? writeLimiter : c.req.path.startsWith("/api/") ? readLimiter : null;
    const wait = limiter ? limiter.take(clientKey(c)) : 0;
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      if (wantsJson(c)) return c.json(errorBody("rate-limited", `too many requests: retry in ${wait} s`), 429);
      return c.html(errorPage(429, `Too many requests: retry in ${wait} s.`).value, 429);
    }
    await next();
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: ctx.maxBodyBytes,
      onError: (c) => (wantsJson(c) ? c.json(errorBody("too-large", `body larger than ${ctx.maxBodyBytes} bytes`), 413) : c.html(errorPage(413, "The text is too large.").value, 413)),
    }),
  );

  articleRoutes(app);
  searchRoutes(app);
  quoteRoutes(app);
  entityRoutes(app);
  storyRoutes(app);
  writeRoutes(app);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "dossier API",
      version: ENGINE_VERSION,
      description: "Who said what, about whom, when, with which numbers — and where outlets covering one story differ. Every span is half-open UTF-16 offsets into the article text.",
    },
  });
  app.get("/static/:name", (c) => {
    const f = STATIC[c.req.param("name")];
    if (!f) return c.html(errorPage(404, "Not found.").value, 404);
    return c.body(f.body, 200, { "Content-Type": f.type, "Cache-Control": "public, max-age=300" });
  });
  app.get("/favicon.ico", (c) => c.body(null, 204));
  pageRoutes(app);

  app.notFound((c) => (wantsJson(c) ? c.json(errorBody("not-found", `${c.req.method} ${c.req.path}: no such route`), 404) : c.html(errorPage(404, "This page does not exist.").value, 404)));
  app.onError((err, c) => {
    let status: ContentfulStatusCode = 500;
    let code = "internal";
    let message = "internal error";
    let field: string | undefined;
    if (err instanceof ApiError) {
      ({ status, code, message, field } = err);
    } else if (err instanceof HTTPException) {
      status = err.status as ContentfulStatusCode;
      code = status === 415 ? "unsupported-media-type" : status === 400 ? "invalid" : "http";
      message = err.message || (status === 400 ? "malformed request" : "request refused");
    } else {
      process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${String((err as Error)?.message ?? err).split("\n")[0]}\n`);
    }
    if (wantsJson(c)) return c.json(errorBody(code, message, field), status);
    return c.html(errorPage(status, message).value, status);
  });
  return app;
}
