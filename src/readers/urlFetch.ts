import { readFileSync } from "node:fs";
import { promises as dns } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
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
  /**
   * Which resolved addresses may be connected to (unless `allowPrivate`). Default: every address
   * that is not private, loopback, link-local or unique-local (`isPrivateAddress`).
   */
  allowAddress?: (address: string) => boolean;
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

/** What a request answered: status, headers and the (decompressed) body stream. */
interface HttpAnswer {
  status: number;
  statusText: string;
  header(name: string): string | null;
  body: AsyncIterable<Uint8Array>;
  /** Drops the rest of the body and the connection. */
  cancel(): void;
}

/**
 * A guarded fetcher (node:http / node:https): only http(s); every hop's host resolved once and
 * refused when any of its addresses is not allowed (private, loopback, link-local, unique-local;
 * unless `allowPrivate`), and the connection made to those very addresses — the name is not
 * resolved again, so a DNS answer that changes in between (rebinding) cannot redirect it;
 * redirects followed by hand, at most `maxRedirects`, each hop checked; a timeout per request; the
 * body decompressed (gzip, deflate, br), streamed and cut at `maxBytes`; requests to one host
 * spaced by `hostDelayMs`. Failures are ReaderErrors named after the URL.
 */
export function createUrlFetcher(opts: UrlFetchOptions = {}): UrlFetcher {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const hostDelay = opts.hostDelayMs ?? DEFAULT_HOST_DELAY_MS;
  const userAgent = opts.userAgent ?? USER_AGENT;
  const lookup = opts.lookup ?? defaultLookup;
  const allowed = opts.allowAddress ?? ((a: string) => !isPrivateAddress(a));
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

  /**
   * Resolves the URL's host and checks every address; returns the addresses to connect to, or
   * null when the system resolver may be used (`allowPrivate`, or an IP literal that passed).
   */
  async function checkHost(url: URL, input: string): Promise<{ address: string; family: number }[] | null> {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (opts.allowPrivate) return null;
    let addresses: { address: string; family: number }[];
    const literal = isIP(host);
    if (literal) addresses = [{ address: host, family: literal }];
    else {
      try {
        addresses = await lookup(host);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
        throw new ReaderError("network", input, `cannot resolve host ${host}: ${code}`);
      }
      if (addresses.length === 0) throw new ReaderError("network", input, `host ${host} has no address`);
    }
    const bad = addresses.find((a) => !allowed(a.address));
    if (bad !== undefined) {
      throw new ReaderError("forbidden-address", input, `refused: ${host} resolves to the private or local address ${bad.address} (pass --allow-private to allow)`);
    }
    return literal ? null : addresses;
  }

  function fetchOnce(url: URL, input: string, pinned: { address: string; family: number }[] | null): Promise<{ answer: HttpAnswer; timer: NodeJS.Timeout; timedOut: () => boolean }> {
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const get = url.protocol === "https:" ? https.request : http.request;
      const pin: LookupFunction | undefined = pinned
        ? (_host, options, callback) => {
            const family = typeof options === "object" && options !== null ? options.family : undefined;
            const usable = pinned.filter((a) => !family || a.family === family);
            const list = usable.length ? usable : pinned;
            if (typeof options === "object" && options !== null && options.all) (callback as unknown as (e: null, a: typeof list) => void)(null, list);
            else callback(null, list[0].address, list[0].family);
          }
        : undefined;
      const req = get(url, {
        method: "GET",
        headers: { "user-agent": userAgent, accept: ACCEPT, "accept-encoding": "gzip, deflate, br" },
        ...(pin ? { lookup: pin } : {}),
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error("timeout"));
      }, timeoutMs);
      req.on("error", (e) => {
        clearTimeout(timer);
        reject(networkError(e, input, timedOut, timeoutMs));
      });
      req.on("response", (res: IncomingMessage) => {
        res.on("error", () => {});
        resolve({ answer: answerOf(res), timer, timedOut: () => timedOut });
      });
      req.end();
    });
  }

  return {
    async fetch(requested: string): Promise<FetchedUrl> {
      const input = requested;
      let url = parseHttpUrl(requested, input);
      const redirects: string[] = [];
      for (let hop = 0; ; hop++) {
        const pinned = await checkHost(url, input);
        await waitTurn(url.host);
        const { answer, timer, timedOut } = await fetchOnce(url, input, pinned);
        try {
          const location = answer.header("location");
          if (answer.status >= 300 && answer.status < 400 && location !== null) {
            answer.cancel();
            if (hop >= maxRedirects) throw new ReaderError("too-many-redirects", input, `more than ${maxRedirects} redirects (last to ${url.href})`);
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
          if (answer.status < 200 || answer.status >= 300) {
            answer.cancel();
            throw new ReaderError("http-status", input, `HTTP ${answer.status}${answer.statusText ? " " + answer.statusText : ""}${redirects.length ? ` (at ${url.href})` : ""}`);
          }
          const declared = Number(answer.header("content-length") ?? NaN);
          if (Number.isFinite(declared) && declared > maxBytes) {
            answer.cancel();
            throw new ReaderError("too-large", input, `response is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
          }
          const bytes = await readBody(answer, input, maxBytes, timedOut, timeoutMs);
          return { requested, url: url.href, status: answer.status, contentType: answer.header("content-type"), bytes, redirects };
        } finally {
          clearTimeout(timer);
        }
      }
    },
  };
}

/** The response as an {@link HttpAnswer}, its body decompressed per `content-encoding`. */
function answerOf(res: IncomingMessage): HttpAnswer {
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : null;
  // pipeline (not pipe): an error or abort on the response also ends the decoder's stream.
  const body = decoder ? pipeline(res, decoder, () => {}) : res;
  return {
    status: res.statusCode ?? 0,
    statusText: res.statusMessage ?? "",
    header(name) {
      const v = res.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
    },
    body,
    cancel() {
      decoder?.destroy();
      res.destroy();
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

async function readBody(answer: HttpAnswer, input: string, maxBytes: number, timedOut: () => boolean, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of answer.body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        answer.cancel();
        throw new ReaderError("too-large", input, `response is over the ${formatBytes(maxBytes)} limit (cut off)`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw networkError(e, input, timedOut(), timeoutMs);
  }
  if (timedOut()) throw networkError(new Error("timeout"), input, true, timeoutMs);
  return Buffer.concat(chunks, total);
}

function networkError(e: unknown, input: string, aborted: boolean, timeoutMs: number): ReaderError {
  if (e instanceof ReaderError) return e;
  if (aborted) return new ReaderError("timeout", input, `no complete response within ${Math.round(timeoutMs / 100) / 10} s`);
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (e as NodeJS.ErrnoException).code ?? (e as Error).message ?? String(e);
  return new ReaderError("network", input, `fetch failed: ${why}`);
}
