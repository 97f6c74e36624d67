import { cleanUrl } from "../corpus/canonicalUrl.js";
import type { ReaderArticle } from "../readers/ReaderArticle.js";
import { ReaderError } from "../readers/ReaderError.js";
import { readHtml } from "../readers/readHtml.js";
import { normalizeDate } from "../readers/normalizeDate.js";
import { ApiError } from "./apiError.js";

/** The JSON article the API accepts (`ArticleInputSchema`). */
export interface ApiArticle {
  text?: string;
  html?: string;
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
}

/**
 * A JSON article → the reader's article: `html` goes through the HTML reader (Readability), and
 * metadata given in the JSON wins over what the page says. `field` prefixes the error field
 * (e.g. `[2]` for the third article of an array). Throws ApiError 400 on unreadable input.
 */
export function articleFromApi(a: ApiArticle, field = ""): { article: ReaderArticle; canonicalUrl: string | null } {
  const url = a.url ? cleanUrl(a.url) : null;
  if (a.url && !url) throw new ApiError(400, "invalid", `${field}url: not an http(s) URL`, `${field}url`);
  let published: string | null = null;
  if (a.published) {
    published = normalizeDate(a.published);
    if (!published) throw new ApiError(400, "invalid", `${field}published: not a date: "${a.published.slice(0, 40)}"`, `${field}published`);
  }
  let article: ReaderArticle;
  if (a.html !== undefined) {
    try {
      article = readHtml(a.html, "request", { url });
    } catch (e) {
      if (e instanceof ReaderError) throw new ApiError(400, e.code, `${field}html: ${e.message}`, `${field}html`);
      throw e;
    }
  } else {
    const text = a.text ?? "";
    if (!text.trim()) throw new ApiError(400, "invalid", `${field}text: is empty`, `${field}text`);
    article = { text };
  }
  if (!article.text.trim()) throw new ApiError(400, "empty", `${field}html: no article text found`, `${field}html`);
  return {
    article: {
      ...article,
      title: a.title ?? article.title ?? null,
      outlet: a.outlet ?? article.outlet ?? null,
      published: published ?? article.published ?? null,
      url: url ?? article.url ?? null,
    },
    canonicalUrl: url ?? cleanUrl(article.url),
  };
}
