/**
 * Reader for TempEval-3 TimeML files (`.tml`, TimeML 1.2.1, one XML document per file).
 *
 * A document's `text` is the plain text of its `<TEXT>` element: every tag removed and the XML
 * entities (`&amp;`, `&lt;`, …, `&#NN;`) decoded. Nothing else is changed — the leading and
 * trailing newlines inside `<TEXT>` stay — so `timex.start`/`timex.end` are UTF-16 offsets into
 * that string and `text.slice(start, end) === timex.text` always holds. Only the TIMEX3 tags inside
 * `<TEXT>` are returned (they are the ones TE3 scores); the DCT is returned separately.
 *
 * Splits (see `../shared/data/tempeval3/FORMAT.md`):
 * - `test`: `te3-platinum/*.tml`, the TE3 platinum gold (20 documents).
 * - `train`: `TBAQ-cleaned/AQUAINT/*.tml` + `TBAQ-cleaned/TimeBank/*.tml`, minus the dev documents.
 * - `dev`: TE3 defines no development set, so dossier carves a fixed one out of TimeBank: every
 *   10th TimeBank file by sorted file name (indices 0, 10, 20, …; 19 of 183 documents). Those are
 *   removed from `train`.
 *
 * ```ts
 * const docs = readTempEval("../shared/data/tempeval3", "test");
 * docs[0].timexes[0]; // { start, end, text: "a month", type: "DURATION", value: "P1M", tid: "t1" }
 * ```
 */
import fs from "node:fs";
import path from "node:path";

/** One gold TIMEX3 inside `<TEXT>`. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  /** `DATE` | `TIME` | `DURATION` | `SET`. */
  type: string;
  /** The TIMEX3 `value` attribute, verbatim (`2013-03-22`, `P1M`, `PRESENT_REF`, …). */
  value: string;
  tid: string;
}

export interface TimemlDocument {
  /** `<DOCID>`, or the file name without `.tml` when there is none. */
  id: string;
  /** File name without extension. */
  file: string;
  /** Plain text of `<TEXT>`; all offsets point into it. */
  text: string;
  /** The DCT's `value` (`1998-01-08`, `1998-02-13T13:10:00`), or null when the file has no DCT. */
  dct: string | null;
  /** The DCT's `type` (`DATE` or `TIME`). */
  dctType: string | null;
  timexes: GoldTimex[];
}

export type TempEvalSplit = "train" | "dev" | "test";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; unknown entities stay as they are. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Attributes of a start tag's attribute string (`tid="t1" type='DATE'`), values entity-decoded. */
function parseAttributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = decodeXmlEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * Parses one TimeML document. `file` names it when the XML has no `<DOCID>`.
 * Throws when there is no `<TEXT>` element or a TIMEX3 inside it is not closed.
 */
export function parseTimeml(xml: string, file = "document"): TimemlDocument {
  const id = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1].trim() || file;

  let dct: string | null = null;
  let dctType: string | null = null;
  const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml)?.[1];
  const dctTimex = dctBlock ? /<TIMEX3\b([^>]*)>/.exec(dctBlock) : null;
  if (dctTimex) {
    const attrs = parseAttributes(dctTimex[1]);
    dct = attrs.value ?? null;
    dctType = attrs.type ?? null;
  }

  const open = /<TEXT\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf("</TEXT>");
  if (!open || close < open.index) throw new Error(`${file}: no <TEXT> element`);
  const body = xml.slice(open.index + open[0].length, close);

  let text = "";
  const timexes: GoldTimex[] = [];
  let current: { start: number; attrs: Record<string, string> } | null = null;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    text += decodeXmlEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += m[5]; // CDATA is literal text
      continue;
    }
    if (m[0].startsWith("<!--")) continue;
    const [, closing, name, attrString, selfClosing] = m;
    if (name !== "TIMEX3") continue;
    if (closing) {
      if (!current) throw new Error(`${file}: </TIMEX3> without an opening tag`);
      const a = current.attrs;
      timexes.push({
        start: current.start,
        end: text.length,
        text: text.slice(current.start, text.length),
        type: a.type ?? "",
        value: a.value ?? "",
        tid: a.tid ?? "",
      });
      current = null;
    } else if (!selfClosing) {
      if (current) throw new Error(`${file}: nested TIMEX3 at ${text.length}`);
      current = { start: text.length, attrs: parseAttributes(attrString) };
    }
  }
  text += decodeXmlEntities(body.slice(last));
  if (current) throw new Error(`${file}: unclosed TIMEX3 ${current.attrs.tid ?? ""}`);

  return { id, file, text, dct, dctType, timexes };
}

/** Reads and parses one `.tml` file. */
export function readTimemlFile(file: string): TimemlDocument {
  return parseTimeml(fs.readFileSync(file, "utf8"), path.basename(file).replace(/\.tml$/, ""));
}

function tmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) throw new Error(`TempEval-3 folder not found: ${dir}`);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".tml") && !f.startsWith("."))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Every how-many-th TimeBank file (by sorted name) goes to the dev split. */
export const TEMPEVAL_DEV_EVERY = 10;

/**
 * The `.tml` files of one split, sorted. `dataDir` is the `tempeval3` folder (holding
 * `te3-platinum/` and `TBAQ-cleaned/`).
 */
export function tempEvalFiles(dataDir: string, split: TempEvalSplit): string[] {
  if (split === "test") return tmlFiles(path.join(dataDir, "te3-platinum"));
  const timebank = tmlFiles(path.join(dataDir, "TBAQ-cleaned", "TimeBank"));
  const isDev = (_: string, i: number) => i % TEMPEVAL_DEV_EVERY === 0;
  if (split === "dev") return timebank.filter(isDev);
  const aquaint = tmlFiles(path.join(dataDir, "TBAQ-cleaned", "AQUAINT"));
  return [...aquaint, ...timebank.filter((f, i) => !isDev(f, i))];
}

/** Reads one split. `limit` keeps only the first N documents (in file order). */
export function readTempEval(dataDir: string, split: TempEvalSplit, options: { limit?: number } = {}): TimemlDocument[] {
  const files = tempEvalFiles(dataDir, split);
  return files.slice(0, options.limit ?? files.length).map(readTimemlFile);
}
