import type { FurnitureKind } from "../../types.js";
import { BYLINE_TEXT, CAPTION_TEXT, DROP_TEXT, RELATED_TEXT } from "../../lexicons/en/pageFurniture.js";
import { bylineDate } from "../datelineDate.js";
import { collectBlocks, type RawBlock } from "./collectBlocks.js";
import { pruneFurniture } from "./pruneFurniture.js";

/** One paragraph of the extracted article: body text, or furniture kept but marked. */
export interface PageBlock {
  text: string;
  kind: "body" | FurnitureKind;
}

/** A child holding this share of its parent's body text (and most of its paragraphs) is the better root. */
const DESCEND_SHARE = 0.9;
/** Paragraph-level elements: never the content root. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "li", "dt", "dd", "figcaption"]);
/** Links making up this share of a block's text make it a link block (a related-links list, a teaser). */
const LINK_DENSE = 0.6;

/**
 * The article of a parsed page, as trafilatura and Readability approach it: furniture
 * dropped by tag, role, class and text (navigation, ads, newsletter boxes, share bars,
 * related-link lists, repeated captions), the content root found as the element holding most
 * of the page's prose, and the remaining captions, bylines and "Read more" links kept as
 * marked blocks. Mutates `doc` (prunes it). Returns no blocks when the page has no prose.
 */
export function extractArticle(doc: Document, titles: readonly string[] = []): PageBlock[] {
  const body = doc.body;
  pruneFurniture(body);
  const raw = collectBlocks(body);
  const root = contentRoot(body, raw);
  const inRoot = root === body ? raw : raw.filter((b) => root.contains(b.owner));
  return classify(inRoot, titles.map(textKey).filter((t) => t.length >= 10));
}

/** Lower-cased letters and digits, single-spaced: for comparing block texts. */
function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Prose: a block that reads as article text (long enough, few links, not a caption or byline). */
function isProse(b: RawBlock): boolean {
  if (b.caption || b.byline || b.heading) return false;
  const len = b.text.length;
  if (b.linkChars > 0.35 * len) return false;
  return len >= 80 || (len >= 30 && /[.!?…”"’)]$/.test(b.text));
}

/**
 * The element to read the article from: starting at the body, step into the child holding
 * most of the prose (≥ 90 % of its characters and more than half of its paragraphs) while
 * there is one. Sums are kept per ancestor, so the cost is blocks × depth.
 */
function contentRoot(body: Element, blocks: readonly RawBlock[]): Element {
  const weight = new Map<Element, number>();
  const count = new Map<Element, number>();
  for (const b of blocks) {
    if (!isProse(b)) continue;
    for (let el: Element | null = b.owner; el; el = el === body ? null : el.parentElement) {
      weight.set(el, (weight.get(el) ?? 0) + b.text.length);
      count.set(el, (count.get(el) ?? 0) + 1);
    }
  }
  let node = body;
  for (;;) {
    const w = weight.get(node) ?? 0;
    const n = count.get(node) ?? 0;
    if (!w) return node;
    let best: Element | null = null;
    let bestW = 0;
    for (const kid of Array.from(node.children)) {
      const kw = weight.get(kid) ?? 0;
      if (kw > bestW) {
        best = kid;
        bestW = kw;
      }
    }
    if (!best || bestW < DESCEND_SHARE * w || (count.get(best) ?? 0) * 2 <= n) return node;
    // a paragraph is not a root: its siblings (short ones too) are article text
    if (PARAGRAPH_TAGS.has(best.tagName.toLowerCase()) || ((count.get(best) ?? 0) === 1 && n > 1)) return node;
    node = best;
  }
}

/** Marks or drops each block of the content root. */
function classify(blocks: readonly RawBlock[], titles: readonly string[]): PageBlock[] {
  const seen = new Set<string>();
  const out: (PageBlock & { heading: boolean })[] = [];
  let sawProse = false;
  for (const b of blocks) {
    const text = b.text;
    const key = textKey(text);
    if (!key || seen.has(key)) continue; // a repeated caption, teaser or pull quote
    seen.add(key);
    if (b.heading === 1) continue; // the headline: the title, not body text
    // a headline in another heading level, before the article's first paragraph
    if (b.heading && !sawProse && key.length >= 10 && titles.some((t) => t.includes(key))) continue;
    const len = text.length;
    if (len < 300 && DROP_TEXT.some((re) => re.test(text))) continue;
    const links = b.linkChars / len;
    let kind: PageBlock["kind"] = "body";
    if (len < 200 && BYLINE_TEXT.some((re) => re.test(text))) kind = "byline";
    else if (b.caption || (len < 300 && CAPTION_TEXT.some((re) => re.test(text)))) kind = "caption";
    else if ((b.byline && len < 200) || (len < 200 && BYLINE_TEXT.some((re) => re.test(text))) || (b.timeChars > 0.5 * len && len < 120) || (len < 120 && !/[.!?"”]$/.test(text) && bylineDate(text))) kind = "byline";
    else if (RELATED_TEXT.some((re) => re.test(text))) kind = "related";
    else if (links >= LINK_DENSE) {
      if (b.listItem || b.heading) continue; // a list of links: related stories, tags, navigation
      kind = "related";
    } else if (!b.heading && !/[\p{P}\p{N}]/u.test(text) && text.split(/\s+/).length <= 3) continue; // "Facebook", "Share"
    out.push({ text, kind, heading: b.heading > 0 });
    if (kind === "body" && !b.heading) sawProse = true;
  }
  // a heading with no body text after it ("More on this story" over a dropped list) goes too;
  // one pass from the end knows, for each block, whether the next body block is a heading
  const keep = new Array<boolean>(out.length).fill(true);
  let nextBodyIsText = false;
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i];
    if (b.heading) keep[i] = nextBodyIsText;
    if (b.kind === "body") nextBodyIsText = !b.heading;
  }
  const kept = out.filter((_, i) => keep[i]).map((b): PageBlock => ({ text: b.text, kind: b.kind }));
  return kept;
}
