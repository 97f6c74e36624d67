import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { MetadataCandidate } from "../types.js";
import type { ReaderArticle } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { dateFromUrl, normalizeDate } from "./normalizeDate.js";

export interface HtmlOptions {
  /** Where the page came from (e.g. `--url`); used for a URL date and to resolve a relative canonical link. */
  url?: string | null;
}

/** Elements whose text is its own paragraph. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
  "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "iframe", "svg", "math", "button", "select", "textarea"]);

/** Article-like JSON-LD types, most specific first. */
const ARTICLE_TYPE = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|LiveBlogPosting|Article|BlogPosting|Report|ScholarlyArticle)$/;

/** Published-date meta keys (name/property/itemprop, lower-cased), most trusted first. */
const DATE_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "article:published",
  "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
  "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
];

type Node0 = { nodeType: number; nodeName: string; childNodes: ArrayLike<Node0>; textContent: string | null };
type Json = Record<string, unknown>;

/**
 * HTML → article. The text is Readability's article content with block elements joined by
 * blank lines (no markup); title, outlet, URL, author and published date come from JSON-LD,
 * meta tags and the URL, every candidate kept in `metadataCandidates` and the most trusted chosen.
 */
export function readHtml(html: string, input: string, opts: HtmlOptions = {}): ReaderArticle {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ReaderError("malformed-html", input, "no HTML tags found");
  const full = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let doc: Document;
  try {
    doc = parseHTML(full).document as unknown as Document;
  } catch (e) {
    throw new ReaderError("malformed-html", input, `cannot parse HTML: ${(e as Error).message}`);
  }
  if (!doc.documentElement || !doc.body) throw new ReaderError("malformed-html", input, "HTML has no document body");

  const candidates = collectMetadata(doc, opts.url ?? null);
  const titleText = doc.querySelector("title")?.textContent;
  const language = primaryLanguage(doc.documentElement.getAttribute("lang"));

  let parsed: ReturnType<Readability<Node0>["parse"]>;
  try {
    parsed = new Readability<Node0>(doc, { serializer: (n) => n as unknown as Node0 }).parse();
  } catch (e) {
    throw new ReaderError("malformed-html", input, `cannot extract the article: ${(e as Error).message}`);
  }
  const text = parsed?.content ? blockText(parsed.content) : "";
  if (!text) {
    const bodyText = (doc.body.textContent ?? "").trim();
    if (!bodyText) throw new ReaderError("empty", input, "HTML has no text in its body");
    throw new ReaderError("malformed-html", input, "no readable article content found in the HTML");
  }
  add(candidates, "title", parsed?.title, "readability");
  add(candidates, "title", titleText, "html:title");
  add(candidates, "author", parsed?.byline, "readability");

  const pick = (field: MetadataCandidate["field"]) => candidates.find((c) => c.field === field)?.value ?? null;
  return {
    text,
    title: pick("title"),
    outlet: pick("outlet"),
    published: pick("published"),
    url: pick("url"),
    ...(language ? { language } : {}),
    metadataCandidates: candidates,
  };
}

/** Text of a content node: one paragraph per block element, blank lines between, whitespace collapsed. */
export function blockText(root: Node0): string {
  const blocks: string[] = [];
  let lines: string[] = [];
  let cur = "";
  const endLine = () => {
    const t = cur.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    cur = "";
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines.join("\n"));
    lines = [];
  };
  const walk = (node: Node0) => {
    if (node.nodeType === 3) {
      cur += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") return endLine();
    const block = BLOCKS.has(tag);
    if (block) endBlock();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return blocks.join("\n\n");
}

function add(out: MetadataCandidate[], field: MetadataCandidate["field"], raw: unknown, source: string): void {
  if (typeof raw !== "string") return;
  let value = raw.replace(/\s+/g, " ").trim();
  if (!value) return;
  if (field === "published") {
    const d = normalizeDate(value);
    if (!d) return;
    value = d;
  }
  if (!out.some((c) => c.field === field && c.value === value && c.source === source)) out.push({ field, value, source });
}

/** All metadata candidates on the page, each field's most trusted source first. */
function collectMetadata(doc: Document, pageUrl: string | null): MetadataCandidate[] {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = el.getAttribute("content");
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const ld = jsonLd(doc);
  const article = ld.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t))) ?? ld.find((n) => "datePublished" in n || "headline" in n) ?? null;
  const byId = (v: unknown): unknown => {
    if (v && typeof v === "object" && !Array.isArray(v) && "@id" in v && !("name" in v)) {
      return ld.find((n) => n["@id"] === (v as Json)["@id"]) ?? v;
    }
    return v;
  };
  const names = (v: unknown): string[] => {
    const list = Array.isArray(v) ? v : [v];
    return list.map(byId).flatMap((x) => (typeof x === "string" ? [x] : x && typeof x === "object" && typeof (x as Json).name === "string" ? [(x as Json).name as string] : []));
  };

  const out: MetadataCandidate[] = [];
  // Title
  if (article) add(out, "title", article.headline, "json-ld");
  add(out, "title", meta.get("og:title"), "meta:og:title");
  add(out, "title", meta.get("twitter:title"), "meta:twitter:title");
  // Outlet
  add(out, "outlet", meta.get("og:site_name"), "meta:og:site_name");
  if (article) for (const n of names(article.publisher)) add(out, "outlet", n, "json-ld");
  add(out, "outlet", meta.get("application-name"), "meta:application-name");
  // URL
  const urls: [string | null | undefined, string][] = [
    [pageUrl, "flag"],
    [doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), "link:canonical"],
    [meta.get("og:url"), "meta:og:url"],
    [article && typeof article.url === "string" ? article.url : null, "json-ld"],
  ];
  for (const [u, source] of urls) add(out, "url", absoluteUrl(u, pageUrl), source);
  // Author
  if (article) for (const n of names(article.author)) add(out, "author", n, "json-ld");
  add(out, "author", meta.get("author"), "meta:author");
  add(out, "author", meta.get("article:author"), "meta:article:author");
  // Published: JSON-LD, then meta tags, then <time>, then dates in URLs.
  if (article) add(out, "published", article.datePublished, "json-ld");
  for (const key of DATE_META) add(out, "published", meta.get(key), `meta:${key}`);
  const time = doc.querySelector("time[pubdate], time[itemprop=datePublished]");
  add(out, "published", time?.getAttribute("datetime"), "html:time");
  for (const c of out.filter((c) => c.field === "url")) add(out, "published", dateFromUrl(c.value), "url");
  return out;
}

function jsonLd(doc: Document): Json[] {
  const nodes: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    nodes.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? "").replace(/^\s*(?:<!--|<!\[CDATA\[)/, "").replace(/(?:-->|\]\]>)\s*$/, "");
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      /* unusable JSON-LD block: ignore it */
    }
  }
  return nodes;
}

function types(n: Json): string[] {
  const t = n["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function absoluteUrl(u: string | null | undefined, base: string | null): string | null {
  if (!u || !u.trim()) return null;
  try {
    const url = base ? new URL(u.trim(), base) : new URL(u.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function primaryLanguage(lang: string | null): string | null {
  const m = lang ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}
