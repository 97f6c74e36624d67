import type { ReaderArticle } from "./ReaderArticle.js";
import { webUrl } from "../util/webUrl.js";

/**
 * The article with only web URLs: its `url` and every `url` metadata candidate become http(s)
 * URLs without credentials, and any other URL (`javascript:`, `data:`, `file:`, …) is dropped.
 */
export function withWebUrls(article: ReaderArticle): ReaderArticle {
  const candidates = article.metadataCandidates?.flatMap((c) => {
    if (c.field !== "url") return [c];
    const u = webUrl(c.value);
    return u ? [{ ...c, value: u }] : [];
  });
  const url = article.url == null ? article.url : webUrl(article.url);
  return { ...article, url, ...(candidates ? { metadataCandidates: candidates } : {}) };
}
