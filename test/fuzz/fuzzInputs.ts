// Arbitraries for the fuzz tests (fast-check): news-like text with hostile pieces mixed in, and
// mutations of valid JSON, HTML and feeds. Shared by test/fuzz/*.test.ts.
import fc from "fast-check";

/** Runs per property: FUZZ_RUNS (default 40); FUZZ_SEED reproduces a failing run. */
export const fuzzParams: fc.Parameters<unknown> = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 40),
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  endOnFailure: true,
};

const WORDS = ["said", "told", "according to", "Mayor", "Lena Ortiz", "Ortiz", "the ministry", "Hamas", "he", "she", "on Monday", "last week", "in 2024", "40,130", "3.5%", "$12 million", "about", "more than", "Gaza", "U.N.", "Mr.", "Dr.", "(AP)", "—", "-", ",", ".", ":", ";", "?", "!"];
const QUOTES = ["\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E"];
const HOSTILE = ["\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\u009b", "\u202E", "\uFEFF", "\u200B", "\uD800", "\uDC00", "\uD83D\uDE00", "\r", "\r\n", "\n\n", "\t", "\u2028", "\u00A0", "\u0301", "\uFFFD", "\uFFFF"];

/** One piece of text: a word, punctuation, a quotation mark, a control or odd character. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constant(" ") },
);

/** News-like text with hostile pieces: quotes left open, controls, lone surrogates, odd breaks. */
export const newsText = fc.array(piece, { minLength: 1, maxLength: 300 }).map((xs) => xs.join(""));

/** One very long token (a word, digits, quotation marks, brackets, dots, hyphens, slashes, @) inside a sentence. */
export const hugeToken = fc
  .tuple(fc.constantFrom("a", "9", "\u201C", "(", ".", "A", "-", "x/", "//a", "a.b-", "@"), fc.integer({ min: 1_000, max: 50_000 }))
  .map(([unit, n]) => `Officials said ${unit.repeat(Math.ceil(n / unit.length))} on Monday, the ministry said.`);

/** Nested brackets, quotation marks and parentheses, deep. */
export const nestedText = fc
  .tuple(fc.constantFrom(["(", ")"], ["\u201C", "\u201D"], ["[", "]"], ["\"", "\""], ["'", "'"], ["{", "}"]), fc.integer({ min: 10, max: 20_000 }))
  .map(([[open, close], n]) => `He said ${open.repeat(n)}the deal is done${close.repeat(n)}, the minister said.`);

/** A valid JSON article. */
export const jsonArticle = fc.record({ title: fc.option(newsText), text: newsText, outlet: fc.option(fc.string()), published: fc.option(fc.constantFrom("2024-08-19", "19 August 2024", "yesterday", "2024-13-45", "")), url: fc.option(fc.constantFrom("https://example.org/a", "javascript:alert(1)", "data:text/html,x", "http://u:p@example.org/", "not a url")) });

/** `s` with random damage: cut, bytes spliced in, a range deleted or repeated. */
export function mutated(s: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(s, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("cut", "insert", "delete", "repeat")), { maxLength: 4 }), fc.string({ unit: "binary", maxLength: 6 })).map(([text, edits, junk]) => {
    let t = text;
    for (const [a, b, op] of edits) {
      const i = t.length ? a % t.length : 0;
      const j = Math.min(t.length, i + (b % 50));
      if (op === "cut") t = t.slice(0, i);
      else if (op === "insert") t = t.slice(0, i) + junk + t.slice(i);
      else if (op === "delete") t = t.slice(0, i) + t.slice(j);
      else t = t.slice(0, j) + t.slice(i, j).repeat(3) + t.slice(j);
    }
    return t;
  });
}

const TAGS = ["<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<br>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>", "</a>", "&amp;", "&#0;", "&#x1b;", "&bogus;", "<title>", "</title>", "<meta property='og:url' content='http://u:p@h/'>", "<link rel=canonical href='javascript:alert(1)'>", "<h1>", "<table><tr><td>", "<", ">", "/>"];

/** Tag soup: unbalanced tags, comments, entities and text, nesting at most ~50 levels. */
export const brokenHtml = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TAGS) }, { weight: 2, arbitrary: newsText }), { minLength: 1, maxLength: 120 }).map((xs) => xs.join(""));

const NESTING_TAGS = ["<div>", "</div>", '<div a="<">', "<div/>", "</ div>", "<p>", "</p>", "<span>", "</span>", "<b>", "</b>", "<ul>", "<li>", "</li>", "</ul>", "<dl><dt>", "<dd>", "<table>", "<tr>", "<td>", "<th>", "</table>", "<tbody>", "<select>", "<option>", "<optgroup>", "<iframe>", "</iframe>", "<noscript>", "</noscript>", "<svg>", "</svg>", "<g/>", "<g>", "</g>", "<math>", "<mi>", "</math>", "<foreignObject>", "<desc>", "<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<script>", "</script>", "<style>", "</style>", "<x<y>", "<h1>", "<h2>", "<body>", "<head>", "<html>", "</br>", "<br/>", "<img/>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "/>", "'", '"', "text"];

/** Markup for nesting: every rule of the HTML parser's stack (implied closes, void and raw-text elements, SVG self-closing tags, stray closing tags). */
export const nestingSoup = fc.array(fc.constantFrom(...NESTING_TAGS), { minLength: 1, maxLength: 300 }).map((xs) => xs.join(""));

const FEED_PARTS = ["<?xml version='1.0'?>", "<rss>", "</rss>", "<channel>", "</channel>", "<item>", "</item>", "<link>", "</link>", "https://example.org/a", "javascript:alert(1)", "http://u:p@example.org/b", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<link href='https://example.org/c'/>", "</entry>", "</feed>", "<rdf:RDF>", "&lt;", "<title>", "</title>"];

/** Broken RSS/Atom. */
export const brokenFeed = fc.array(fc.oneof(fc.constantFrom(...FEED_PARTS), newsText), { minLength: 1, maxLength: 60 }).map((xs) => xs.join(""));
