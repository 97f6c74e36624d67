import type { ReadResult } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { decodeText } from "./decodeText.js";
import { sniffFormat } from "./detectFormat.js";
import { looksLikeFeed, readFeed, type Feed } from "./feedRead.js";
import { readHtml } from "./readHtml.js";
import { readJson } from "./readJson.js";
import { readJsonl } from "./readJsonl.js";
import { readText } from "./readText.js";
import type { FetchedUrl } from "./urlFetch.js";

/** What a fetched URL turned out to be: a feed (its item links) or articles. */
export type UrlContent = { kind: "feed"; url: string; feed: Feed } | { kind: "articles"; url: string; results: ReadResult[] };

/**
 * A fetched response → a feed or articles. The charset comes from the Content-Type header (or
 * the page's `<meta charset>`); the format from the content type, else from the content.
 * HTML articles get the final URL (after redirects) as their page URL. Throws a ReaderError for
 * content that is not an article (images, PDFs, empty bodies, …).
 */
export async function readFetched(f: FetchedUrl, opts: { encoding?: string | null } = {}): Promise<UrlContent> {
  const input = f.requested;
  const type = (f.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type && !/^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml|json|ld\+json|x-ndjson|jsonl?)$)/.test(type)) {
    throw new ReaderError("binary", input, `not an article: content type ${type}`);
  }
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(f.contentType ?? "")?.[1] ?? declaredCharset(f.bytes);
  const text = decodeText(f.bytes, input, { encoding: opts.encoding ?? null, declared: charset });
  if (looksLikeFeed(f.contentType, text)) return { kind: "feed", url: f.url, feed: readFeed(text, f.url, input) };
  const format =
    type === "text/html" || type === "application/xhtml+xml" ? "html"
    : type === "application/json" || type === "application/ld+json" ? sniffFormat(text)
    : type === "application/x-ndjson" || type === "application/jsonl" ? "jsonl"
    : type === "text/plain" ? "text"
    : sniffFormat(text);
  const ctx = { baseDir: "/nonexistent/dossier-remote", maxBytes: 0, source: "json" };
  const results: ReadResult[] = [];
  if (format === "json" || format === "jsonl") {
    // "text_file" names a local file: a fetched document must never make us read one.
    if (hasTextFile(text)) throw new ReaderError("malformed-json", input, `"text_file" is not allowed in a fetched document`);
    const gen = format === "json" ? readJson(text, input, ctx) : readJsonl(text, input, ctx);
    for await (const r of gen) results.push(r);
    return { kind: "articles", url: f.url, results };
  }
  if (format === "html") {
    results.push({ input, format, article: readHtml(text, input, { url: f.url }) });
  } else {
    results.push({ input, format, article: { ...readText(text), url: f.url } });
  }
  return { kind: "articles", url: f.url, results };
}

function hasTextFile(text: string): boolean {
  return /"text_file"\s*:/.test(text);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
