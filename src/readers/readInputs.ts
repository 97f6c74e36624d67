import { dirname, resolve } from "node:path";
import type { MetadataCandidate } from "../types.js";
import type { ReadResult, ReaderArticle } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { checkEncoding, decodeText } from "./decodeText.js";
import { formatFromExtension, sniffFormat } from "./detectFormat.js";
import { dateFlagProblem, isoDateFlag } from "./normalizeDate.js";
import { DEFAULT_MAX_BYTES, readFileBytes, readStreamBytes } from "./readBytes.js";
import { readHtml } from "./readHtml.js";
import { readJson, type JsonContext } from "./readJson.js";
import { readJsonl } from "./readJsonl.js";
import { readSidecar } from "./readSidecar.js";
import { readText } from "./readText.js";
import { withWebUrls } from "./articleUrls.js";
import { webUrl } from "../util/webUrl.js";

/** Metadata given explicitly (CLI flags); it overrides whatever an input says. */
export interface MetadataOverrides {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
}

export interface ReadInputsOptions {
  /** Size limit per input in bytes (default 16 MiB). */
  maxBytes?: number;
  /** Encoding label for input without a BOM (default: UTF-8, strictly). */
  encoding?: string | null;
  overrides?: MetadataOverrides;
  /** What `-` reads (default `process.stdin`). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const STDIN_NAME = "<stdin>";

/**
 * Reads inputs (file paths, `-` for stdin) one after another, yielding one result per article:
 * a file yields one, a JSONL file one per line, a JSON array one per element. Problems with an
 * input become `{ input, error }` results and reading goes on with the next. Throws a
 * ReaderError (code `bad-option`) up front for a bad encoding or override value.
 */
export async function* readInputs(paths: readonly string[], opts: ReadInputsOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const encoding = opts.encoding ? checkEncoding(opts.encoding) : null;
  const overrides = checkOverrides(opts.overrides ?? {});
  let stdinUsed = false;
  for (const path of paths) {
    const isStdin = path === "-";
    const input = isStdin ? STDIN_NAME : path;
    try {
      if (isStdin && stdinUsed) throw new ReaderError("bad-option", input, "stdin (-) can be read only once");
      stdinUsed ||= isStdin;
      const bytes = isStdin
        ? await readStreamBytes(opts.stdin ?? process.stdin, input, maxBytes)
        : await readFileBytes(path, input, maxBytes);
      const extFormat = isStdin ? null : formatFromExtension(path);
      const declared = extFormat === "html" || (!extFormat && firstByte(bytes) === 0x3c) ? declaredCharset(bytes) : null;
      const text = decodeText(bytes, input, { encoding, declared });
      const format = extFormat ?? sniffFormat(text);
      const ctx: JsonContext = { baseDir: isStdin ? process.cwd() : dirname(resolve(path)), maxBytes, encoding };
      if (format === "json" || format === "jsonl") {
        const results = format === "json" ? readJson(text, input, ctx) : readJsonl(text, input, ctx);
        for await (const r of results) yield r.article ? { ...r, article: withWebUrls(withOverrides(r.article, overrides)) } : r;
        continue;
      }
      const warnings: string[] = [];
      let article: ReaderArticle;
      if (format === "html") {
        article = readHtml(text, input, { url: overrides.url ?? null });
      } else {
        article = readText(text);
        if (!isStdin) {
          const sidecar = await readSidecar(path);
          if (sidecar && "warning" in sidecar) warnings.push(sidecar.warning);
          else if (sidecar) {
            const { title, outlet, url, language } = sidecar.meta;
            const published = sidecar.candidates.find((c) => c.field === "published")?.value;
            article = { ...article, title: title ?? null, outlet: outlet ?? null, published: published ?? null, url: url ?? null, ...(language ? { language } : {}), metadataCandidates: sidecar.candidates };
          }
        }
      }
      yield { input, format, article: withWebUrls(withOverrides(article, overrides)), ...(warnings.length ? { warnings } : {}) };
    } catch (e) {
      if (!(e instanceof ReaderError)) throw e;
      yield { input, error: e };
    }
  }
}

function checkOverrides(o: MetadataOverrides): MetadataOverrides {
  const out: MetadataOverrides = {};
  for (const [k, v] of Object.entries(o) as [keyof MetadataOverrides, string | null | undefined][]) {
    if (typeof v !== "string" || !v.trim()) continue;
    if (k === "published") {
      const d = isoDateFlag(v);
      if (!d) throw new ReaderError("bad-option", "--published", dateFlagProblem(v));
      out.published = d;
    } else if (k === "url") {
      const u = webUrl(v);
      if (!u) throw new ReaderError("bad-option", "--url", `not an http(s) URL: "${v.trim().slice(0, 80)}"`);
      out.url = u;
    } else out[k] = v.trim();
  }
  return out;
}

/** Explicit metadata wins; it is also recorded as a `flag` candidate, ahead of the others. */
function withOverrides(article: ReaderArticle, o: MetadataOverrides): ReaderArticle {
  const flagged: MetadataCandidate[] = [];
  const next: ReaderArticle = { ...article };
  for (const field of ["title", "outlet", "published", "url"] as const) {
    const v = o[field];
    if (!v) continue;
    next[field] = v;
    flagged.push({ field, value: v, source: "flag" });
  }
  if (o.language) next.language = o.language;
  const rest = (article.metadataCandidates ?? []).filter((c) => !flagged.some((f) => f.field === c.field && f.value === c.value && c.source === "flag"));
  next.metadataCandidates = [...flagged, ...rest];
  return next;
}

function firstByte(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0d))) i++;
  return bytes[i];
}

/** The charset an HTML document declares in its first 2 KiB (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1] : null;
}
