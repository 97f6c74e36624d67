import type { Command } from "commander";
import { clusterStore, type StoryWithSyndication } from "../story/cluster/clusterStore.js";
import { errorLine, oneLine, type CliIO } from "./CliIO.js";
import { EXIT_OK, EXIT_USER } from "./analyze.js";
import { withExistingStore } from "./storeCommand.js";

export interface StoriesFlags {
  since?: string;
  db?: string;
  json?: boolean;
}

const HELP_AFTER = `
Groups the stored articles into stories (articles about the same events: close dates, shared
entities, words, quotes and figures). Articles already in a story keep it; new articles join
the most similar story or start a new one, and the assignments are saved in the store.
Within each story, near-duplicate texts (wire copy reprinted by several outlets) are grouped;
exact copies of one text stored from several outlets (see dossier ingest) join their story too.
With --since only articles published on or after the date are read (undated ones are left out):
new articles can then join only stories active in that window, and sizes count window members.

Columns: story id, first–last publication date, articles, outlets (how many, then the first
names), independent sources (wire reprints and copies of one text count once), syndicated groups
("3+2" = one text in 3 outlets and another in 2), label (its most characteristic names and words).
A story "carried by 8 outlets, 3 independent sources" shows 8 and 3.

Examples:
  dossier stories
  dossier stories --since 2024-08-01 --db archive.db
  dossier stories --json > stories.json`;

/** `dossier stories`. Calls `setCode` with the exit code when done. */
export function registerStories(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command("stories")
    .summary("group stored articles into stories and show them")
    .description("Cluster the stored articles into stories (incrementally: existing stories keep their ids) and list them with dates, outlets and syndicated copies.")
    .option("--since <date>", "only articles published on or after this date (YYYY-MM-DD)")
    .option("--db <path-or-url>", "SQLite file or postgres:// URL (default: $DOSSIER_DB or ./dossier.db)")
    .option("--json", "print the stories as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: StoriesFlags) => {
      setCode(await runStories(flags, io));
    });
}

/** Runs the command; returns the exit code. */
export async function runStories(flags: StoriesFlags, io: CliIO): Promise<number> {
  if (flags.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.since)) {
    io.err(errorLine("--since", `expected a date YYYY-MM-DD, got "${flags.since}"`));
    return EXIT_USER;
  }
  return withExistingStore(flags.db, io, async (store) => {
    const r = await clusterStore(store, { since: flags.since });
    io.out(flags.json ? JSON.stringify(storiesJson(r.stories, r.articles, r.added.length), null, 2) + "\n" : formatStories(r.stories, r.articles, r.added.length));
    return EXIT_OK;
  });
}

/** The `--json` shape: stories with members, dates, outlets and syndication groups. */
export function storiesJson(stories: StoryWithSyndication[], articles: number, added: number) {
  return {
    articles,
    newlyAssigned: added,
    stories: stories.map((s) => ({
      id: s.id,
      label: s.label,
      first: s.first,
      last: s.last,
      size: s.articleIds.length,
      articleIds: s.articleIds,
      outlets: s.outlets,
      independentSources: s.independentSources,
      syndication: s.syndication.map((g) => ({
        sourceArticleId: g.sourceArticleId,
        sourceOutlet: g.sourceOutlet,
        articleIds: g.articleIds,
        outlets: g.outlets,
        reprints: g.reprints.map((p) => ({
          articleId: p.articleId,
          outlet: p.outlet,
          jaccard: Math.round(p.jaccard * 1000) / 1000,
          summary: p.diff.summary,
          added: p.diff.addedSentences,
          removed: p.diff.removedSentences,
          edited: p.diff.changedSentences.map((c) => ({ from: c.from, to: c.to, removedWords: c.removedWords.map((w) => w.text), addedWords: c.addedWords.map((w) => w.text) })),
        })),
      })),
    })),
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** The readable table, largest stories first within the listing order of ids. */
export function formatStories(stories: StoryWithSyndication[], articles: number, added: number): string {
  if (stories.length === 0) return `no stories: the store has no analysed articles${articles ? "" : " (ingest some first)"}\n`;
  const rows = stories.map((s) => {
    const dates = s.first ? (s.first === s.last ? s.first : `${s.first}–${s.last}`) : "no date";
    const names = s.outlets.length <= 2 ? s.outlets.join(", ") : `${s.outlets.slice(0, 2).join(", ")} +${s.outlets.length - 2}`;
    const outlets = s.outlets.length ? `${s.outlets.length}: ${names}` : "0";
    const syn = s.syndication.length ? s.syndication.map((g) => g.articleIds.length).join("+") : "-";
    return [String(s.id), dates, String(s.articleIds.length), oneLine(outlets, 44), String(s.independentSources), syn, oneLine(s.label, 80)];
  });
  const head = ["story", "dates", "size", "outlets", "sources", "synd", "label"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join("  ").trimEnd();
  const out = [line(head), ...rows.map(line)];
  out.push(`${stories.length} ${stories.length === 1 ? "story" : "stories"} · ${articles} articles · ${added} newly assigned`);
  return out.join("\n") + "\n";
}
