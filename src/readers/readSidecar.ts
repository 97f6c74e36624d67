import { access } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { MetadataCandidate } from "../types.js";
import { ReaderError } from "./ReaderError.js";
import { decodeText } from "./decodeText.js";
import { jsonMetadata, metadataCandidates, parseJson, type JsonMetadata } from "./readJson.js";
import { readFileBytes } from "./readBytes.js";

export interface Sidecar {
  /** The sidecar file name, as shown to the user. */
  name: string;
  meta: JsonMetadata;
  candidates: MetadataCandidate[];
}

const SIDECAR_MAX_BYTES = 1024 * 1024;

/**
 * Metadata for a text file from `<name>.json` next to it, when that JSON is a sidecar: it has no
 * `text` field, or its `text_file` points at this text file. Returns null when there is none;
 * a sidecar that cannot be used yields `{ warning }` instead.
 */
export async function readSidecar(textPath: string): Promise<Sidecar | { warning: string } | null> {
  if (extname(textPath).toLowerCase() === ".json") return null;
  const stem = basename(textPath, extname(textPath));
  const path = join(dirname(textPath), stem + ".json");
  try {
    await access(path);
  } catch {
    return null;
  }
  const name = path;
  try {
    const value = parseJson(decodeText(await readFileBytes(path, name, SIDECAR_MAX_BYTES), name), name);
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const obj = value as Record<string, unknown>;
    if (typeof obj.text_file === "string") {
      if (resolve(dirname(path), obj.text_file) !== resolve(textPath)) return null;
    } else if (obj.text !== undefined) {
      return null;
    }
    const meta = jsonMetadata(obj, name);
    const source = `sidecar:${basename(path)}`;
    return { name, meta, candidates: metadataCandidates(meta, source, name) };
  } catch (e) {
    if (e instanceof ReaderError) return { warning: `sidecar ${name} ignored: ${e.message}` };
    throw e;
  }
}
