import { DOMParser } from "linkedom";
import { ReaderError } from "./ReaderError.js";
import { boundNesting, MAX_HTML_DEPTH } from "./html/boundNesting.js";

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  link: string;
  title: string | null;
  /** The item's date as the feed gives it (pubDate, published, updated, dc:date). */
  date: string | null;
}

export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;

/** True when a response is a feed: an RSS/Atom content type, or XML whose root is rss, feed or rdf:RDF. */
export function looksLikeFeed(contentType: string | null, text: string): boolean {
  if (contentType && /^application\/(rss|atom)\+xml\b/i.test(contentType)) return true;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(head);
  if (!root) return false;
  const name = root[1].toLowerCase();
  if (name === "rss" || name === "feed" || name === "rdf:rdf") return true;
  return Boolean(contentType && FEED_TYPES.test(contentType) && name === "channel");
}

type El = { getElementsByTagName(n: string): ArrayLike<El>; getAttribute(n: string): string | null; textContent: string | null; localName?: string; nodeName: string; children?: ArrayLike<El> };

function firstText(el: El, ...names: string[]): string | null {
  for (const n of names) {
    const found = el.getElementsByTagName(n);
    for (let i = 0; i < found.length; i++) {
      const t = (found[i].textContent ?? "").trim();
      if (t) return t;
    }
  }
  return null;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * RSS 2.0, RSS 1.0 (RDF) or Atom → the items' article links (absolute, resolved against
 * `baseUrl`, deduplicated, feed order). Throws a ReaderError when the XML is not a feed.
 */
export function readFeed(xml: string, baseUrl: string | null, input: string): Feed {
  let doc: { documentElement: El | null };
  try {
    // bounded in depth first: the parser's time grows with the square of the nesting
    doc = new DOMParser().parseFromString(boundNesting(xml, MAX_HTML_DEPTH, { xml: true }).html, "text/xml") as unknown as { documentElement: El | null };
  } catch (e) {
    throw new ReaderError("malformed-html", input, `cannot parse the feed XML: ${(e as Error).message}`);
  }
  const root = doc.documentElement;
  const name = (root?.nodeName ?? "").toLowerCase();
  const kind = name === "rss" ? "rss" : name === "feed" ? "atom" : name === "rdf:rdf" ? "rdf" : null;
  if (!root || !kind) throw new ReaderError("malformed-html", input, `not an RSS or Atom feed (root element <${name || "none"}>)`);
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  const push = (link: string | null, title: string | null, date: string | null) => {
    if (!link || seen.has(link)) return;
    seen.add(link);
    items.push({ link, title, date });
  };
  if (kind === "atom") {
    const entries = root.getElementsByTagName("entry");
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const links = e.getElementsByTagName("link");
      let href: string | null = null;
      for (let k = 0; k < links.length && !href; k++) {
        const rel = (links[k].getAttribute("rel") ?? "alternate").toLowerCase();
        if (rel === "alternate") href = links[k].getAttribute("href");
      }
      push(absolute(href, baseUrl), firstText(e, "title"), firstText(e, "published", "updated"));
    }
  } else {
    const list = root.getElementsByTagName("item");
    for (let i = 0; i < list.length; i++) {
      const it = list[i];
      let link = firstText(it, "link");
      if (!link) {
        const guids = it.getElementsByTagName("guid");
        const g = guids.length ? guids[0] : null;
        if (g && (g.getAttribute("isPermaLink") ?? "true").toLowerCase() !== "false") link = (g.textContent ?? "").trim();
      }
      if (!link && kind === "rdf") link = it.getAttribute("rdf:about");
      push(absolute(link, baseUrl), firstText(it, "title"), firstText(it, "pubDate", "dc:date", "date"));
    }
  }
  const title = kind === "atom" ? directChildText(root, "title") : firstText(root, "title");
  return { kind, title, items };
}

function directChildText(root: El, tag: string): string | null {
  const kids = root.children;
  if (!kids) return null;
  for (let i = 0; i < kids.length; i++) if (kids[i].nodeName.toLowerCase() === tag) return (kids[i].textContent ?? "").trim() || null;
  return null;
}
