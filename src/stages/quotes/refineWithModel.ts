import type { Layers, Quote } from "../../types.js";

export function refineWithModel(text: string, layers: Layers, rules: Quote[]): Quote[] {
  return rules;
}
