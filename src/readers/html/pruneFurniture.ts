import { BODY_CLASS_WORDS, DROP_CLASS_WORDS, DROP_ROLES, DROP_TAGS, SECTION_HEADING_TEXT } from "../../lexicons/en/pageFurniture.js";
import { classWords, hasWord } from "./classWords.js";

/** An element dropped by its class is kept when it holds at least this share of the page's text. */
const KEEP_SHARE = 0.4;

/**
 * Removes page furniture from `root` in place: whole tag families (nav, aside, footer, form,
 * script, …), ARIA furniture roles, hidden elements, and elements whose class or id names
 * furniture (share bars, newsletter boxes, ads, related links) unless they hold a large share
 * of the page's text. Iterative, so depth costs no stack.
 */
export function pruneFurniture(root: Element): void {
  const pageText = textLength(root);
  const stack: Element[] = [root];
  const headings: Element[] = [];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = Array.from(el.children);
    for (const kid of kids) {
      if (isFurniture(kid, pageText)) kid.remove();
      else {
        stack.push(kid);
        if (/^h[2-6]$/i.test(kid.tagName)) headings.push(kid);
      }
    }
  }
  // a furniture section heading ("Most read", "Trending") takes the box it heads with it
  for (const h of headings) {
    const box = h.parentElement;
    if (!box || box === root || !h.isConnected) continue;
    if (!SECTION_HEADING_TEXT.test((h.textContent ?? "").replace(/\s+/g, " ").trim())) continue;
    if (box.firstElementChild === h && textLength(box) < 0.25 * pageText) box.remove();
    else h.remove();
  }
}

function isFurniture(el: Element, pageText: number): boolean {
  const tag = el.tagName.toLowerCase();
  if (DROP_TAGS.has(tag)) return true;
  const role = el.getAttribute("role")?.trim().toLowerCase();
  if (role && DROP_ROLES.has(role)) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if (tag === "article" || tag === "main" || tag === "body" || tag === "html") return false;
  const words = classWords(el);
  if (!words.length || hasWord(words, BODY_CLASS_WORDS) || !hasWord(words, DROP_CLASS_WORDS)) return false;
  return textLength(el) < KEEP_SHARE * pageText;
}

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
}
