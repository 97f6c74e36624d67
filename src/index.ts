/**
 * dossier — the public library API.
 *
 * ```ts
 * import { analyze } from "dossier";
 * const a = analyze({ text, published: "2024-08-19", outlet: "Anadolu Agency" });
 * const b = analyze("Mayor Jane Doe said the road would reopen on Friday.");   // a string is the text
 *
 * const store = await openStore("news.db");              // SQLite file, or a postgres:// URL
 * await ingest(["a.json", "https://example.org/news/1"], { store });   // files and URLs, not folders
 * await store.close();
 * ```
 */
export { analyze, createEngine } from "./engine.js";
export type { Engine, EngineOptions } from "./engine.js";
export { createDocument } from "./document/createDocument.js";
export { ENGINE_VERSION } from "./version.js";
export { ingest } from "./corpus/ingest.js";
export { openStore } from "./store/openStore.js";
export type { Store } from "./store/Store.js";
export type { StoreOptions } from "./store/StoreOptions.js";
export type { IngestOptions, IngestEvent, IngestSummary } from "./corpus/ingest.js";
export { compareStory } from "./story/compareStory.js";
export type { CompareOptions } from "./story/compareStory.js";
export type { StoryReport } from "./story/StoryReport.js";
export type {
  Analysis,
  ArticleInput,
  NewsDocument,
  Span,
  Entity,
  EntityType,
  Mention,
  MentionKind,
  Quote,
  QuoteType,
  QuoteSpeaker,
  TimeExpression,
  TimeType,
  Figure,
  FigureSource,
  Approx,
  Diagnostic,
  FurnitureBlock,
  FurnitureKind,
  Stage,
  Layers,
  LayerName,
} from "./types.js";
