// compromise over a JSONL file of articles, as a command-line tool would run it: read each line,
// `nlp(text).json()`, print one JSON line per article. The peer of `dossier analyze FILE --json`
// in bench/cliAnalyze.ts (plain JavaScript: no TypeScript loader in its start-up).
//
//   node bench/compromiseJsonl.mjs articles.jsonl > /dev/null
import fs from "node:fs";
import readline from "node:readline";
import nlp from "compromise";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node bench/compromiseJsonl.mjs FILE.jsonl\n");
  process.exit(2);
}
const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line);
  process.stdout.write(JSON.stringify(nlp(text).json()) + "\n");
}
