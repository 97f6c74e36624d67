import { extname } from "node:path";
import type { InputFormat } from "./ReaderArticle.js";

const BY_EXTENSION: Record<string, InputFormat> = {
  ".txt": "text", ".text": "text", ".md": "text",
  ".json": "json",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".html": "html", ".htm": "html", ".xhtml": "html",
};

/** The format a file name's extension implies, or null. */
export function formatFromExtension(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * The format of decoded content: `{` → JSON (or JSONL when it holds several lines that each
 * parse), `[` → JSON when it parses, `<` → HTML, anything else → plain text.
 */
export function sniffFormat(text: string): InputFormat {
  const s = text.trimStart();
  if (s.startsWith("{")) {
    if (parses(s)) return "json";
    const lines = s.split(/\r?\n/).filter((l) => l.trim() !== "");
    const jsonl = lines.length > 1 && (parses(lines[0]) || lines.every((l) => l.trimStart().startsWith("{")));
    return jsonl ? "jsonl" : "json";
  }
  if (s.startsWith("[") && parses(s)) return "json";
  if (s.startsWith("<")) return "html";
  return "text";
}

/** Extension first, content as the fallback. */
export function detectFormat(path: string | null, text: string): InputFormat {
  return (path && formatFromExtension(path)) || sniffFormat(text);
}

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
