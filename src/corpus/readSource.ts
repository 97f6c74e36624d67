import { extname } from "node:path";
import type { ReaderArticle } from "../readers/ReaderArticle.js";
import { ReaderError } from "../readers/ReaderError.js";
import { decodeText } from "../readers/decodeText.js";
import { readFeed } from "../readers/feedRead.js";
import { DEFAULT_MAX_BYTES, readFileBytes } from "../readers/readBytes.js";
import { readInputs } from "../readers/readInputs.js";
import type { UrlFetcher } from "../readers/urlFetch.js";
import { readFetched } from "../readers/urlRead.js";
import { canonicalUrl } from "./canonicalUrl.js";
import { FEED_EXTENSIONS, isUrl } from "./expandSources.js";
import { withWebUrls } from "../readers/articleUrls.js";
import { webUrl } from "../util/webUrl.js";

/** A feed's item links that are web URLs, without credentials (others are not queued). */
function feedLinks(items: readonly { link: string }[]): string[] {
  return [...new Set(items.map((i) => webUrl(i.link)).filter((u): u is string => u !== null))];
}

/** One thing a source yields: an article, a problem, or (from a feed) links to more sources. */
export type SourceItem =
  | { kind: "article"; input: string; article: ReaderArticle; canonicalUrl: string | null }
  | { kind: "error"; input: string; error: ReaderError }
  | { kind: "links"; input: string; links: string[] };

export interface ReadSourceOptions {
  fetcher: UrlFetcher;
  /** Size limit for files (default 16 MiB); URLs use the fetcher's. */
  maxBytes?: number;
  encoding?: string | null;
}

/**
 * Reads one source (a file path or an http(s) URL) into articles. A JSONL file or a JSON array
 * yields one item per record; a feed (URL, or a local .xml/.rss/.atom file) yields its item links.
 * Never throws a ReaderError: problems become `error` items.
 */
export async function* readSource(source: string, opts: ReadSourceOptions): AsyncGenerator<SourceItem> {
  try {
    if (isUrl(source)) {
      const fetched = await opts.fetcher.fetch(source);
      const content = await readFetched(fetched, { encoding: opts.encoding });
      if (content.kind === "feed") {
        yield { kind: "links", input: source, links: feedLinks(content.feed.items) };
        return;
      }
      for (const r of content.results) {
        if (r.error) yield { kind: "error", input: r.input, error: r.error };
        else {
          const article = withWebUrls(r.article);
          const canonical = canonicalUrl(article.metadataCandidates, article.url ?? content.url);
          yield { kind: "article", input: r.input, article: { ...article, url: canonical ?? article.url ?? null }, canonicalUrl: canonical };
        }
      }
      return;
    }
    if (FEED_EXTENSIONS.has(extname(source).toLowerCase())) {
      const bytes = await readFileBytes(source, source, opts.maxBytes ?? DEFAULT_MAX_BYTES);
      const feed = readFeed(decodeText(bytes, source, { encoding: opts.encoding ?? null }), null, source);
      yield { kind: "links", input: source, links: feedLinks(feed.items) };
      return;
    }
    for await (const r of readInputs([source], { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, encoding: opts.encoding ?? null })) {
      if (r.error) yield { kind: "error", input: r.error.input || r.input, error: r.error };
      else yield { kind: "article", input: r.input, article: r.article, canonicalUrl: canonicalUrl(r.article.metadataCandidates, r.article.url) };
    }
  } catch (e) {
    if (!(e instanceof ReaderError)) throw e;
    yield { kind: "error", input: e.input || source, error: e };
  }
}
