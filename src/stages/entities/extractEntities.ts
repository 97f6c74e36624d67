import type { Stage } from "../../types.js";

/** Stage: entities (placeholder until implemented). */
export const entitiesStage: Stage<"entities"> = {
  name: "entities",
  requires: ["sentences", "tokens"],
  produces: ["entities"],
  run() {
    return { entities: [] };
  },
};
