import type { Context } from "hono";
import { csvRecord } from "../export/csvField.js";

export type ListFormat = "json" | "csv" | "jsonl";

/** `?format=` wins; else the Accept header (text/csv → csv, application/x-ndjson or jsonl → jsonl); else JSON. */
export function listFormat(c: Context, format: string | undefined): ListFormat {
  if (format === "csv" || format === "jsonl" || format === "json") return format;
  const accept = (c.req.header("accept") ?? "").toLowerCase();
  if (/\btext\/csv\b/.test(accept)) return "csv";
  if (/application\/(x-ndjson|jsonl|x-jsonlines)\b/.test(accept)) return "jsonl";
  return "json";
}

/** A column of an exported list: header and how to read it from a row. */
export type Column<T> = [header: string, get: (row: T) => string | number | boolean | null | undefined];

/**
 * Answers a list as CSV (RFC 4180, header row first; fields that a spreadsheet would read as a
 * formula are prefixed with an apostrophe), JSONL (one object per line) or null for JSON (the
 * caller builds its own envelope).
 */
export function exportList<T>(c: Context, format: ListFormat, rows: readonly T[], columns: Column<T>[], name: string): Response | null {
  if (format === "csv") {
    const safe = (v: string | number | boolean | null | undefined) => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    const body = csvRecord(columns.map((col) => col[0])) + rows.map((r) => csvRecord(columns.map((col) => safe(col[1](r))))).join("");
    return c.body(body, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${name}.csv"` });
  }
  if (format === "jsonl") {
    const body = rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
    return c.body(body, 200, { "Content-Type": "application/x-ndjson; charset=utf-8" });
  }
  return null;
}
