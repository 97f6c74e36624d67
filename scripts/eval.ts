// Shortcut for `dossier eval` from a checkout, with ../shared/data as the default data folder and
// "all" for timex + quotes in one go. Everything else is the CLI's (src/cli/eval.ts).
//   npx tsx scripts/eval.ts timex --split test --peers
//   npx tsx scripts/eval.ts all --split dev --peers --limit 5 --json
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.js";

const [task, ...rest] = process.argv.slice(2);
if (task === undefined || !["ner", "timex", "quotes", "all"].includes(task)) {
  console.error("usage: npx tsx scripts/eval.ts ner|timex|quotes|all [--split train|dev|test] [--peers] [--limit N] [--data DIR] [--json]");
  process.exit(2);
}
const data = rest.includes("--data") ? [] : ["--data", process.env.DOSSIER_DATA ?? fileURLToPath(new URL("../../shared/data", import.meta.url))];
let code = 0;
for (const t of task === "all" ? ["timex", "quotes"] : [task]) {
  code = Math.max(code, await main(["node", "dossier", "eval", t, ...data, ...rest]));
}
process.exitCode = code;
