import { createHash } from "node:crypto";
import type { ArticleInput, NewsDocument } from "../types.js";

/** `sha256:<hex>` of a text: the document id. */
export function documentId(text: string): string {
  return "sha256:" + createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Builds an immutable NewsDocument. When the title is given and the text begins with it (as in
 * wire copy whose first line is the headline), `titleSpan` marks it.
 */
export function createDocument(input: ArticleInput & { metadataCandidates?: NewsDocument["metadataCandidates"] }): NewsDocument {
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
  };
  return Object.freeze(doc);
}
