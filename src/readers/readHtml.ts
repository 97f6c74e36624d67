import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { FurnitureBlock, MetadataCandidate } from "../types.js";
import type { ReaderArticle } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { dateFromUrl, normalizeDate } from "./normalizeDate.js";
import { bylineDate, datelineDate } from "./datelineDate.js";
import { boundNesting, MAX_HTML_DEPTH } from "./html/boundNesting.js";
import { domDepth } from "./html/domDepth.js";
import { collectBlocks } from "./html/collectBlocks.js";
import { extractArticle, type PageBlock } from "./html/extractArticle.js";

export interface HtmlOptions {
  /** Where the page came from (e.g. `--url`); used for a URL date and to resolve a relative canonical link. */
  url?: string | null;
}

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
 * Readability is the fallback only on shallow pages (element depth of the parsed page; real
 * pages stay under ~30): its walks recurse and its cost grows steeply with nesting depth.
 */
const READABILITY_MAX_DEPTH = 80;

/**
 * HTML → article. The markup is first bounded in nesting depth ({@link boundNesting}); the
 * article text is then {@link extractArticle}'s blocks joined by blank lines (no markup), with
 * captions, bylines and "Read more" links kept but listed in `furniture` so no facts are taken
 * from them (Readability is the fallback for a page where no prose is found). Title, outlet,
 * URL, author and published date come from JSON-LD, meta tags, `<time>`, the headline, a
 * dateline and the URL; every candidate is kept in `metadataCandidates`, the most trusted chosen.
 */
export function readHtml(html: string, input: string, opts: HtmlOptions = {}): ReaderArticle {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ReaderError("malformed-html", input, "no HTML tags found");
  const bounded = boundNesting(html);
  const notes: string[] = [];
  if (bounded.dropped) {
    notes.push(`the page nests elements ${bounded.depth} deep: ${bounded.dropped} tags deeper than ${MAX_HTML_DEPTH} were dropped and their text read as it stands`);
  }
  const markup = bounded.html;
  const full = /<html[\s>]/i.test(markup) ? markup : `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
  const parse = (): Document => {
    let doc: Document;
    try {
      doc = parseHTML(full).document as unknown as Document;
    } catch (e) {
      throw new ReaderError("malformed-html", input, `cannot parse HTML: ${(e as Error).message}`);
    }
    if (!doc.documentElement || !doc.body) throw new ReaderError("malformed-html", input, "HTML has no document body");
    return doc;
  };
  const doc = parse();
  // the depth of what was parsed (boundNesting follows the parser's rules, so this is at most
  // MAX_HTML_DEPTH + 1 unless the two disagree; the extractors below are iterative either way)
  const depth = domDepth(doc);

  const candidates = collectMetadata(doc, opts.url ?? null);
  const titleText = doc.querySelector("title")?.textContent;
  const h1Text = doc.querySelector("h1")?.textContent ?? headlineInTitle(doc, titleText);
  // date lines anywhere on the page (a byline box outside the article body still dates it)
  const dateLines = Array.from(doc.querySelectorAll('[class*="byline"], [class*="date"], [class*="meta"], [class*="posted"], [class*="time"], [class*="info"]'))
    .slice(0, 20)
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter((t) => t.length < 200);
  const language = primaryLanguage(doc.documentElement.getAttribute("lang"));
  const bodyText = (doc.body.textContent ?? "").trim();

  const titles = [titleText, ...candidates.filter((c) => c.field === "title").map((c) => c.value)].filter((t): t is string => !!t);
  let blocks = extractArticle(doc, titles);
  let viaReadability: ReturnType<Readability<Node0>["parse"]> = null;
  if (!blocks.some((b) => b.kind === "body") && depth <= READABILITY_MAX_DEPTH) {
    try {
      viaReadability = new Readability<Node0>(parse(), { serializer: (n) => n as unknown as Node0 }).parse();
    } catch (e) {
      throw new ReaderError("malformed-html", input, `cannot extract the article: ${(e as Error).message}`);
    }
    if (viaReadability?.content) blocks = collectBlocks(viaReadability.content as unknown as Element).map((b) => ({ text: b.text, kind: "body" as const }));
  }
  if (!blocks.some((b) => b.kind === "body")) {
    if (!bodyText) throw new ReaderError("empty", input, "HTML has no text in its body");
    throw new ReaderError("malformed-html", input, "no readable article content found in the HTML");
  }
  const { text, furniture } = joinBlocks(blocks);

  add(candidates, "title", viaReadability?.title, "readability");
  add(candidates, "title", h1Text, "html:h1");
  add(candidates, "title", titleText, "html:title");
  add(candidates, "author", viaReadability?.byline, "readability");
  for (const b of blocks) if (b.kind === "byline") add(candidates, "published", bylineDate(b.text), "text:byline");
  for (const t of dateLines) add(candidates, "published", bylineDate(t), "text:byline");
  const lead = blocks.find((b) => b.kind === "body");
  if (lead) add(candidates, "published", datelineDate(lead.text), "text:dateline");
  for (const c of candidates.filter((c) => c.field === "url")) add(candidates, "published", dateFromUrl(c.value), "url");

  const pick = (field: MetadataCandidate["field"]) => candidates.find((c) => c.field === field)?.value ?? null;
  return {
    text,
    title: pick("title"),
    outlet: pick("outlet"),
    published: pick("published"),
    url: pick("url"),
    ...(language ? { language } : {}),
    metadataCandidates: candidates,
    ...(furniture.length ? { furniture } : {}),
    ...(notes.length ? { readerNotes: notes } : {}),
  };
}

/** Without an `<h1>`: the first h2/h3 whose text the `<title>` holds ("Site - Headline"). */
function headlineInTitle(doc: Document, title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, " ").trim().toLowerCase();
  if (!t) return null;
  for (const h of Array.from(doc.querySelectorAll("h2, h3")).slice(0, 10)) {
    const text = (h.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length >= 10 && t.includes(text.toLowerCase())) return text;
  }
  return null;
}

/** The article text: blocks joined by blank lines, with the furniture blocks' offsets. */
export function joinBlocks(blocks: readonly PageBlock[]): { text: string; furniture: FurnitureBlock[] } {
  const parts: string[] = [];
  const furniture: FurnitureBlock[] = [];
  let off = 0;
  for (const b of blocks) {
    if (parts.length) off += 2;
    if (b.kind !== "body") furniture.push({ start: off, end: off + b.text.length, kind: b.kind });
    parts.push(b.text);
    off += b.text.length;
  }
  return { text: parts.join("\n\n"), furniture };
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
  // Published: JSON-LD, then meta tags, then <time>; readHtml adds the byline, dateline and URL dates.
  if (article) add(out, "published", article.datePublished, "json-ld");
  for (const key of DATE_META) add(out, "published", meta.get(key), `meta:${key}`);
  const time = doc.querySelector("time[pubdate], time[itemprop=datePublished]");
  add(out, "published", time?.getAttribute("datetime"), "html:time");
  // the first <time datetime> of the article (or the page) is usually its date line
  const anyTime = doc.querySelector("article time[datetime], main time[datetime]") ?? doc.querySelector("time[datetime]");
  add(out, "published", anyTime?.getAttribute("datetime"), "html:time");
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
