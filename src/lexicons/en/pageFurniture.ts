/**
 * Page furniture: the parts of a news web page that are not the article. Written for dossier
 * from the markup conventions of common CMSs (WordPress, Arc, Brightspot, schema.org
 * microdata, ARIA landmark roles) and the usual wording of ads, newsletter boxes and share bars;
 * the idea of dropping whole tag families and link-dense blocks is the one trafilatura and
 * Readability describe in their documentation (no code or lists copied).
 */

/** Elements dropped with everything inside: never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "video", "audio", "object", "embed",
  "button", "select", "textarea", "input", "label", "form", "fieldset", "nav", "aside", "footer", "dialog", "menu",
  "link", "meta", "map", "area", "head", "title",
]);

/** ARIA roles of page furniture. */
export const DROP_ROLES: ReadonlySet<string> = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
  "tablist", "alert", "marquee",
]);

/**
 * class/id words of furniture blocks. The class and id are split at spaces, `-`, `_` and
 * camelCase humps into words, and each pair of neighbouring words is also tried joined
 * ("read-more" → "readmore"); any hit drops the element unless it holds a large share of the
 * page's text (a "has-sidebar" layout wrapper around the article). Whole words keep "header"
 * or "leader" from matching "ad". Utility words that also wrap article text ("hidden" in
 * "overflow-hidden", "print") are not listed.
 */
export const DROP_CLASS_WORDS: ReadonlySet<string> = new Set([
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "sharebar", "sharetools", "social",
  "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "promoted", "advert", "advertisement",
  "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "comment", "comments",
  "cookie", "cookies", "consent", "popup", "modal", "paywall", "widget", "sidebar", "rail", "trending", "popular", "mostread", "mostpopular",
  "related", "recommended", "recommendations", "recirc", "recirculation", "readmore", "morestories", "seealso", "alsoread",
  "morefrom", "upnext", "tags", "taglist", "toolbar", "masthead", "siteheader", "sitefooter", "footer", "skiplink", "sronly",
  "visuallyhidden", "screenreader", "offscreen", "banner", "donate", "disclaimer",
]);

/** class/id words of the article body: such an element is never dropped by its class. */
export const BODY_CLASS_WORDS: ReadonlySet<string> = new Set(["articlebody", "storybody", "postbody", "entrycontent", "articletext", "storytext", "bodytext"]);

/** class/id/itemprop words that mark a caption block. */
export const CAPTION_CLASS_WORDS: ReadonlySet<string> = new Set(["caption", "figcaption", "credit", "credits", "photo", "image", "img", "media", "gallery", "figure"]);

/** class/id/itemprop/rel words that mark a byline or date line. */
export const BYLINE_CLASS_WORDS: ReadonlySet<string> = new Set([
  "byline", "author", "authors", "contributor", "dateline", "timestamp", "published", "updated", "date", "time", "meta", "posted", "kicker",
]);

/** Whole-block texts that are ads, newsletter boxes, share bars and other chrome: dropped. */
export const DROP_TEXT: readonly RegExp[] = [
  /^(?:sponsored|advertisement|advertising|paid (?:content|post|partner)|promoted|partner content|ad|ads)\b/i,
  /^(?:share|tweet|email|print|copy link|save)(?: (?:this|the) (?:article|story|page))?(?: on \w+)?\s*$/i,
  /^share (?:this|the) (?:article|story|page)\b/i,
  /^(?:follow|like) us\b/i,
  /^(?:sign up|subscribe|register)\b/i,
  /\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|email|briefing|alerts?)\b/i,
  /\b(?:newsletter|inbox|briefing)\b.{0,80}\b(?:sign up|subscribe)\b/i,
  /^get (?:the|our) .{0,60}\b(?:every|each) (?:morning|evening|day|week|weekday)\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /\b(?:we use|this (?:site|website) uses) cookies\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:listen to|watch) (?:this|the) (?:article|story)\b/i,
  /^(?:continue|keep) reading\b/i,
  /^(?:skip to|jump to) (?:main )?content\b/i,
  /^comments?(?: \(\d+\))?$/i,
  /^(?:most read|most popular|trending(?: now)?|more (?:stories|from \w+|on this story)|recommended(?: for you)?|you may also like|related(?: (?:stories|articles|coverage|content))?|top stories|latest news)\s*:?$/i,
];

/**
 * Headings of furniture sections ("Most read", "Trending", "Related stories", "Jobs"): the
 * element the heading opens is dropped with it.
 */
export const SECTION_HEADING_TEXT: RegExp =
  /^(?:most (?:read|viewed|popular|shared)|trending(?: now| stories)?|popular(?: now| stories)?|related(?: stories| articles| coverage| content| topics| links)?|more (?:stories|news|from [\p{L} ]{1,30}|on this(?: story| topic)?|like this)|recommended(?: for you| stories)?|you (?:may|might) also like|top stories|latest (?:news|stories)|editor'?s picks|in other news|jobs|events|advertisement|sponsored(?: content| stories)?|share this(?: article| story)?|follow us|newsletter|sign up|comments?|leave a (?:reply|comment)|tags|topics|keep reading|read next|what to read next|around the web|from our partners|promoted stories)\s*:?$/iu;

/** Block texts that point to other articles ("Read more: …"): kept, marked as related links. */
export const RELATED_TEXT: readonly RegExp[] = [
  /^(?:read more|read also|also read|related|see also|more on this(?: story)?|recommended|watch|listen|further reading|read next)\s*[:|—–-]/i,
  /^(?:read more|related story|related article)\b/i,
];

/** Block texts that are bylines, date lines or credits: kept, marked. */
export const BYLINE_TEXT: readonly RegExp[] = [
  /^(?:by|words by|written by|reporting by|story by)\s+\p{Lu}/u,
  /^(?:published|updated|posted|last updated|first published)\b/i,
  /^\(?(?:reporting|additional reporting|editing|writing) by\b/i,
];

/** Block texts that are image captions or credits: kept, marked. */
export const CAPTION_TEXT: readonly RegExp[] = [
  /^(?:image|photo|photograph|picture|video|illustration|graphic)(?: credit)?\s*[:|—–-]/i,
  /^(?:credit|source|caption)\s*:/i,
  /\((?:photo|image|picture)(?: by|:)\s[^)]+\)\s*$/i,
  /\b(?:photo|image|picture):\s*\p{Lu}[\p{L} ./&-]+$/u,
];
