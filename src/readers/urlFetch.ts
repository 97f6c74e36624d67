import { readFileSync } from "node:fs";
import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import { ReaderError } from "./ReaderError.js";
import { formatBytes } from "./readBytes.js";
import { isPrivateAddress } from "./urlAddress.js";

/** Resolves a host name to every address it has (default: `dns.promises.lookup` with `all: true`). */
export type LookupAll = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface UrlFetchOptions {
  /** Time allowed for one request (connect, headers and body), in ms. Default 15 000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes; a longer body is cut off and refused. Default 5 MB. */
  maxBytes?: number;
  /** Redirects followed (each hop re-checked). Default 5. */
  maxRedirects?: number;
  /** Allow private, loopback, link-local and unique-local addresses. Default false. */
  allowPrivate?: boolean;
  /** Minimum time between two requests to the same host, in ms. Default 1 000. */
  hostDelayMs?: number;
  /** Default `dossier/<version> (+https://github.com/dossier-news/dossier)`. */
  userAgent?: string;
  /** DNS resolution (replaceable in tests). */
  lookup?: LookupAll;
  /** How to wait for the politeness delay (replaceable in tests). */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedUrl {
  /** The URL as asked for. */
  requested: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  /** Every URL redirected to, in order. */
  redirects: string[];
}

/** Fetches URLs with the guards below; one per ingest run (it keeps the per-host politeness clock). */
export interface UrlFetcher {
  fetch(url: string): Promise<FetchedUrl>;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 5 * 1000 * 1000;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_HOST_DELAY_MS = 1_000;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export const USER_AGENT = `dossier/${packageVersion()} (+https://github.com/dossier-news/dossier)`;

const ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,application/json;q=0.8,*/*;q=0.5";

const defaultLookup: LookupAll = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A guarded fetcher (Node's global fetch): only http(s); every hop's host resolved and refused
 * when any of its addresses is private (unless `allowPrivate`); redirects followed by hand, at
 * most `maxRedirects`; a timeout per request; the body streamed and cut at `maxBytes`; requests
 * to one host spaced by `hostDelayMs`. Failures are ReaderErrors named after the URL.
 *
 * Known limit: the addresses are checked before the request and fetch resolves the name again,
 * so a DNS answer that changes in between (rebinding) is not caught.
 */
export function createUrlFetcher(opts: UrlFetchOptions = {}): UrlFetcher {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const hostDelay = opts.hostDelayMs ?? DEFAULT_HOST_DELAY_MS;
  const userAgent = opts.userAgent ?? USER_AGENT;
  const lookup = opts.lookup ?? defaultLookup;
  const wait = opts.sleep ?? sleep;
  const nextAt = new Map<string, number>();

  /** Reserves the next slot for a host synchronously, so concurrent callers are spaced too. */
  async function waitTurn(host: string): Promise<void> {
    if (hostDelay <= 0) return;
    const now = Date.now();
    const at = Math.max(now, nextAt.get(host) ?? 0);
    nextAt.set(host, at + hostDelay);
    if (at > now) await wait(at - now);
  }

  async function checkHost(url: URL, input: string): Promise<void> {
    if (opts.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, "");
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await lookup(host)).map((a) => a.address);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        throw new ReaderError("network", input, `cannot resolve host ${host}: ${code}`);
      }
      if (addresses.length === 0) throw new ReaderError("network", input, `host ${host} has no address`);
    }
    const bad = addresses.find(isPrivateAddress);
    if (bad !== undefined) {
      throw new ReaderError("forbidden-address", input, `refused: ${host} resolves to the private or local address ${bad} (pass --allow-private to allow)`);
    }
  }

  async function fetchOnce(url: URL, input: string): Promise<{ response: Response; controller: AbortController; timer: NodeJS.Timeout }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(url, {
        redirect: "manual",
        signal: controller.signal,
        headers: { "user-agent": userAgent, accept: ACCEPT },
      });
      return { response, controller, timer };
    } catch (e) {
      clearTimeout(timer);
      throw networkError(e, input, controller.signal.aborted, timeoutMs);
    }
  }

  return {
    async fetch(requested: string): Promise<FetchedUrl> {
      const input = requested;
      let url = parseHttpUrl(requested, input);
      const redirects: string[] = [];
      for (let hop = 0; ; hop++) {
        await checkHost(url, input);
        await waitTurn(url.host);
        const { response, controller, timer } = await fetchOnce(url, input);
        try {
          if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
            await response.body?.cancel().catch(() => {});
            if (hop >= maxRedirects) throw new ReaderError("too-many-redirects", input, `more than ${maxRedirects} redirects (last to ${url.href})`);
            const location = response.headers.get("location")!;
            let next: URL;
            try {
              next = new URL(location, url);
            } catch {
              throw new ReaderError("network", input, `bad redirect location "${location.slice(0, 100)}"`);
            }
            url = parseHttpUrl(next.href, input);
            redirects.push(url.href);
            continue;
          }
          if (response.status < 200 || response.status >= 300) {
            await response.body?.cancel().catch(() => {});
            throw new ReaderError("http-status", input, `HTTP ${response.status}${response.statusText ? " " + response.statusText : ""}${redirects.length ? ` (at ${url.href})` : ""}`);
          }
          const declared = Number(response.headers.get("content-length"));
          if (Number.isFinite(declared) && declared > maxBytes) {
            await response.body?.cancel().catch(() => {});
            throw new ReaderError("too-large", input, `response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
          }
          const bytes = await readBody(response, input, maxBytes, controller, timeoutMs);
          return { requested, url: url.href, status: response.status, contentType: response.headers.get("content-type"), bytes, redirects };
        } finally {
          clearTimeout(timer);
        }
      }
    },
  };
}

function parseHttpUrl(s: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new ReaderError("bad-option", input, "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ReaderError("forbidden-address", input, `refused: only http and https URLs are fetched, not ${url.protocol}`);
  }
  return url;
}

async function readBody(response: Response, input: string, maxBytes: number, controller: AbortController, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new ReaderError("too-large", input, `response is over the ${formatBytes(maxBytes)} limit (cut off)`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw networkError(e, input, controller.signal.aborted, timeoutMs);
  }
  return Buffer.concat(chunks, total);
}

function networkError(e: unknown, input: string, aborted: boolean, timeoutMs: number): ReaderError {
  if (e instanceof ReaderError) return e;
  if (aborted) return new ReaderError("timeout", input, `no complete response within ${Math.round(timeoutMs / 100) / 10} s`);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (e as Error).message ?? String(e);
  return new ReaderError("network", input, `fetch failed: ${why}`);
}
