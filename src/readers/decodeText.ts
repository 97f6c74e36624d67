import { ReaderError } from "./ReaderError.js";

export interface DecodeOptions {
  /** A WHATWG encoding label chosen by the user (`--encoding`); used when there is no BOM. */
  encoding?: string | null;
  /** A charset the input declares about itself (HTML `<meta charset>`); used when there is no BOM or flag. */
  declared?: string | null;
}

/** Checks an encoding label; returns the canonical name or throws a `bad-option` ReaderError. */
export function checkEncoding(label: string, input = "--encoding"): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new ReaderError("bad-option", input, `unknown encoding "${label}" (try utf-8, windows-1252, utf-16le)`);
  }
}

/**
 * Bytes → text, refusing what is not an article: empty or whitespace-only input, binary data
 * (NUL bytes or over 10% control characters) and invalid UTF-8. A BOM (UTF-8, UTF-16 LE/BE)
 * decides the encoding; otherwise UTF-8 unless `encoding` (or a declared charset) says otherwise.
 */
export function decodeText(bytes: Uint8Array, input: string, opts: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new ReaderError("empty", input, "empty input (0 bytes)");
  let text: string;
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    text = decodeStrict("utf-8", bytes.subarray(3), input);
  } else if (b0 === 0xff && b1 === 0xfe) {
    text = decodeStrict("utf-16le", bytes.subarray(2), input);
  } else if (b0 === 0xfe && b1 === 0xff) {
    text = decodeStrict("utf-16be", bytes.subarray(2), input);
  } else {
    const chosen = opts.encoding ? checkEncoding(opts.encoding) : opts.declared ? tryEncoding(opts.declared) : null;
    if (!chosen || chosen === "utf-8") {
      if (bytes.includes(0)) {
        throw new ReaderError("binary", input, "looks like binary data (contains NUL bytes), not text; a UTF-16 file needs a BOM or --encoding utf-16le");
      }
      if (controlRatio(bytes) > 0.1) throw new ReaderError("binary", input, "looks like binary data (too many control characters), not text");
    }
    text = decodeStrict(chosen ?? "utf-8", bytes, input);
  }
  if (text.includes("\u0000")) throw new ReaderError("binary", input, "looks like binary data (contains NUL characters), not text");
  if (text.trim() === "") throw new ReaderError("empty", input, "input contains only whitespace");
  if (controlRatio(text) > 0.1) throw new ReaderError("binary", input, "looks like binary data (too many control characters), not text");
  return text;
}

function tryEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** Windows-1252 characters for bytes 0x80–0x9F (WHATWG; undefined bytes map to themselves). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeStrict(encoding: string, bytes: Uint8Array, input: string): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    // Some Node versions decode windows-1252 as ISO-8859-1, leaving C1 controls: map them.
    return encoding === "windows-1252" ? text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]) : text;
  } catch {
    if (encoding === "utf-8") {
      const at = firstInvalidUtf8(bytes);
      const where = at >= 0 ? ` (bad byte 0x${bytes[at].toString(16).padStart(2, "0")} at offset ${at})` : "";
      throw new ReaderError("encoding", input, `not valid UTF-8${where}; if it is Latin-1, pass --encoding windows-1252`);
    }
    throw new ReaderError("encoding", input, `not valid ${encoding}`);
  }
}

/** Share of control characters (other than tab, newlines, form feed) in bytes or text. */
function controlRatio(data: Uint8Array | string): number {
  const n = data.length;
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = typeof data === "string" ? data.charCodeAt(i) : data[i];
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) bad++;
  }
  return bad / n;
}

/** Offset of the first byte that breaks UTF-8, or -1. Only used to explain a decode failure. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
