import type { Analysis, ArticleInput, NewsDocument, Stage } from "./types.js";
import { createDocument } from "./document/createDocument.js";
import { checkPipeline, defaultStages, runPipeline } from "./pipeline.js";
import { ENGINE_VERSION } from "./version.js";

export interface Engine {
  /** Analyses one article and returns the `dossier.analysis/1` record. */
  analyze(input: ArticleInput | NewsDocument): Analysis;
}

export interface EngineOptions {
  /** Stage list; defaults to the standard pipeline. */
  stages?: Stage[];
}

/** Builds an engine once (pipeline checked up front) for analysing many articles. */
export function createEngine(options: EngineOptions = {}): Engine {
  const stages = options.stages ?? defaultStages;
  checkPipeline(stages);
  return {
    analyze(input) {
      const doc = "id" in input && typeof (input as NewsDocument).id === "string" ? (input as NewsDocument) : createDocument(input);
      const { layers, diagnostics } = runPipeline(doc, stages);
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
        },
        entities: layers.entities,
        quotes: layers.quotes,
        times: layers.times,
        figures: layers.figures,
        events: [],
        diagnostics,
        stats: { paragraphs: layers.paragraphs.length, sentences: layers.sentences.length, tokens: layers.tokens.length },
      };
    },
  };
}

let shared: Engine | null = null;

/** Analyses one article with the default engine. */
export function analyze(input: ArticleInput | NewsDocument): Analysis {
  shared ??= createEngine();
  return shared.analyze(input);
}
