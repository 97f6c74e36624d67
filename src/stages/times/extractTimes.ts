import type { Stage } from "../../types.js";

/** Stage: times (placeholder until implemented). */
export const timesStage: Stage<"times"> = {
  name: "times",
  requires: ["sentences", "tokens"],
  produces: ["times"],
  run() {
    return { times: [] };
  },
};
