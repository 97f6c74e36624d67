import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { differenceItems } from "../story/report/differenceItems.js";
import type { Store } from "../store/Store.js";
import type { Analysis } from "../types.js";
import { useColor, errorLine, oneLine, terminalText, type CliIO } from "./CliIO.js";
import { EXIT_OK, EXIT_USER } from "./analyze.js";
import { DB_OPTION_HELP, UsageError, checkUsage, withExistingStore } from "./storeCommand.js";

export interface StoryFlags {
  db?: string;
  json?: boolean;
  html?: string;
}

const HELP_AFTER = `
Lines up what each outlet in a story reports and where they differ: numeric conflicts (and
compatible values with different qualifiers), quote wording variants, attribution shifts (a
person's words credited to an office, a spokesperson or nobody), date conflicts, agreements
(wire reprints of one text count once), facts only some outlets carry, and each outlet's labels
and loaded terms. Every item names the outlets and shows both sentences.

Story ids come from \`dossier stories\` (run first; if no story exists yet, stories are built).
Output: a readable report; --json the dossier.story/1 record (docs/STORY.md); --html FILE one
self-contained HTML page (no scripts, no external requests) with the sentences side by side.

Examples:
  dossier story 3
  dossier story 3 --json > story3.json
  dossier story 3 --html story3.html --db archive.db`;

/** `dossier story <id>`. Calls `setCode` with the exit code when done. */
export function registerStory(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("story")
    .summary("compare what the outlets of one story report")
    .description("Compare the articles of one story: agreements, numeric and date conflicts, quote variants, attribution shifts, omissions and framing — each with both sentences.")
    .argument("<id>", "story id (see dossier stories)")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--json", "print the dossier.story/1 JSON report")
    .option("--html <file>", "write a self-contained HTML report to this file")
    .addHelpText("after", HELP_AFTER)
    .action(async (id: string, flags: StoryFlags) => {
      setCode(await runStory(id, flags, io));
    });
}

/** Checks --json / --html; throws UsageError. */
export function checkOutputFlags(flags: StoryFlags): void {
  if (flags.json && flags.html !== undefined) throw new UsageError("--html", "use either --json or --html, not both");
  if (flags.html !== undefined && !flags.html.trim()) throw new UsageError("--html", "needs a file name");
}

/** Compares the analyses and writes the report as the flags ask (terminal, JSON or HTML). */
export async function printStoryReport(analyses: Analysis[], flags: StoryFlags, io: CliIO, title: string): Promise<number> {
  const [{ compareStory }, { formatStoryReport }, { renderStoryHtml }, { storyReportJson }, { storyCountsLine, withCopies }] = await Promise.all([
    import("../story/compareStory.js"),
    import("../story/report/terminal.js"),
    import("../story/report/html.js"),
    import("../story/report/json.js"),
    import("../story/report/storyCounts.js"),
  ]);
  const report = withCopies(compareStory(analyses), analyses);
  if (flags.json) {
    io.out(storyReportJson(report));
  } else if (flags.html !== undefined) {
    try {
      writeFileSync(flags.html, renderStoryHtml(report, title));
    } catch (e) {
      io.err(errorLine(flags.html, `cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
      return EXIT_USER;
    }
    // The same count the report's sections add up to (figure timelines, conflicts, variants, shifts, labels, omissions).
    const n = differenceItems(report).length;
    const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? "" : "s"}`;
    io.out(`wrote ${flags.html}: ${storyCountsLine(report)}, ${plural(n, "difference")}, ${plural(report.agreements.length, "agreement")}\n`);
  } else {
    io.out(`${oneLine(title)}\n`);
    io.out(terminalText(formatStoryReport(report, { color: useColor(io) })));
  }
  return EXIT_OK;
}

/** The story assignments, clustering the store first when it has none yet. */
export async function ensureStories(store: Store): Promise<{ articleId: number; storyId: number }[]> {
  let assignments = await store.storyAssignments();
  if (assignments.length === 0) {
    let clusterStore: typeof import("../story/cluster/clusterStore.js").clusterStore;
    try {
      ({ clusterStore } = await import("../story/cluster/clusterStore.js"));
    } catch {
      throw new UsageError("story", "no stories yet: run dossier stories");
    }
    await clusterStore(store);
    assignments = await store.storyAssignments();
  }
  return assignments;
}

/** Runs `dossier story`; returns the exit code. */
export async function runStory(id: string, flags: StoryFlags, io: CliIO): Promise<number> {
  const bad = checkUsage(io, () => {
    if (!/^\d+$/.test(id.trim())) throw new UsageError(id, "not a story id (expected a whole number; see dossier stories)");
    checkOutputFlags(flags);
  });
  if (bad !== null) return bad;
  const storyId = Number(id);
  return withExistingStore(flags.db, io, async (store) => {
    const assignments = await ensureStories(store);
    if (assignments.length === 0) throw new UsageError(id, "no stories yet: run dossier stories (the store has no analysed articles)");
    const members = assignments.filter((a) => a.storyId === storyId).map((a) => a.articleId).sort((a, b) => a - b);
    if (members.length === 0) throw new UsageError(id, "no such story (see dossier stories)");
    const analyses: Analysis[] = [];
    for (const m of members) {
      const a = await store.getAnalysis(m);
      if (a) analyses.push(a);
    }
    return printStoryReport(analyses, flags, io, `Story ${storyId}: ${analyses.length} article${analyses.length === 1 ? "" : "s"}`);
  });
}
