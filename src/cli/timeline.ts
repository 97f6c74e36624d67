import type { Command } from "commander";
import { oneLine, useColor, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { addArticleFilterOptions, addStoreOutputOptions, UsageError, articleTexts, checkUsage, evidence, filterFromFlags, shortDocId, withExistingStore, type FilterFlags } from "./storeCommand.js";

export interface TimelineFlags extends FilterFlags {
  db?: string;
  entity?: string;
  json?: boolean;
}

const HELP_AFTER = `
What the stored articles say about one entity, in date order: its quotes (as speaker), the
figures attributed to it and the dated facts mentioning it. The date is the TIMEX3 value of the
time the fact is about, or the publication date when the sentence names none.

Examples:
  dossier timeline --entity Hamas
  dossier timeline --entity "Antony Blinken" --since 2024-08-01 --json`;

/** `dossier timeline --entity <name>`. */
export function registerTimeline(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("timeline")
    .summary("dated facts about one entity across stored articles")
    .description("Show quotes, figures and dated facts about an entity in date order, with evidence.")
    .requiredOption("--entity <name>", "the entity (name or part of it)");
  addArticleFilterOptions(cmd).option("--limit <n>", "at most this many rows", "100");
  addStoreOutputOptions(cmd, "print the timeline as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: TimelineFlags) => {
      setCode(await runTimeline(flags, io));
    });
}

/** Runs `dossier timeline`; returns the exit code. */
export async function runTimeline(flags: TimelineFlags, io: CliIO): Promise<number> {
  let filter = { limit: 100 } as ReturnType<typeof filterFromFlags>;
  const bad = checkUsage(io, () => {
    if (!flags.entity?.trim()) throw new UsageError("--entity", "must not be empty");
    filter = filterFromFlags(flags, 100);
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const rows = await store.timeline({ entity: flags.entity!, ...filter });
    if (flags.json) {
      io.out(JSON.stringify(rows, null, 2) + "\n");
      return EXIT_OK;
    }
    if (rows.length === 0) {
      io.out(`nothing found about "${oneLine(flags.entity!, 80)}"\n`);
      return EXIT_OK;
    }
    const color = useColor(io);
    const textOf = articleTexts(store);
    const width = Math.max(10, ...rows.map((r) => r.date.length));
    for (const r of rows) {
      const body = await textOf(r.articleId);
      io.out(`${oneLine(r.date, 40).padEnd(width)}  ${r.kind.padEnd(6)}  ${body !== null ? evidence(body, r.start, r.end, color, 200) : oneLine(r.text, 200)}\n`);
      io.out(`${" ".repeat(width + 10)}${r.outlet ? oneLine(r.outlet, 40) + " · " : ""}article ${r.articleId} (${shortDocId(r.docId)}) ${r.start}–${r.end}\n`);
    }
    return EXIT_OK;
  });
}
