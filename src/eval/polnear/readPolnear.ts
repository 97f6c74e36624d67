/**
 * Reader for PolNeAR v1.0.0 (Newell et al., LREC 2018): brat standoff `.ann` files over plain
 * `.txt` articles. Format notes: `../shared/data/polnear/FORMAT.md`.
 *
 * - **Attributions** are the `E` records (`Attribution` or `Attribution-no-source`) with their
 *   `Source`, `Cue`, `Content` and `Content2` arguments, which point at `T` records. The anchor `T`
 *   (`Attribution:T4`, same offsets as the cue) and the `Discuss`/`Discard` flags are ignored, and
 *   so are `#` annotator notes.
 * - **Discontinuous spans** (`T3\tContent 10 20;25 40\t…`) keep their fragments in `fragments`;
 *   `start`/`end` are the outer extent (first fragment's start, last fragment's end) and `text` is
 *   the slice of that extent. The scorer uses the outer extent for exact matches and the fragments
 *   for token overlap. A `Content2` argument is folded into the content as further fragments.
 * - Span texts are always re-sliced from the `.txt` (the `.ann` surface field can differ by a
 *   newline or a fragment join, and can break the physical line), so `text.slice(start, end) ===
 *   span.text` holds. Lines that do not start a record are skipped as continuations.
 * - Events with no `Content` argument are skipped (34 have no argument at all, 9 in train have
 *   a cue/source but no content); an event with no `Cue` keeps `cue: null` (1 in train).
 * - **Annotator**: articles annotated by several annotators (2 each in dev and test) are read
 *   with the **first** annotator listed in `metadata.tsv` (deterministic; FORMAT.md's advice).
 * - **Splits** are the dataset's own compartments (`train`/`dev`/`test` in `metadata.tsv`: months
 *   1–10, 11 and 12 of the campaign year).
 *
 * ```ts
 * const docs = readPolnear("../shared/data/polnear", "dev");
 * docs[0].attributions[0].content.text;
 * ```
 */
import fs from "node:fs";
import path from "node:path";

/** One contiguous piece of a span. */
export interface Fragment {
  start: number;
  end: number;
}

/** A (possibly discontinuous) span: outer extent plus its fragments (one for a contiguous span). */
export interface PolnearSpan {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the outer extent. */
  text: string;
  fragments: Fragment[];
}

export interface GoldAttribution {
  /** The `E` id (`E3`). */
  id: string;
  /** Absent for `Attribution-no-source` ("it is widely known that …"). */
  source?: PolnearSpan;
  /** The reporting verb or phrase; null only for a handful of malformed train events. */
  cue: PolnearSpan | null;
  content: PolnearSpan;
}

export interface PolnearDocument {
  /** The file name (`breitbart_2016-09-12_stealth-over-health-hillary-clin`). */
  id: string;
  text: string;
  /** Publication date `YYYY-MM-DD` from metadata.tsv. */
  published: string | null;
  title: string | null;
  annotator: string;
  attributions: GoldAttribution[];
}

export type PolnearSplit = "train" | "dev" | "test";

export interface PolnearMetadata {
  compartment: string;
  filename: string;
  annotators: string[];
  publisher: string;
  publication_date: string;
  title: string;
}

/** Reads `data/metadata.tsv`. `dataDir` is the `polnear` folder (holding `data/`). */
export function readPolnearMetadata(dataDir: string): PolnearMetadata[] {
  const file = path.join(dataDir, "data", "metadata.tsv");
  if (!fs.existsSync(file)) throw new Error(`PolNeAR metadata not found: ${file}`);
  const lines = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = lines[0].split("\t");
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`metadata.tsv has no column ${name}`);
    return i;
  };
  const [cComp, cFile, cAnn, cPub, cDate, cTitle] = ["compartment", "filename", "annotators", "publisher", "publication_date", "title"].map(col);
  return lines.slice(1).map((line) => {
    const f = line.split("\t");
    return {
      compartment: f[cComp],
      filename: f[cFile],
      annotators: f[cAnn].split("|").filter(Boolean),
      publisher: f[cPub],
      publication_date: f[cDate],
      title: f[cTitle],
    };
  });
}

