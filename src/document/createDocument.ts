import { createHash } from "node:crypto";
import type { ArticleInput, FurnitureBlock, NewsDocument } from "../types.js";

/** `sha256:<hex>` of a text: the document id. */
export function documentId(text: string): string {
  return "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Builds an immutable NewsDocument. When the title is given and the text begins with it (as in
 * wire copy whose first line is the headline), `titleSpan` marks it.
 */
export function createDocument(input: ArticleInput & { metadataCandidates?: NewsDocument["metadataCandidates"] }): NewsDocument {
  if (!input || typeof input !== "object" || typeof input.text !== "string") throw new TypeError("dossier: createDocument() takes { text: string, … }");
  const text = input.text;
  let title = input.title?.trim() || null;
  let titleSpan: { start: number; end: number } | null = null;
  if (title) {
    const lead = text.length - text.trimStart().length;
    if (text.startsWith(title, lead)) titleSpan = { start: lead, end: lead + title.length };
  }
  const doc: NewsDocument = {
    id: documentId(text),
    title,
    outlet: input.outlet?.trim() || null,
    published: input.published?.trim() || null,
    url: input.url?.trim() || null,
    language: input.language ?? "en",
    text,
    titleSpan,
    metadataCandidates: input.metadataCandidates ?? [],
    ...(input.furniture?.length ? { furniture: validFurniture(input.furniture, text.length) } : {}),
    ...(input.readerNotes?.length ? { readerNotes: input.readerNotes } : {}),
  };
  return Object.freeze(doc);
}

/** Furniture blocks inside the text, sorted by start (blocks out of range are dropped). */
function validFurniture(blocks: readonly FurnitureBlock[], length: number): FurnitureBlock[] {
  return blocks
    .filter((b) => Number.isInteger(b.start) && Number.isInteger(b.end) && b.start >= 0 && b.end <= length && b.start < b.end)
    .map((b) => ({ start: b.start, end: b.end, kind: b.kind }))
    .sort((a, b) => a.start - b.start);
}
