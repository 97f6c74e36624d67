/**
 * The nesting rules of htmlparser2's `Parser` (the HTML parser under linkedom), as data, so
 * {@link boundNesting} can measure the depth that parser would build without building it.
 * Keep in step with `node_modules/htmlparser2/dist/esm/Parser.js` (test/readers/htmlExtract
 * compares the two on hostile markup).
 */

const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];

/** An opening tag of the key closes these elements while one of them is the innermost open element. */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["tr", ["tr", "th", "td"]],
      ["th", ["th"]],
      ["td", ["thead", "th", "td"]],
      ["body", ["head", "link", "script"]],
      ["li", ["li"]],
      ["p", P], ["h1", P], ["h2", P], ["h3", P], ["h4", P], ["h5", P], ["h6", P],
      ["select", FORM], ["input", FORM], ["output", FORM], ["button", FORM], ["datalist", FORM], ["textarea", FORM],
      ["option", ["option"]],
      ["optgroup", ["optgroup", "option"]],
      ["dd", ["dd", "dt"]],
      ["dt", ["dd", "dt"]],
      ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
        "form", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((t): [string, string[]] => [t, P]),
      ["rt", ["rt", "rp"]],
      ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]],
      ["tfoot", ["thead", "tbody"]],
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);

/** Elements without content: they never nest. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);

/** Elements whose content the tokenizer reads as text up to their closing tag. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(["script", "style", "title", "textarea", "xmp"]);

/** SVG and MathML: inside them a self-closing tag (`<g/>`) closes its element. */
export const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(["math", "svg"]);
/** Elements inside SVG/MathML whose content is HTML again. */
export const INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);
