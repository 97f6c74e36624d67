import path from "node:path";
import type { Command } from "commander";
import { errorLine, type CliIO } from "./CliIO.js";
import { EXIT_OK, EXIT_USER } from "./analyze.js";
import { DataError, type EvalReport, type Split } from "../eval/EvalReport.js";
import { evalNer } from "../eval/evalNer.js";
import { evalQuotes, evalTimex } from "../eval/runners.js";
import { BUNDLED_PAGES, evalHtml } from "../eval/html/evalHtml.js";
import { loadNerModel } from "../model/ner/NerModel.js";

export interface EvalFlags {
  data?: string;
  verbose?: string | boolean;
  seed?: string;
  split: string;
  peers?: boolean;
  json?: boolean;
  limit?: string;
  model?: string;
}

/** The tasks `dossier eval` knows, with the data set each reads. */
export const EVAL_TASKS = { ner: "conll2003", timex: "tempeval3", quotes: "polnear", html: "pages" } as const;
export type EvalTaskName = keyof typeof EVAL_TASKS;

/** `dossier eval --json` output. */
export interface EvalJson {
  task: string;
  split: Split;
  /** Date of the run, YYYY-MM-DD. */
  date: string;
  /** The data folder given. */
  data: string;
  source: string;
  documents: number;
  systems: EvalReport["systems"];
  skipped: EvalReport["skipped"];
}

/** Table columns per task: [header, metric name]. */
const COLUMNS: Record<EvalTaskName, [string, string][]> = {
  ner: [
    ["P", "precision"],
    ["R", "recall"],
    ["F1", "f1"],
    ["PER", "f1_PER"],
    ["LOC", "f1_LOC"],
    ["ORG", "f1_ORG"],
    ["MISC", "f1_MISC"],
  ],
  timex: [
    ["P", "precision"],
    ["R", "recall"],
    ["F1", "f1"],
    ["strict", "strict_f1"],
    ["type", "type_accuracy"],
    ["valF1", "value_f1"],
  ],
  quotes: [
    ["P", "precision"],
    ["R", "recall"],
    ["F1", "f1"],
    ["src", "source_exact_f1"],
    ["cue", "cue_exact_f1"],
    ["cont", "content_exact_f1"],
    ["src~", "source_partial_f1"],
    ["cue~", "cue_partial_f1"],
    ["cont~", "content_partial_f1"],
  ],
  html: [
    ["P", "precision"],
    ["R", "recall"],
    ["F1", "f1"],
    ["exact", "exact_pages"],
  ],
};

const LEGEND: Record<EvalTaskName, string> = {
  ner: "conlleval rules: exact type and boundaries, micro-averaged over PER LOC ORG MISC; PER…MISC = F1 per type.",
  timex: "P/R/F1 = relaxed span match; strict = exact span F1; type = type accuracy on matches; valF1 = value accuracy × relaxed F1 (TE3 ranking).",
  quotes: "P/R/F1 = attribution level (content ≥50% token overlap + source overlap); src/cue/cont = exact span F1; ~ = token-overlap F1.",
  html: "P/R/F1 = article body words (multiset, micro-averaged over pages) against the expected body text; exact = share of pages with every word right.",
};

