// Superseded by `dossier eval timex|quotes` (src/cli/eval.ts); kept for old notes.
// Evaluates dossier (and with --peers: chrono-node, compromise, a quote-marks baseline) on
// TempEval-3 time expressions and PolNeAR quote attribution, and prints one table per task.
//   npx tsx scripts/eval.ts timex --split test --peers
//   npx tsx scripts/eval.ts quotes --split dev --peers
//   npx tsx scripts/eval.ts all --split dev --peers --limit 5 --json
// Options: --split train|dev|test (default dev), --peers, --limit N (first N documents),
// --data DIR (holding tempeval3/ and polnear/; default $DOSSIER_DATA or ../shared/data), --json.
// Scoring rules: src/eval/tempeval/scoreTimex.ts, src/eval/polnear/scoreAttribution.ts.
import { fileURLToPath } from "node:url";
import { evalQuotes, evalTimex, type EvalReport, type Split } from "../src/eval/runners.js";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error("usage: npx tsx scripts/eval.ts timex|quotes|all [--split train|dev|test] [--peers] [--limit N] [--data DIR] [--json]");
  process.exit(2);
}

const args = process.argv.slice(2);
const task = args[0];
if (task !== "timex" && task !== "quotes" && task !== "all") usage(task ? `unknown task: ${task}` : undefined);
let split: Split = "dev";
let peers = false;
let json = false;
let limit: number | undefined;
let dataDir = process.env.DOSSIER_DATA ?? fileURLToPath(new URL("../../shared/data", import.meta.url));
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  if (a === "--peers") peers = true;
  else if (a === "--json") json = true;
  else if (a === "--split") {
    const s = args[++i];
    if (s !== "train" && s !== "dev" && s !== "test") usage(`bad split: ${s}`);
    split = s;
  } else if (a === "--limit") {
    limit = Number(args[++i]);
    if (!Number.isInteger(limit) || limit <= 0) usage("--limit needs a positive integer");
  } else if (a === "--data") dataDir = args[++i] ?? usage("--data needs a folder");
  else usage(`unknown option: ${a}`);
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function table(report: EvalReport, columns: Array<[string, string]>, counts: (c: Record<string, number>) => string): string {
  const nameWidth = Math.max(8, ...report.systems.map((s) => `${s.name} ${s.version}`.length));
  const head = ["system".padEnd(nameWidth), ...columns.map(([label]) => label.padStart(6)), "counts".padStart(16), "secs".padStart(6)].join(" ");
  const lines = [`${report.task} · ${report.split} · ${report.documents} documents`, head, "-".repeat(head.length)];
  for (const s of report.systems) {
    lines.push(
      [
        `${s.name} ${s.version}`.padEnd(nameWidth),
        ...columns.map(([, key]) => pct(s.metrics[key])),
        counts(s.counts).padStart(16),
        s.seconds.toFixed(1).padStart(6),
      ].join(" "),
    );
  }
  return lines.join("\n");
}

const reports: EvalReport[] = [];
if (task === "timex" || task === "all") reports.push(await evalTimex(dataDir, split, { peers, limit }));
if (task === "quotes" || task === "all") reports.push(await evalQuotes(dataDir, split, { peers, limit }));

if (json) {
  console.log(JSON.stringify(reports, null, 2));
} else {
  for (const r of reports) {
    if (r.task === "timex") {
      console.log(
        table(
          r,
          [
            ["P", "precision"],
            ["R", "recall"],
            ["F1", "f1"],
            ["strict", "strict_f1"],
            ["typeF1", "type_f1"],
            ["valAcc", "value_accuracy"],
            ["valF1", "value_f1"],
          ],
          (c) => `${c.gold}g/${c.predicted}p/${c.relaxed}m`,
        ),
      );
      console.log("P/R/F1 = relaxed span match; valF1 = value accuracy × relaxed F1 (the TE3 ranking metric).\n");
    } else {
      console.log(
        table(
          r,
          [
            ["attP", "precision"],
            ["attR", "recall"],
            ["attF1", "f1"],
            ["src", "source_exact_f1"],
            ["cue", "cue_exact_f1"],
            ["cont", "content_exact_f1"],
            ["src~", "source_partial_f1"],
            ["cue~", "cue_partial_f1"],
            ["cont~", "content_partial_f1"],
          ],
          (c) => `${c.gold}g/${c.predicted}p/${c.matched}m`,
        ),
      );
      console.log("att = attribution level (content ≥50% token overlap + source overlap); src/cue/cont = exact span F1; ~ = token-overlap F1.\n");
    }
  }
}
