/**
 * The bundled attribution model, `models/attribution.bin.gz` at the package root, loaded lazily
 * on first use (the package root is found as for the NER model, so this works from `src/` and
 * `dist/`).
 */
import fs from "node:fs";
import path from "node:path";
import { findPackageRoot } from "../ner/defaultModel.js";
import { loadAttributionModel, type AttributionModel } from "./AttributionModel.js";

/** Path of the bundled model relative to the package root. */
export const DEFAULT_ATTRIBUTION_MODEL_FILE = "models/attribution.bin.gz";

/** Absolute path of the bundled model file. */
export function defaultAttributionModelPath(): string {
  return path.join(findPackageRoot(), DEFAULT_ATTRIBUTION_MODEL_FILE);
}

/** Whether the bundled model file exists. */
export function hasDefaultAttributionModel(): boolean {
  return fs.existsSync(defaultAttributionModelPath());
}

let cached: AttributionModel | null = null;

/** The bundled model (read once). Throws when the file is missing. */
export function getDefaultAttributionModel(): AttributionModel {
  if (!cached) cached = loadAttributionModel(defaultAttributionModelPath());
  return cached;
}