/** The table `dossier eval` prints: one row per system, metrics in percent. */
export function formatEvalTable(task: EvalTaskName, r: EvalJson): string {
  const cols = COLUMNS[task];
  const names = r.systems.map((s) => `${s.name} ${s.version}`);
  const w = Math.max(8, ...names.map((n) => n.length));
  const pct = (x: number | undefined) => (x === undefined ? "—" : (100 * x).toFixed(1)).padStart(6);
  const speed = task === "ner";
  const head = ["system".padEnd(w), ...cols.map(([h]) => h.padStart(6)), ...(speed ? ["tok/s".padStart(8)] : []), "secs".padStart(7)].join(" ");
  const lines = [`${task} · ${task === "html" ? "pages" : r.split} (${r.source}) · ${r.documents} documents · ${r.date}`, head, "-".repeat(head.length)];
  r.systems.forEach((s, i) => {
    const tps = s.metrics.tokens_per_second;
    const speedCol = speed ? [(tps === undefined ? "" : tps.toLocaleString("en-US")).padStart(8)] : [];
    lines.push([names[i].padEnd(w), ...cols.map(([, k]) => pct(s.metrics[k])), ...speedCol, s.seconds.toFixed(1).padStart(7)].join(" "));
  });
  lines.push("", LEGEND[task]);
  for (const s of r.systems) if (s.note) lines.push(`  ${s.name}: ${s.note}`);
  for (const s of r.skipped) lines.push(`  not run: ${s.name} — ${s.reason}`);
  return lines.join("\n") + "\n";
}

const HELP_AFTER = `
Tasks and data (--data is the folder holding the data set, or its parent):
  ner      CoNLL-2003 English (conll2003/eng.train|testa|testb); splits train, dev = testa, test = testb
  timex    TempEval-3 Task A (tempeval3/); dev = every 10th TimeBank document held out from train,
           test = TE3-platinum
  quotes   PolNeAR attribution (polnear/); its own train/dev/test split
  stories  stories-dev (stories-dev/): story clustering (pairwise P/R against the gold stories)
           and the share of the hand-listed cross-outlet differences a report item shows
  html     article body text from web pages: a folder of <name>.html with the expected body in
           <name>.txt (default: the set bundled in test/fixtures/pages; --split is ignored)

--peers adds other systems scored the same way: ner: dossier-rules (no trained model),
compromise; timex: chrono-node (reference date = DCT), compromise; quotes: dossier-rules,
compromise quotations() (content only), a quote-marks baseline; html: @mozilla/readability
alone, the whole page text, dossier's text with its furniture blocks.

Examples:
  dossier eval ner --data ../shared/data --split test --peers
  dossier eval timex --data ../shared/data/tempeval3 --split dev --limit 10 --json
  dossier eval stories --data ../shared/data/stories-dev --verbose crocus-2024
  dossier eval html --peers
  dossier eval html --data test/fixtures/pages/heldout --peers`;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs one evaluation; throws {@link DataError} for a data folder without the data set. */
export async function runEval(task: EvalTaskName, data: string, split: Split, options: { peers?: boolean; limit?: number; model?: string }): Promise<EvalJson> {
  let report: EvalReport;
  if (task === "html") {
    const r = evalHtml(data, options);
    return { task, split, date: today(), data, source: r.source, documents: r.documents, systems: r.systems, skipped: [] };
  }
  if (task === "ner") {
    const model = options.model ? loadNerModel(options.model) : undefined;
    report = await evalNer(data, split, { peers: options.peers, limit: options.limit, model });
  } else if (task === "timex") report = await evalTimex(data, split, options);
  else report = await evalQuotes(data, split, options);
  return { task, split, date: today(), data, source: report.source, documents: report.documents, systems: report.systems, skipped: report.skipped };
}

/** `dossier eval ner|timex|quotes`. Calls `setCode` with the exit code when done. */
export function registerEval(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("eval")
    .summary("score dossier (and peers) on public data sets: ner, timex, quotes, stories, html")
    .description("Score dossier, and with --peers other libraries and baselines, on CoNLL-2003 (ner), TempEval-3 (timex), PolNeAR (quotes), stories-dev (stories) or a folder of web pages (html), all through the same scorer.")
    .argument("<task>", "ner | timex | quotes | stories | html")
    .option("--data <dir>", "folder holding the data set (or its parent); default $DOSSIER_DATA (html: the bundled pages)")
    .option("--split <split>", "train | dev | test", "dev")
    .option("--peers", "also run the peer systems")
    .option("--limit <n>", "only the first N documents")
    .option("--model <file>", "ner: evaluate this model file instead of the bundled one")
    .option("--json", "print {task, split, date, data, systems:[{name, version, metrics}]} as JSON (stories: the whole report)")
    .option("--verbose [stories]", "stories: list the missed differences (of the comma-separated stories given, else of all)")
    .option("--seed <n>", "stories: give the articles ids in an order shuffled with this seed (the result must not change)")
    .addHelpText("after", HELP_AFTER)
    .action(async (task: string, flags: EvalFlags) => {
      setCode(await evalCommand(task, flags, io));
    });
}

