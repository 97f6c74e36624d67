import type { ReaderArticle } from "./ReaderArticle.js";

/** Plain text → article. The text is kept exactly as decoded (it is the document). */
export function readText(text: string): ReaderArticle {
  return { text, metadataCandidates: [] };
}
