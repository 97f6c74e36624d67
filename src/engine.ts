import type { Analysis, ArticleInput, Diagnostic, NewsDocument, Stage } from "./types.js";
import { createDocument } from "./document/createDocument.js";
import { checkPipeline, defaultStages, runPipeline } from "./pipeline.js";
import { ENGINE_VERSION } from "./version.js";

export interface Engine {
  /**
   * Analyses one article and returns the `dossier.analysis/1` record. A string is the article
   * text; an object needs `text` (a string) and may give `published` (`YYYY-MM-DD` or an ISO
   * timestamp). Throws a `TypeError` for anything else.
   */
  analyze(input: ArticleInput | NewsDocument | string): Analysis;
}

export interface EngineOptions {
  /** Stage list; defaults to the standard pipeline. */
  stages?: Stage[];
}

/** Builds an engine once (pipeline checked up front) for analysing many articles. */
export function createEngine(options: EngineOptions = {}): Engine {
  const stages = options.stages ?? defaultStages;
  checkPipeline(stages);
  // (the attributions layer is part of the record only when a stage makes it: the quote rules
  // alone, an ablation, give none)
  const withAttributions = stages.some((s) => (s.produces as string[]).includes("attributions"));
  return {
    analyze(input) {
      const doc = asDocument(input);
      const { layers, diagnostics: stageDiagnostics } = runPipeline(doc, stages);
      const diagnostics = [...documentDiagnostics(doc), ...stageDiagnostics];
      return {
        schema: "dossier.analysis/1",
        engine: { name: "dossier", version: ENGINE_VERSION },
        document: {
          id: doc.id,
          title: doc.title,
          outlet: doc.outlet,
          published: doc.published,
          url: doc.url,
          language: doc.language,
          text: doc.text,
          titleSpan: doc.titleSpan ?? null,
          metadataCandidates: doc.metadataCandidates ?? [],
          ...(doc.furniture?.length ? { furniture: doc.furniture } : {}),
        },
        entities: layers.entities,
        quotes: layers.quotes,
        ...(withAttributions ? { attributions: layers.attributions ?? [] } : {}),
        times: layers.times,
        figures: layers.figures,
        events: [],
        diagnostics,
        stats: { paragraphs: layers.paragraphs.length, sentences: layers.sentences.length, tokens: layers.tokens.length },
      };
    },
  };
}

/** An input as a document: a string is the text; an object is checked (text a string, published a date). */
function asDocument(input: ArticleInput | NewsDocument | string): NewsDocument {
  if (typeof input === "string") return createDocument({ text: input });
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw new TypeError(`dossier: analyze() takes the article text (a string) or { text, title?, outlet?, published?, url? }, not ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`);
  }
  if (typeof input.text !== "string") {
    throw new TypeError(`dossier: the article's text must be a string, not ${input.text === null ? "null" : input.text === undefined ? "missing" : typeof input.text}`);
  }
  const published = input.published;
  if (published !== null && published !== undefined && (typeof published !== "string" || !isPublishedDate(published))) {
    throw new TypeError(`dossier: published must be a date YYYY-MM-DD or an ISO timestamp, not ${JSON.stringify(published)}`);
  }
  if ("id" in input && typeof (input as NewsDocument).id === "string") return input as NewsDocument;
  return createDocument(input);
}

/** `YYYY-MM-DD`, optionally followed by an ISO time, naming a real calendar day. */
function isPublishedDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Warnings about the document itself: reader notes, and no publication date to resolve relative dates against. */
function documentDiagnostics(doc: NewsDocument): Diagnostic[] {
  const out: Diagnostic[] = (doc.readerNotes ?? []).map((message) => ({ stage: "reader", rule: "reader-note", span: null, message }));
  if (!doc.published) {
    out.push({
      stage: "document",
      rule: "no-published-date",
      span: null,
      message: "no publication date (none in the input, the page or a sidecar): relative dates such as \"on Monday\" are left unresolved; give --published YYYY-MM-DD",
    });
  }
  return out;
}

let shared: Engine | null = null;

/** Analyses one article with the default engine (see {@link Engine.analyze}). */
export function analyze(input: ArticleInput | NewsDocument | string): Analysis {
  shared ??= createEngine();
  return shared.analyze(input);
}
