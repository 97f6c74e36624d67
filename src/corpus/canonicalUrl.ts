import type { MetadataCandidate } from "../types.js";
import { webUrl } from "../util/webUrl.js";

/** Query parameters that only track the click, never select the content. */
const TRACKING = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga)$/i;

/**
 * A URL with its credentials, fragment and tracking parameters (utm_*, fbclid, gclid, …) removed; host
 * lower-cased and default port dropped (by URL parsing). Null for anything not http(s).
 */
export function cleanUrl(url: string | null | undefined): string | null {
  // webUrl: http(s) only, credentials removed (one place for that rule).
  const web = webUrl(url);
  if (web === null) return null;
  const u = new URL(web);
  u.hash = "";
  const keep = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  if (keep.length !== [...u.searchParams].length) {
    u.search = "";
    for (const [k, v] of keep) u.searchParams.append(k, v);
  }
  return u.href;
}

/**
 * The canonical URL of an article: the page's `<link rel=canonical>`, else its og:url, else the
 * URL it was read from (or its own `url` field), cleaned of fragment and tracking parameters.
 */
export function canonicalUrl(candidates: readonly MetadataCandidate[] | undefined, fallback: string | null | undefined): string | null {
  const pick = (source: string) => candidates?.find((c) => c.field === "url" && c.source === source)?.value;
  return cleanUrl(pick("link:canonical")) ?? cleanUrl(pick("meta:og:url")) ?? cleanUrl(fallback);
}
