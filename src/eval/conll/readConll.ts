/**
 * Reader for CoNLL-2003-style column files (`word POS chunk NER`, one token a line, a blank
 * line between sentences, `-DOCSTART-` lines between articles).
 *
 * Accepts the original IOB1 files (`eng.train`, `eng.testa`, `eng.testb`: every token of an
 * entity is `I-X`; `B-X` only between two adjacent entities of the same type) and IOB2 files
 * (every entity starts with `B-X`). Tags are always returned in IOB2 (BIO). The chunk column is
 * converted the same way.
 *
 * ```ts
 * const sentences = readConll("/path/eng.testa");
 * sentences[0]; // { tokens: ["CRICKET", "-", ...], pos: [...], chunk: [...], tags: ["O", "O", ...], doc: 0 }
 * ```
 */
import fs from "node:fs";

/** One sentence of a column file. `tags` are IOB2 (`B-PER`, `I-PER`, `O`, …). */
export interface ConllSentence {
  tokens: string[];
  /** Part-of-speech column, when the file has four or more columns. */
  pos?: string[];
  /** Chunk column (converted to IOB2), when the file has four or more columns. */
  chunk?: string[];
  /** Gold NER tags, converted to IOB2. */
  tags: string[];
  /** Index of the `-DOCSTART-` article this sentence belongs to (0-based, in file order). */
  doc: number;
}

/** Options for {@link parseConll}. */
export interface ParseConllOptions {
  /**
   * Tag scheme of the input: `"iob1"`, `"iob2"` or `"auto"` (default). IOB1 → IOB2 conversion is
   * idempotent on IOB2 input, so `"auto"` simply always converts.
   */
  scheme?: "iob1" | "iob2" | "auto";
}

/**
 * Converts IOB1 (or IOB2, or mixed) tags to IOB2: an `I-X` that starts an entity (after `O`, after
 * another type, or at the start) becomes `B-X`. Entity spans are unchanged, using the CoNLL rule
 * "a new entity starts on `B-X`, or on `I-X` when the previous tag is `O` or another type".
 * Tags without a `B-`/`I-` prefix other than `O` (e.g. `E-`/`S-` from IOBES) are mapped to IOB2 too.
 */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  let prevType = "";
  let prevPrefix = "O";
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === "O" || t.length < 2 || t[1] !== "-") {
      out[i] = "O";
      prevType = "";
      prevPrefix = "O";
      continue;
    }
    const prefix = t[0];
    const type = t.slice(2);
    let begins: boolean;
    if (prefix === "B" || prefix === "S" || prefix === "U") begins = true;
    else begins = prevType !== type || prevPrefix === "E" || prevPrefix === "S" || prevPrefix === "L" || prevPrefix === "U";
    out[i] = (begins ? "B-" : "I-") + type;
    prevType = type;
    prevPrefix = prefix;
  }
  return out;
}

/**
 * Parses the text of a column file into sentences. The last column is the NER tag; with four or
 * more columns the second is the POS tag and the third the chunk tag. `-DOCSTART-` lines are not
 * tokens: they start a new document (`doc` index).
 */
export function parseConll(text: string, options: ParseConllOptions = {}): ConllSentence[] {
  const scheme = options.scheme ?? "auto";
  const sentences: ConllSentence[] = [];
  let doc = -1;
  let sawDoc = false;
  let tokens: string[] = [];
  let pos: string[] = [];
  let chunk: string[] = [];
  let tags: string[] = [];
  let columns = 0;
  const flush = (): void => {
    if (tokens.length === 0) return;
    if (!sawDoc && doc < 0) doc = 0;
    const s: ConllSentence = { tokens, tags: scheme === "iob2" ? tags : toIob2(tags), doc };
    if (columns >= 4) {
      s.pos = pos;
      s.chunk = toIob2(chunk);
    }
    sentences.push(s);
    tokens = [];
    pos = [];
    chunk = [];
    tags = [];
    columns = 0;
  };
  const lines = text.split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      flush();
      doc++;
      sawDoc = true;
      continue;
    }
    columns = Math.max(columns, cols.length);
    tokens.push(cols[0]);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : "O");
    if (cols.length >= 4) {
      pos.push(cols[1]);
      chunk.push(cols[2]);
    }
  }
  flush();
  return sentences;
}

/** Reads and parses a column file from disk (UTF-8). See {@link parseConll}. */
export function readConll(path: string, options: ParseConllOptions = {}): ConllSentence[] {
  return parseConll(fs.readFileSync(path, "utf8"), options);
}

/** Groups sentences by their `doc` index, keeping file order. */
export function groupDocuments(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let last = Number.NaN;
  for (const s of sentences) {
    if (s.doc !== last) {
      docs.push([]);
      last = s.doc;
    }
    docs[docs.length - 1].push(s);
  }
  return docs;
}
