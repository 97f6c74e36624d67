import type { ArticleInput, MetadataCandidate } from "../types.js";
import type { ReaderError } from "./ReaderError.js";

/** What a reader hands to the engine: the article plus every metadata candidate it saw. */
export interface ReaderArticle extends ArticleInput {
  metadataCandidates?: MetadataCandidate[];
}

export type InputFormat = "text" | "json" | "jsonl" | "html";

interface ReadResultBase {
  /** The input as named by the user; for multi-record inputs `path:line` (JSONL) or `path[i]` (JSON array). */
  input: string;
  /** Line number (JSONL) or array index (JSON array) when the input holds several articles. */
  record?: number;
  format?: InputFormat;
  /** Non-fatal problems (e.g. an unreadable sidecar), one line each. */
  warnings?: string[];
}

/** One article read from an input, or the reason it could not be read. */
export type ReadResult =
  | (ReadResultBase & { article: ReaderArticle; error?: undefined })
  | (ReadResultBase & { article?: undefined; error: ReaderError });
