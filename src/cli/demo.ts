import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { Command } from "commander";
import type { Store } from "../store/Store.js";
import type { Analysis } from "../types.js";
import type { CliIO } from "./CliIO.js";
import { DB_OPTION_HELP, UsageError, checkUsage, withStore } from "./storeCommand.js";
import { checkOutputFlags, ensureStories, printStoryReport, type StoryFlags } from "./story.js";
import { addServeOptions, checkServeFlags, serveStore, type ServeFlags } from "./serve.js";

/** The flags of `dossier demo`: the story report's, plus `--serve` and the server's. */
export type DemoFlags = StoryFlags & ServeFlags & { serve?: boolean };

/** The bundled demo corpus (examples/demo, two levels up from src/cli or dist/cli). */
export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/demo");

const HELP_AFTER = `
Ingests the bundled demo corpus (examples/demo: ten invented outlets covering one invented
cease-fire, with planted differences listed in examples/demo/PLANTED.md) into the store,
groups the stories, and prints the comparison of the demo story. Running it again re-uses
what is already stored.

With --serve the web app and API start on the store afterwards (see dossier serve --help) and
the address of the demo story's page is printed.

Examples:
  dossier demo
  dossier demo --serve
  dossier demo --db /tmp/demo.db --html demo.html`;

/** `dossier demo`. Calls `setCode` with the exit code when done. */
export function registerDemo(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("demo")
    .summary("ingest the bundled demo story and show its comparison")
    .description("Ingest examples/demo into the store, cluster it and print the story comparison of the demo story.")
    .option("--db <path-or-url>", DB_OPTION_HELP)
    .option("--json", "print the dossier.story/1 JSON report")
    .option("--html <file>", "write a self-contained HTML report to this file")
    .option("--serve", "then serve the web app and API on the store (dossier serve)");
  addServeOptions(cmd)
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: DemoFlags) => {
      setCode(await runDemo(flags, io));
    });
}

/** Stores the demo files: helper `ingest` when present, else analyse + `putAnalysis` directly. */
async function storeDemo(store: Store, files: string[]): Promise<void> {
  let ingestFn: typeof import("../corpus/ingest.js").ingest | null = null;
  try {
    ({ ingest: ingestFn } = await import("../corpus/ingest.js"));
  } catch {
    ingestFn = null;
  }
  if (ingestFn) {
    const summary = await ingestFn(files, { store });
    if (summary.failed > 0) throw new UsageError(DEMO_DIR, `${summary.failed} demo file(s) could not be ingested (see dossier failures)`);
    return;
  }
  const { analyze } = await import("../engine.js");
  for (const f of files) {
    const j = JSON.parse(readFileSync(f, "utf8")) as { title: string; text: string; outlet: string; published: string; url: string };
    await store.putAnalysis(analyze(j), { source: f, canonicalUrl: j.url });
  }
}

/** Runs `dossier demo`; returns the exit code. */
export async function runDemo(flags: DemoFlags, io: CliIO): Promise<number> {
  const bad = checkUsage(io, () => {
    checkOutputFlags(flags);
    if (flags.serve) {
      if (flags.json || flags.html !== undefined) throw new UsageError("--serve", "use --serve without --json or --html");
      checkServeFlags(flags);
    }
  });
  if (bad !== null) return bad;
  let files: string[];
  try {
    files = readdirSync(DEMO_DIR).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(DEMO_DIR, f));
  } catch {
    files = [];
  }
  if (files.length === 0) {
    io.err(`dossier: ${DEMO_DIR}: demo corpus not found\n`);
    return 2;
  }
  const urls = new Set(files.map((f) => (JSON.parse(readFileSync(f, "utf8")) as { url: string }).url));
  return withStore(flags.db, io, async (store) => {
    await storeDemo(store, files);
    const rows = (await store.listArticles({ limit: 100000 })).filter((r) => r.url && urls.has(r.url));
    const ids = new Set(rows.map((r) => r.id));
    const assignments = await ensureStories(store);
    // Cluster articles stored since the last clustering (e.g. the demo just ingested).
    const known = new Set(assignments.map((a) => a.articleId));
    let all = assignments;
    if ([...ids].some((id) => !known.has(id))) {
      const { clusterStore } = await import("../story/cluster/clusterStore.js");
      await clusterStore(store);
      all = await store.storyAssignments();
    }
    const votes = new Map<number, number>();
    for (const a of all) if (ids.has(a.articleId)) votes.set(a.storyId, (votes.get(a.storyId) ?? 0) + 1);
    const storyId = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    const analyses: Analysis[] = [];
    for (const r of rows.sort((a, b) => a.id - b.id)) {
      const a = await store.getAnalysis(r.id);
      if (a) analyses.push(a);
    }
    if (flags.serve) {
      const where = storyId === undefined ? "" : `Demo story: /stories/${storyId} (${analyses.length} articles; planted differences in examples/demo/PLANTED.md)\n`;
      return serveStore(store, flags, io, where);
    }
    const storyNote = storyId === undefined ? "" : votes.size === 1 ? ` (story ${storyId})` : ` (stories ${[...votes.keys()].join(", ")})`;
    return printStoryReport(analyses, flags, io, `Demo story${storyNote}: ${analyses.length} articles from examples/demo — planted differences in examples/demo/PLANTED.md`);
  });
}
