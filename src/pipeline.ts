import type { Diagnostic, Layers, LayerName, NewsDocument, Stage, StageContext } from "./types.js";
import { segmentStage } from "./document/segment.js";
import { skipFurniture } from "./document/skipFurniture.js";
import { entitiesStage } from "./stages/entities/extractEntities.js";
import { quotesStage } from "./stages/quotes/extractQuotes.js";
import { timesStage } from "./stages/times/extractTimes.js";
import { figuresStage } from "./stages/figures/extractFigures.js";

/**
 * The ordered stage list. Order matters where a stage reads another's layer:
 * - entities before quotes: speakers are resolved to entity mentions;
 * - quotes before figures: a figure's source is the quote or "according to" clause it sits in;
 * - times before figures: numbers inside dates ("May 31", "2023") are not figures.
 */
export const defaultStages: Stage[] = [segmentStage, entitiesStage, quotesStage, timesStage, figuresStage] as Stage[];

/** Checks that every stage's `requires` is produced by an earlier stage. Throws if not. */
export function checkPipeline(stages: readonly Stage[]): void {
  const have = new Set<LayerName>();
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) throw new Error(`pipeline: stage "${s.name}" requires layer "${r}", which no earlier stage produces`);
    }
    for (const p of s.produces) have.add(p);
  }
}

export interface PipelineResult {
  layers: Layers;
  diagnostics: Diagnostic[];
}

/** Runs stages in order over one document. Facts in furniture blocks are dropped after each stage. */
export function runPipeline(doc: NewsDocument, stages: readonly Stage[]): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const ctx: StageContext = { report: (d) => diagnostics.push(d) };
  const layers: Layers = { paragraphs: [], sentences: [], tokens: [], entities: [], quotes: [], attributions: [], times: [], figures: [] };
  for (const stage of stages) {
    const out = stage.run(doc, layers, ctx) as Partial<Layers>;
    for (const p of stage.produces) (layers as unknown as Record<string, unknown>)[p] = skipFurniture(p, out[p] as Layers[typeof p], doc.furniture ?? []);
  }
  return { layers, diagnostics };
}
