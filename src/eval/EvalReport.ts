/**
 * The shape every evaluation returns (`dossier eval … --json` prints it): one row per system,
 * with a flat map of metrics under stable snake_case names. Values are in 0..1 except
 * `tokens_per_second`.
 */
export type Split = "train" | "dev" | "test";
export type EvalTask = "ner" | "timex" | "quotes";

export interface SystemResult {
  name: string;
  version: string;
  metrics: Record<string, number>;
  /** Gold and predicted item counts behind the metrics. */
  counts: Record<string, number>;
  /** Wall-clock time spent predicting, in seconds. */
  seconds: number;
  /** What the system is, or what it cannot do ("content only", "no MISC"). */
  note?: string;
}

export interface EvalReport {
  task: EvalTask;
  split: Split;
  /** The files the split was read from (e.g. `eng.testb`), for the record. */
  source: string;
  documents: number;
  systems: SystemResult[];
  /** Systems left out, with the reason (e.g. a peer that is not installed). */
  skipped: { name: string; reason: string }[];
}

export interface EvalOptions {
  /** Also run the peer systems. Default false. */
  peers?: boolean;
  /** Evaluate only the first N documents of the split. Default: all. */
  limit?: number;
}

/** A data folder that does not hold the expected data set: a user error. */
export class DataError extends Error {}

/** Runs `fn` and returns its result with the wall-clock seconds it took. */
export function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, (performance.now() - t0) / 1000];
}
