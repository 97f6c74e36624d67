import type { Context } from "hono";
import { timingSafeEqual } from "node:crypto";
import { ApiError } from "./apiError.js";
import type { ServerContext } from "./ServerContext.js";

/** The token of an `Authorization: Bearer <token>` header, or of a form field, or null. */
export function presentedToken(c: Context, formToken?: string | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
  return m ? m[1] : formToken || null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Throws ApiError unless this request may write: with a configured token it must be presented
 * (401 otherwise); without one, writes are allowed only on a loopback-bound server (403
 * otherwise). A cross-site browser request (an `Origin` or `Sec-Fetch-Site` saying another site)
 * is refused either way, so a page elsewhere cannot post to a local server.
 */
export function checkWrite(c: Context, ctx: ServerContext, formToken?: string | null): void {
  // Browsers say where a request comes from: Sec-Fetch-Site (trusted when present), else Origin.
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  const crossSite = site !== undefined ? site !== "same-origin" && site !== "none" : origin !== undefined && originHost(origin) !== c.req.header("host");
  if (crossSite) throw new ApiError(403, "cross-origin", "writes from another site are refused");
  if (ctx.token !== null) {
    const t = presentedToken(c, formToken);
    if (!t) throw new ApiError(401, "unauthorized", "writes need a token: send Authorization: Bearer <token>");
    if (!same(t, ctx.token)) throw new ApiError(401, "unauthorized", "wrong token");
    return;
  }
  if (!ctx.loopbackOnly) throw new ApiError(403, "writes-disabled", "writes are disabled: this server listens beyond loopback and was started without --token");
}
