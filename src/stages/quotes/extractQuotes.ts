import type { Stage } from "../../types.js";

/** Stage: quotes (placeholder until implemented). */
export const quotesStage: Stage<"quotes"> = {
  name: "quotes",
  requires: ["sentences", "tokens"],
  produces: ["quotes"],
  run() {
    return { quotes: [] };
  },
};
