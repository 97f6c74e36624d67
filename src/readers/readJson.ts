import { dirname, resolve } from "node:path";
import type { MetadataCandidate } from "../types.js";
import type { ReadResult, ReaderArticle } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { decodeText } from "./decodeText.js";
import { normalizeDate } from "./normalizeDate.js";
import { DEFAULT_MAX_BYTES, readFileBytes } from "./readBytes.js";

/** How JSON articles are resolved: where `text_file` paths start, and the limits for reading them. */
export interface JsonContext {
  /** Directory `text_file` is relative to (the JSON file's directory, or the working directory for stdin). */
  baseDir: string;
  maxBytes?: number;
  encoding?: string | null;
  /** Candidate source label: "json" for an article file, "sidecar:<name>" for a sidecar. */
  source?: string;
}

const META_FIELDS = ["title", "outlet", "published", "url", "language"] as const;
type MetaField = (typeof META_FIELDS)[number];

/** The metadata fields of a JSON article object, type-checked. */
export type JsonMetadata = Partial<Record<MetaField, string>>;

/** `JSON.parse` with a one-line `malformed-json` error (with line and column when known). */
export function parseJson(text: string, input: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ReaderError("malformed-json", input, `malformed JSON: ${describeJsonError(e as Error, text)}`);
  }
}

function describeJsonError(e: Error, text: string): string {
  let msg = e.message.replace(/, "[\s\S]*" is not valid JSON$/, "").replace(/\s+/g, " ").trim();
  const pos = /at position (\d+)/.exec(msg);
  if (pos) {
    const at = Number(pos[1]);
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const col = at - before.lastIndexOf("\n");
    msg = msg.replace(/ in JSON at position \d+.*$/, "").replace(/ at position \d+.*$/, "") + (text.includes("\n") ? ` at line ${line}, column ${col}` : ` at column ${col}`);
  }
  return msg.length > 160 ? msg.slice(0, 157) + "…" : msg;
}

/** Checks the metadata fields of a JSON object (strings or null); throws `malformed-json` otherwise. */
export function jsonMetadata(obj: Record<string, unknown>, input: string): JsonMetadata {
  const out: JsonMetadata = {};
  for (const f of META_FIELDS) {
    const v = obj[f];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") throw new ReaderError("malformed-json", input, `field "${f}" must be a string, not ${typeName(v)}`);
    if (v.trim()) out[f] = v.trim();
  }
  return out;
}

/** Metadata → candidates (dates normalised); throws `invalid-metadata` for a date that is not one. */
export function metadataCandidates(meta: JsonMetadata, source: string, input: string): MetadataCandidate[] {
  const out: MetadataCandidate[] = [];
  for (const field of ["title", "outlet", "published", "url"] as const) {
    let value = meta[field];
    if (!value) continue;
    if (field === "published") {
      const d = normalizeDate(value);
      if (!d) throw new ReaderError("invalid-metadata", input, `"published" is not a date: "${clip(value)}" (expected YYYY-MM-DD)`);
      value = d;
    }
    out.push({ field, value, source });
  }
  return out;
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? "an array" : v === null ? "null" : typeof v === "object" ? "an object" : `a ${typeof v}`;
}

function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, " ");
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

/**
 * One JSON article object `{title, text, outlet, published, url, language}` → ReaderArticle.
 * Instead of `text`, `text_file` may name a file (relative to `ctx.baseDir`) holding the text.
 */
export async function articleFromJson(value: unknown, input: string, ctx: JsonContext): Promise<ReaderArticle> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ReaderError("malformed-json", input, `expected a JSON object with a "text" field, got ${typeName(value)}`);
  }
  const obj = value as Record<string, unknown>;
  const meta = jsonMetadata(obj, input);
  let text: string;
  if (obj.text !== undefined && obj.text !== null) {
    if (typeof obj.text !== "string") throw new ReaderError("malformed-json", input, `field "text" must be a string, not ${typeName(obj.text)}`);
    text = obj.text;
    if (text.trim() === "") throw new ReaderError("empty", input, `field "text" is empty`);
  } else if (obj.text_file !== undefined && obj.text_file !== null) {
    if (typeof obj.text_file !== "string" || !obj.text_file.trim()) {
      throw new ReaderError("malformed-json", input, `field "text_file" must be a file path`);
    }
    text = await readTextFile(obj.text_file, input, ctx);
  } else {
    throw new ReaderError("no-text", input, `JSON article has no "text" (or "text_file") field`);
  }
  const candidates = metadataCandidates(meta, ctx.source ?? "json", input);
  const published = candidates.find((c) => c.field === "published")?.value ?? null;
  return {
    text,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    published,
    url: meta.url ?? null,
    ...(meta.language ? { language: meta.language } : {}),
    metadataCandidates: candidates,
  };
}

async function readTextFile(name: string, input: string, ctx: JsonContext): Promise<string> {
  const path = resolve(ctx.baseDir, name);
  try {
    const bytes = await readFileBytes(path, name, ctx.maxBytes ?? DEFAULT_MAX_BYTES);
    return decodeText(bytes, name, { encoding: ctx.encoding });
  } catch (e) {
    if (e instanceof ReaderError) throw new ReaderError(e.code, input, `text_file "${name}": ${e.message}`);
    throw e;
  }
}

/**
 * A JSON input: one article object, or an array of them (one result per element, named
 * `input[i]`; a bad element is reported and the others still read).
 */
export async function* readJson(text: string, input: string, ctx: JsonContext): AsyncGenerator<ReadResult> {
  const value = parseJson(text, input);
  if (!Array.isArray(value)) {
    yield { input, format: "json", article: await articleFromJson(value, input, ctx) };
    return;
  }
  if (value.length === 0) throw new ReaderError("empty", input, "JSON array holds no articles");
  for (let i = 0; i < value.length; i++) {
    const name = `${input}[${i}]`;
    try {
      yield { input: name, record: i, format: "json", article: await articleFromJson(value[i], name, ctx) };
    } catch (e) {
      if (!(e instanceof ReaderError)) throw e;
      yield { input: name, record: i, format: "json", error: e };
    }
  }
}

/** The directory `text_file` paths in a JSON file are relative to. */
export function jsonBaseDir(path: string | null): string {
  return path ? dirname(resolve(path)) : process.cwd();
}