function makeSpan(text: string, fragments: Fragment[]): PolnearSpan {
  const frags = [...fragments].sort((a, b) => a.start - b.start);
  const start = frags[0].start;
  const end = frags[frags.length - 1].end;
  return { start, end, text: text.slice(start, end), fragments: frags };
}

const RECORD = /^[TE#]\d+\t/;

/**
 * Parses one `.ann` file against its `.txt`. Throws on a span outside the text or an event
 * pointing at a missing `T` record.
 */
export function parseBratAttributions(ann: string, text: string, file = "document"): GoldAttribution[] {
  const spans = new Map<string, { label: string; fragments: Fragment[] }>();
  const events: Array<{ id: string; type: string; args: Array<[string, string]> }> = [];
  for (const line of ann.split("\n")) {
    if (!RECORD.test(line)) continue; // blank line or the continuation of a surface text
    const [id, body] = line.split("\t");
    if (id[0] === "T") {
      const sp = body.indexOf(" ");
      const label = body.slice(0, sp);
      const fragments = body
        .slice(sp + 1)
        .split(";")
        .map((frag) => {
          const [s, e] = frag.trim().split(/\s+/).map(Number);
          if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > text.length || e < s) {
            throw new Error(`${file}: ${id} has a bad span "${frag}" (text length ${text.length})`);
          }
          return { start: s, end: e };
        });
      spans.set(id, { label, fragments });
    } else if (id[0] === "E") {
      const [head, ...rest] = body.trim().split(/\s+/);
      const type = head.split(":")[0];
      const args = rest.map((a) => a.split(":") as [string, string]);
      events.push({ id, type, args });
    }
  }

  const get = (e: string, t: string) => {
    const s = spans.get(t);
    if (!s) throw new Error(`${file}: ${e} points at missing ${t}`);
    return s;
  };
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    let source: Fragment[] | null = null;
    let cue: Fragment[] | null = null;
    const content: Fragment[] = [];
    for (const [role, t] of ev.args) {
      const frags = get(ev.id, t).fragments;
      if (role === "Source") source = [...(source ?? []), ...frags];
      else if (role === "Cue") cue = [...(cue ?? []), ...frags];
      else if (role.startsWith("Content")) content.push(...frags);
    }
    if (content.length === 0) continue;
    const a: GoldAttribution = { id: ev.id, cue: cue ? makeSpan(text, cue) : null, content: makeSpan(text, content) };
    if (source) a.source = makeSpan(text, source);
    out.push(a);
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** The core-split articles, in metadata order. */
export function polnearArticles(dataDir: string, split: PolnearSplit): PolnearMetadata[] {
  return readPolnearMetadata(dataDir).filter((m) => m.compartment === split);
}

/** Reads one split. `limit` keeps only the first N articles (metadata order). */
export function readPolnear(dataDir: string, split: PolnearSplit, options: { limit?: number } = {}): PolnearDocument[] {
  const meta = polnearArticles(dataDir, split);
  return meta.slice(0, options.limit ?? meta.length).map((m) => {
    const base = path.join(dataDir, "data", m.compartment);
    const text = fs.readFileSync(path.join(base, "text", `${m.filename}.txt`), "utf8");
    const annotator = m.annotators[0];
    const annFile = path.join(base, "attributions", `${m.filename}_${annotator}.ann`);
    const attributions = parseBratAttributions(fs.readFileSync(annFile, "utf8"), text, path.basename(annFile));
    return {
      id: m.filename,
      text,
      published: /^\d{4}-\d{2}-\d{2}$/.test(m.publication_date) ? m.publication_date : null,
      title: m.title && m.title !== "None" ? m.title : null,
      annotator,
      attributions,
    };
  });
}
