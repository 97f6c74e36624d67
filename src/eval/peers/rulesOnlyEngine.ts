import { createEngine, type Engine } from "../../engine.js";
import { defaultStages } from "../../pipeline.js";
import { entitiesStage, makeEntitiesStage } from "../../stages/entities/extractEntities.js";
import type { Stage } from "../../types.js";

/**
 * dossier's rule baseline: the default pipeline with the entity stage run on lexicons and
 * patterns only (no trained NER model). Everything downstream (quotes, figures) sees those
 * entities.
 */
export function rulesOnlyEngine(): Engine {
  const rules = makeEntitiesStage({ ner: null }) as Stage;
  return createEngine({ stages: defaultStages.map((s) => (s === (entitiesStage as Stage) ? rules : s)) });
}
