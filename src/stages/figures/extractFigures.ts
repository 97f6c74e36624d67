import type { Stage } from "../../types.js";

/** Stage: figures (placeholder until implemented). */
export const figuresStage: Stage<"figures"> = {
  name: "figures",
  requires: ["sentences", "tokens"],
  produces: ["figures"],
  run() {
    return { figures: [] };
  },
};
