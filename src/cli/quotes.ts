import type { Command } from "commander";
import { oneLine, useColor, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { addArticleFilterOptions, addStoreOutputOptions, articleTexts, checkUsage, evidence, filterFromFlags, shortDocId, withExistingStore, type FilterFlags } from "./storeCommand.js";

export interface QuotesFlags extends FilterFlags {
  db?: string;
  speaker?: string;
  json?: boolean;
}

const HELP_AFTER = `
Who said what: the stored quotes with speaker, cue ("said", "according to"), type (direct,
indirect, mixed), outlet, date, and where they are (article, document id, quote id, offsets of
the content). The quote is shown in its sentence with the content marked.

Examples:
  dossier quotes --speaker Blinken
  dossier quotes --outlet "Times of Israel" --since 2024-08-01 --limit 50 --json`;

/** `dossier quotes`. */
export function registerQuotes(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("quotes")
    .summary("who said what, across stored articles")
    .description("List stored quotes with speaker, cue, outlet, date and evidence.")
    .option("--speaker <name>", "only quotes by this speaker (name or part of it)");
  addArticleFilterOptions(cmd).option("--limit <n>", "at most this many quotes", "20");
  addStoreOutputOptions(cmd, "print the quotes as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: QuotesFlags) => {
      setCode(await runQuotes(flags, io));
    });
}

/** Runs `dossier quotes`; returns the exit code. */
export async function runQuotes(flags: QuotesFlags, io: CliIO): Promise<number> {
  let filter = { limit: 20 } as ReturnType<typeof filterFromFlags>;
  const bad = checkUsage(io, () => {
    filter = filterFromFlags(flags, 20);
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const rows = await store.quotes({ ...filter, ...(flags.speaker ? { speaker: flags.speaker } : {}) });
    if (flags.json) {
      io.out(JSON.stringify(rows, null, 2) + "\n");
      return EXIT_OK;
    }
    if (rows.length === 0) {
      io.out("no quotes found\n");
      return EXIT_OK;
    }
    const color = useColor(io);
    const textOf = articleTexts(store);
    let first = true;
    for (const q of rows) {
      if (!first) io.out("\n");
      first = false;
      const who = q.speaker ? oneLine(q.speaker, 60) : "(unknown speaker)";
      const cue = q.cue ? ` ← ${oneLine(q.cue.text, 30)}` : "";
      io.out(`${who}${cue} (${q.type})\n`);
      const body = await textOf(q.articleId);
      io.out(`  ${body !== null ? evidence(body, q.content.start, q.content.end, color, 320) : "“" + oneLine(q.content.text, 300) + "”"}\n`);
      io.out(`  ${[q.outlet, q.published].filter((x): x is string => Boolean(x)).map((x) => oneLine(x, 80)).join(" · ")}${q.outlet || q.published ? " · " : ""}article ${q.articleId} (${shortDocId(q.docId)}) ${q.quoteId} ${q.content.start}–${q.content.end}\n`);
    }
    return EXIT_OK;
  });
}
