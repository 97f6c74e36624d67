import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import type { Command } from "commander";
import { errorLine, type CliIO } from "./CliIO.js";
import { EXIT_OK, EXIT_USER } from "./analyze.js";
import { DataError } from "../eval/EvalReport.js";
import { readConllSplit, nerMetrics } from "../eval/evalNer.js";
import { trainNer, evaluateDocs } from "../model/ner/trainNer.js";
import { saveNerModel } from "../model/ner/NerModel.js";

export interface TrainFlags {
  data?: string;
  out: string;
  seed: string;
  epochs: string;
  stages: string;
  limit?: string;
  dev?: boolean;
  json?: boolean;
}

/**
 * Settings of the bundled `models/ner.bin.gz` (chosen on eng.testa, docs/EVALUATION.md): the
 * defaults of `dossier train ner`, so that it rebuilds that file byte for byte.
 */
export const BUNDLED_MODEL = { epochs: 20, stages: 1, seed: 1 } as const;

const HELP_AFTER = `
Trains the NER model on CoNLL-2003 eng.train (in --data or its conll2003/ folder) and writes it
to --out. Training is deterministic: the same data, seed and settings give a byte-identical file;
the defaults rebuild the bundled models/ner.bin.gz.
With a dev set (eng.testa, unless --no-dev) the F1 after each epoch is printed to stderr and the
final dev score is reported. The model holds hashed feature weights and the project lexicons,
no list of names from the training data (see docs/EVALUATION.md).

Examples:
  dossier train ner --data ../shared/data --out models/ner.bin.gz
  dossier train ner --data ../shared/data/conll2003 --out /tmp/tiny.bin.gz --limit 20 --epochs 2 --no-dev`;

function positiveInt(flag: string, v: string, io: CliIO): number | null {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    io.err(errorLine(flag, `not a positive integer: "${v}"`));
    return null;
  }
  return n;
}

/** `dossier train ner`. Calls `setCode` with the exit code when done. */
export function registerTrain(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("train")
    .summary("train the NER model on CoNLL-2003")
    .description("Train dossier's named-entity model (averaged perceptron) on CoNLL-2003 eng.train.")
    .argument("<task>", "ner")
    .option("--data <dir>", "folder holding eng.train (or its parent); default $DOSSIER_DATA")
    .option("--out <file>", "where to write the model", "models/ner.bin.gz")
    .option("--seed <n>", "seed of the shuffling", String(BUNDLED_MODEL.seed))
    .option("--epochs <n>", "passes over the training data per stage", String(BUNDLED_MODEL.epochs))
    .option("--stages <n>", "1, or 2 for a second, stacked document-level stage", String(BUNDLED_MODEL.stages))
    .option("--limit <n>", "train on the first N documents only")
    .option("--no-dev", "do not score eng.testa after each epoch")
    .option("--json", "print a JSON summary")
    .addHelpText("after", HELP_AFTER)
    .action(async (task: string, flags: TrainFlags) => {
      setCode(await trainCommand(task, flags, io));
    });
}

async function trainCommand(task: string, flags: TrainFlags, io: CliIO): Promise<number> {
  if (task !== "ner") {
    io.err(errorLine(task, "unknown task (expected ner)"));
    return EXIT_USER;
  }
  const seed = positiveInt("--seed", flags.seed, io);
  const epochs = positiveInt("--epochs", flags.epochs, io);
  const stages = positiveInt("--stages", flags.stages, io);
  if (seed === null || epochs === null || stages === null) return EXIT_USER;
  if (stages > 2) {
    io.err(errorLine("--stages", `must be 1 or 2, not ${stages}`));
    return EXIT_USER;
  }
  const limit = flags.limit === undefined ? undefined : positiveInt("--limit", flags.limit, io);
  if (limit === null) return EXIT_USER;
  const data = flags.data ?? io.env.DOSSIER_DATA;
  if (!data) {
    io.err(errorLine("--data", "missing: give the folder holding eng.train (or set DOSSIER_DATA)"));
    return EXIT_USER;
  }
  let train;
  let dev;
  try {
    train = readConllSplit(data, "train", limit).docs;
    dev = flags.dev === false ? undefined : readConllSplit(data, "dev").docs;
  } catch (e) {
    if (e instanceof DataError) {
      io.err(errorLine(data, e.message));
      return EXIT_USER;
    }
    throw e;
  }
  const out = path.resolve(flags.out);
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
  } catch (e) {
    io.err(errorLine(flags.out, `cannot create its folder (${(e as Error).message})`));
    return EXIT_USER;
  }
  const t0 = performance.now();
  const model = trainNer(train.flat(), {
    epochs,
    seed,
    stages,
    dev: dev?.flat(),
    meta: { trainedOn: "CoNLL-2003 eng.train", selectedOn: "eng.testa" },
    onEpoch: (r) => {
      if (!flags.json) io.err(`stage ${r.stage} epoch ${r.epoch}: ${r.errors} training errors${r.devF1 !== undefined ? `, dev F1 ${(100 * r.devF1).toFixed(2)}` : ""}\n`);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const bytes = saveNerModel(model, out);
  const sha256 = createHash("sha256").update(fs.readFileSync(out)).digest("hex");
  const devScore = dev ? evaluateDocs(model, dev) : undefined;
  const tokens = dev ? dev.flat().reduce((n, s) => n + s.tokens.length, 0) : 0;
  const summary = {
    task: "ner",
    model: out,
    bytes,
    sha256,
    features: model.featureCount,
    stages,
    epochs,
    seed,
    trainDocuments: train.length,
    seconds: Math.round(seconds * 10) / 10,
    dev: devScore ? { split: "dev", metrics: nerMetrics(devScore, tokens, 0) } : null,
  };
  if (devScore) delete summary.dev!.metrics.tokens_per_second;
  if (flags.json) io.out(JSON.stringify(summary, null, 2) + "\n");
  else {
    io.out(`wrote ${flags.out}: ${(bytes / 1e6).toFixed(2)} MB, ${model.featureCount} features, sha256 ${sha256.slice(0, 16)}…, trained in ${summary.seconds} s on ${train.length} documents\n`);
    if (devScore) io.out(`dev (eng.testa) micro F1 ${(100 * devScore.micro.f1).toFixed(2)} (P ${(100 * devScore.micro.precision).toFixed(2)}, R ${(100 * devScore.micro.recall).toFixed(2)})\n`);
  }
  return EXIT_OK;
}
