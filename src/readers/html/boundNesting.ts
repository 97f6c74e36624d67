/** Deepest element nesting the article extractor works on; real news pages stay under ~60. */
export const MAX_HTML_DEPTH = 200;

/** Elements without content: they never nest. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command"]);
/** Elements a parser closes by itself when a sibling opens: they do not deepen the tree. */
const IMPLIED = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup"]);
/** Elements whose content is raw text up to their closing tag. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "plaintext", "iframe", "noembed", "noframes"]);

export interface BoundedHtml {
  html: string;
  /** Deepest nesting seen (counting only elements that can nest). */
  depth: number;
  /** Tags dropped because they opened deeper than the bound (their text is kept). */
  dropped: number;
}

/**
 * One linear pass over the markup that drops the tags of elements opening deeper than `max`
 * (their text stays, merged into the deepest kept element), so a hostile page of 100,000
 * nested `<div>`s parses and extracts in bounded time. Comments and raw-text elements
 * (script, style, …) are skipped over; a closing tag pops back to its opening tag when one is
 * open (counted per name, so stray closing tags cost O(1)).
 */
export function boundNesting(html: string, max = MAX_HTML_DEPTH): BoundedHtml {
  const stack: { name: string; dropped: boolean }[] = [];
  const open = new Map<string, number>();
  const out: string[] = [];
  let copied = 0;
  let depth = 0;
  let dropped = 0;
  // Attributes up to the next "<" or ">": a "<" inside an attribute value is rare, and stopping
  // there keeps the scan linear on markup such as "<a<a<a…".
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>/y;
  const cut = (from: number, to: number) => {
    out.push(html.slice(copied, from));
    copied = to;
  };
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) break;
      i = html.indexOf("<", end + 3);
      continue;
    }
    tagRe.lastIndex = i;
    const m = tagRe.exec(html);
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const end = tagRe.lastIndex;
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (!closing && RAW.has(name)) {
      const closeRe = new RegExp(`</${name}`, "ig");
      closeRe.lastIndex = end;
      const close = closeRe.exec(html)?.index ?? -1;
      i = close < 0 ? -1 : html.indexOf("<", close + 2);
      continue;
    }
    if (VOID.has(name) || IMPLIED.has(name) || (!closing && m[3].trimEnd().endsWith("/"))) {
      i = html.indexOf("<", end);
      continue;
    }
    if (!closing) {
      const drop = stack.length >= max;
      if (drop) {
        dropped++;
        cut(i, end);
      }
      stack.push({ name, dropped: drop });
      open.set(name, (open.get(name) ?? 0) + 1);
      if (stack.length > depth) depth = stack.length;
    } else if ((open.get(name) ?? 0) > 0) {
      for (;;) {
        const top = stack.pop()!;
        open.set(top.name, open.get(top.name)! - 1);
        if (top.name === name) {
          if (top.dropped) cut(i, end);
          break;
        }
      }
    }
    i = html.indexOf("<", end);
  }
  if (dropped === 0) return { html, depth, dropped };
  out.push(html.slice(copied));
  return { html: out.join(""), depth, dropped };
}
