import type { Command } from "commander";
import { markMatches, matchedWords } from "./markMatches.js";
import { oneLine, useColor, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { searchQueryProblem } from "../store/searchQueryProblem.js";
import { addArticleFilterOptions, addStoreOutputOptions, articleTexts, checkUsage, evidence, filterFromFlags, shortDocId, withExistingStore, UsageError, type FilterFlags } from "./storeCommand.js";

export interface SearchFlags extends FilterFlags {
  db?: string;
  entity?: string;
  json?: boolean;
}

const HELP_AFTER = `
Full-text search over the stored articles (titles, text and quotes; words are stemmed, so
"vote" finds "voted"; "quoted phrases" match exactly; a word ending in * is a prefix: bri* finds
bridge and Britain; -word excludes; OR between alternatives; at most 32 words, 1,000 characters). Each hit shows the sentence with the
match marked, the outlet, date, article number and document id with the match's offsets.

Examples:
  dossier search "ceasefire talks" --since 2024-08-01
  dossier search hostages --entity Hamas --outlet "Anadolu Agency" --json`;

/** `dossier search <text>`. */
export function registerSearch(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("search")
    .summary("full-text search over stored articles")
    .description("Search the stored articles and show each match in its sentence.")
    .argument("<text>", "words or \"a phrase\" to find");
  addArticleFilterOptions(cmd)
    .option("--entity <name>", "only articles mentioning this entity")
    .option("--limit <n>", "at most this many hits", "20");
  addStoreOutputOptions(cmd, "print the hits as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (text: string, flags: SearchFlags) => {
      setCode(await runSearch(text, flags, io));
    });
}

/** Runs `dossier search`; returns the exit code. */
export async function runSearch(text: string, flags: SearchFlags, io: CliIO): Promise<number> {
  let filter = { limit: 20 } as ReturnType<typeof filterFromFlags>;
  const bad = checkUsage(io, () => {
    if (!text.trim()) throw new UsageError("search", "the search text is empty");
    const problem = searchQueryProblem(text);
    if (problem) throw new UsageError("search", problem);
    filter = filterFromFlags(flags, 20);
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const hits = await store.search({ text, ...filter, ...(flags.entity ? { entity: flags.entity } : {}) });
    const textOf = articleTexts(store);
    if (flags.json) {
      const withMatches = [];
      for (const h of hits) {
        const body = await textOf(h.articleId);
        withMatches.push({ ...h, matches: body !== null && h.end > h.start ? matchedWords(body, h.start, h.end, text) : [] });
      }
      io.out(JSON.stringify(withMatches, null, 2) + "\n");
      return EXIT_OK;
    }
    if (hits.length === 0) {
      io.out(`no matches for "${oneLine(text, 80)}"\n`);
      return EXIT_OK;
    }
    const color = useColor(io);
    let i = 0;
    for (const h of hits) {
      i++;
      const body = await textOf(h.articleId);
      const matches = body !== null && h.end > h.start ? matchedWords(body, h.start, h.end, text) : [];
      // the matched words are marked in the best-matching sentence (the whole sentence when none is found)
      const line = body === null || h.end <= h.start ? oneLine(h.snippet, 240) : matches.length ? markMatches(body, h.start, h.end, matches, color) : evidence(body, h.start, h.end, color);
      io.out(`${i}. ${oneLine(h.title ?? "(untitled)", 100)}\n`);
      io.out(`   ${[h.outlet, h.published].filter((x): x is string => Boolean(x)).map((x) => oneLine(x, 80)).join(" · ")}${h.outlet || h.published ? " · " : ""}article ${h.articleId} (${shortDocId(h.docId)}) ${h.start}–${h.end}\n`);
      io.out(`   ${line}\n`);
    }
    return EXIT_OK;
  });
}
