import { BYLINE_CLASS_WORDS, CAPTION_CLASS_WORDS } from "../../lexicons/en/pageFurniture.js";
import { classWords, hasWord } from "./classWords.js";

/** Elements whose text is its own paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
  "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center",
]);

/** Elements never read (also when the furniture pruning did not run). */
const SKIP_TAGS: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "iframe", "svg", "math", "head", "title"]);

/** One paragraph of page text, with what the markup around it says about it. */
export interface RawBlock {
  /** Whitespace collapsed; lines (from `<br>`) joined by "\n". */
  text: string;
  /** The innermost block element holding the text. */
  owner: Element;
  /** Characters inside links, and inside `<time>`. */
  linkChars: number;
  timeChars: number;
  /** h1…h6 level, 0 for other blocks. */
  heading: number;
  listItem: boolean;
  /** Inside a figure caption (figcaption, or a caption/credit class) / a byline or date line. */
  caption: boolean;
  byline: boolean;
}

interface Context {
  link: boolean;
  time: boolean;
  heading: number;
  listItem: boolean;
  caption: boolean;
  byline: boolean;
}

/**
 * The paragraphs of `root` in document order: one per block element (text between nested
 * blocks belongs to the outer one), `<br>` as a line break. The walk is iterative, so it costs
 * no stack on deep markup.
 */
export function collectBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  let lines: string[] = [];
  let cur = "";
  let linkChars = 0;
  let timeChars = 0;
  let startCtx: Context | null = null;
  let owner: Element = root;
  const endLine = () => {
    const t = cur.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    cur = "";
  };
  const endBlock = () => {
    endLine();
    if (lines.length && startCtx) {
      out.push({ text: lines.join("\n"), owner, linkChars, timeChars, ...pick(startCtx) });
    }
    lines = [];
    linkChars = 0;
    timeChars = 0;
    startCtx = null;
  };
  type Frame = { node: Node; ctx: Context; owner: Element; exit: boolean };
  const base: Context = { link: false, time: false, heading: 0, listItem: false, caption: false, byline: false };
  const stack: Frame[] = [{ node: root, ctx: base, owner: root, exit: false }];
  while (stack.length) {
    const f = stack.pop()!;
    const node = f.node;
    if (f.exit) {
      endBlock();
      owner = f.owner;
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      if (!startCtx && /\S/.test(t)) startCtx = f.ctx;
      owner = f.owner;
      cur += t;
      const n = t.replace(/\s+/g, " ").length;
      if (f.ctx.link) linkChars += n;
      if (f.ctx.time) timeChars += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === "br") {
      // "<br><br>" (nothing but space since the last break) ends a paragraph; one "<br>" a line
      if (/\S/.test(cur)) endLine();
      else endBlock();
      continue;
    }
    const block = BLOCK_TAGS.has(tag) || tag === "body";
    const ctx = childContext(f.ctx, el, tag);
    const elOwner = block ? el : f.owner;
    if (block) {
      endBlock();
      // revisit after the children to close this block and restore the outer owner
      stack.push({ node, ctx, owner: f.owner, exit: true });
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], ctx, owner: elOwner, exit: false });
  }
  endBlock();
  return out;
}

function pick(c: Context): Pick<RawBlock, "heading" | "listItem" | "caption" | "byline"> {
  return { heading: c.heading, listItem: c.listItem, caption: c.caption, byline: c.byline };
}

function childContext(c: Context, el: Element, tag: string): Context {
  const words = classWords(el);
  const heading = /^h[1-6]$/.test(tag) ? Number(tag[1]) : c.heading;
  const caption = c.caption || tag === "figcaption" || tag === "figure" || hasWord(words, CAPTION_CLASS_WORDS);
  const byline = c.byline || tag === "address" || hasWord(words, BYLINE_CLASS_WORDS);
  const link = c.link || tag === "a";
  const time = c.time || tag === "time";
  const listItem = c.listItem || tag === "li";
  if (heading === c.heading && caption === c.caption && byline === c.byline && link === c.link && time === c.time && listItem === c.listItem) return c;
  return { heading, caption, byline, link, time, listItem };
}