/** `dossier eval stories`: clustering and differences on stories-dev (no splits: a development set). */
async function evalStoriesCommand(flags: EvalFlags, io: CliIO): Promise<number> {
  const data = flags.data ?? io.env.DOSSIER_DATA;
  if (!data) {
    io.err(errorLine("--data", "missing: give the stories-dev folder (or its parent), or set DOSSIER_DATA"));
    return EXIT_USER;
  }
  let seed: number | undefined;
  if (flags.seed !== undefined) {
    seed = Number(flags.seed);
    if (!Number.isInteger(seed)) {
      io.err(errorLine("--seed", `not an integer: "${flags.seed}"`));
      return EXIT_USER;
    }
  }
  const { evalStoriesDev } = await import("../eval/stories/evalStoriesDev.js");
  const { formatStoriesEval } = await import("./evalStories.js");
  try {
    const r = evalStoriesDev(path.resolve(data), { shuffleSeed: seed });
    const stories = [...new Set(r.differences.map((d) => d.story))];
    const verbose = flags.verbose === undefined || flags.verbose === false ? null : flags.verbose === true ? stories : flags.verbose.split(",");
    io.out(flags.json ? JSON.stringify(r, null, 2) + "\n" : formatStoriesEval(r, verbose));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof DataError) {
      io.err(errorLine(data, e.message));
      return EXIT_USER;
    }
    throw e;
  }
}

async function evalCommand(task: string, flags: EvalFlags, io: CliIO): Promise<number> {
  if (task === "stories") return evalStoriesCommand(flags, io);
  if (!(task in EVAL_TASKS)) {
    io.err(errorLine(task, "unknown task (expected ner, timex, quotes, stories or html)"));
    return EXIT_USER;
  }
  if (flags.split !== "train" && flags.split !== "dev" && flags.split !== "test") {
    io.err(errorLine("--split", `not a split: "${flags.split}" (expected train, dev or test)`));
    return EXIT_USER;
  }
  let limit: number | undefined;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit <= 0) {
      io.err(errorLine("--limit", `not a positive integer: "${flags.limit}"`));
      return EXIT_USER;
    }
  }
  const data = flags.data ?? (task === "html" ? BUNDLED_PAGES : io.env.DOSSIER_DATA);
  if (!data) {
    io.err(errorLine("--data", "missing: give the folder holding the data set (or set DOSSIER_DATA)"));
    return EXIT_USER;
  }
  if (flags.model !== undefined && task !== "ner") {
    io.err(errorLine("--model", "only for the ner task"));
    return EXIT_USER;
  }
  let result: EvalJson;
  try {
    if (flags.model !== undefined) {
      try {
        loadNerModel(flags.model);
      } catch (e) {
        io.err(errorLine(flags.model, `not a dossier NER model (${(e as Error).message})`));
        return EXIT_USER;
      }
    }
    result = await runEval(task as EvalTaskName, path.resolve(data), flags.split, { peers: flags.peers, limit, model: flags.model });
  } catch (e) {
    if (e instanceof DataError) {
      io.err(errorLine(data, e.message));
      return EXIT_USER;
    }
    throw e;
  }
  io.out(flags.json ? JSON.stringify(result, null, 2) + "\n" : formatEvalTable(task as EvalTaskName, result));
  return EXIT_OK;
}
