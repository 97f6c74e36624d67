import { Tokenizer } from "htmlparser2";
import { FOREIGN_ELEMENTS, INTEGRATION_ELEMENTS, OPEN_IMPLIES_CLOSE, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from "./parserRules.js";

/** Deepest element nesting the article extractor works on; real news pages stay under ~60. */
export const MAX_HTML_DEPTH = 200;

export interface BoundedHtml {
  html: string;
  /** Deepest element nesting the HTML parser would build from the page. */
  depth: number;
  /** Tags dropped because they opened deeper than the bound (their text is kept). */
  dropped: number;
}

/**
 * One linear pass over the markup that drops the tags of elements opening deeper than `max`
 * (their text stays, merged into the deepest kept element), so a hostile page of 100,000
 * nested elements parses and extracts in bounded time. The HTML parser (htmlparser2, under
 * linkedom) keeps its open elements in an array it shifts at the front, so its time grows with
 * the square of the depth (100,000 levels: 42 s), and the extractors walk what it builds: the
 * markup must be bounded before it is parsed.
 *
 * The pass reads the page with htmlparser2's own tokenizer and follows its parser's nesting
 * rules (implied closes, void elements, raw-text elements, self-closing tags in SVG/MathML), so
 * the depth is the one the parser would build, whatever the markup hides in attribute values
 * ("<div a='<'>"), unclosed `<iframe>`s or odd tag names. Raw-text elements (script, style,
 * title, textarea, xmp) keep their tags at any depth: their content must stay text. With
 * `xml`, the rules of the parser's XML mode (feeds): case kept, no implied closes, no void or
 * raw-text elements, every self-closing tag closes.
 */
export function boundNesting(html: string, max = MAX_HTML_DEPTH, opts: { xml?: boolean } = {}): BoundedHtml {
  const xml = opts.xml === true;
  const names: string[] = [];
  const drops: boolean[] = [];
  const open = new Map<string, number>();
  const foreign: boolean[] = [];
  const cuts: number[] = []; // [from, to) pairs of dropped tags, in order
  let depth = 0;
  let dropped = 0;
  let tag: { name: string; start: number; drop: boolean } | null = null;

  const deeper = (d: number) => {
    if (d > depth) depth = d;
  };
  const pop = (): boolean => {
    const name = names.pop()!;
    open.set(name, open.get(name)! - 1);
    return drops.pop()!;
  };
  const endOpenTag = (endIndex: number) => {
    if (tag?.drop) cuts.push(tag.start, endIndex + 1);
    tag = null;
  };
  const tokenizer = new Tokenizer(
    { xmlMode: xml, decodeEntities: true },
    {
      onopentagname(start, endIndex) {
        const name = xml ? html.slice(start, endIndex) : html.slice(start, endIndex).toLowerCase();
        const implied = xml ? undefined : OPEN_IMPLIES_CLOSE.get(name);
        if (implied) while (names.length && implied.has(names[names.length - 1])) pop();
        let drop = false;
        if (!xml && VOID_ELEMENTS.has(name)) deeper(names.length + 1);
        else {
          drop = names.length >= max && (xml || !RAW_TEXT_ELEMENTS.has(name));
          names.push(name);
          drops.push(drop);
          open.set(name, (open.get(name) ?? 0) + 1);
          deeper(names.length);
          if (xml) {
            /* no foreign content in XML: every self-closing tag closes */
          } else if (FOREIGN_ELEMENTS.has(name)) foreign.push(true);
          else if (INTEGRATION_ELEMENTS.has(name)) foreign.push(false);
          if (drop) dropped++;
        }
        tag = { name, start: start - 1, drop };
      },
      onopentagend: endOpenTag,
      onselfclosingtag(endIndex) {
        const name = tag?.name;
        endOpenTag(endIndex);
        // a self-closing tag closes only in SVG/MathML; in HTML "<div/>" opens a div
        if ((xml || foreign[foreign.length - 1]) && names[names.length - 1] === name) pop();
      },
      onclosetag(start, endIndex) {
        const name = xml ? html.slice(start, endIndex) : html.slice(start, endIndex).toLowerCase();
        if (!xml && (FOREIGN_ELEMENTS.has(name) || INTEGRATION_ELEMENTS.has(name))) foreign.pop();
        if ((!xml && VOID_ELEMENTS.has(name)) || !(open.get(name) ?? 0)) {
          if (!xml && (name === "p" || name === "br")) deeper(names.length + 1); // "</p>" and "</br>" alone make an empty element
          return;
        }
        let drop = false;
        for (;;) {
          const top = names[names.length - 1];
          drop = pop();
          if (top === name) break;
        }
        if (drop) {
          const gt = html.indexOf(">", endIndex);
          cuts.push(html.lastIndexOf("<", start), gt < 0 ? html.length : gt + 1);
        }
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (dropped === 0) return { html, depth, dropped };
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    if (cuts[i] < copied) continue;
    out.push(html.slice(copied, cuts[i]));
    copied = cuts[i + 1];
  }
  out.push(html.slice(copied));
  return { html: out.join(""), depth, dropped };
}
