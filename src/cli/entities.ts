import type { Command } from "commander";
import type { EntityType } from "../types.js";
import { oneLine, type CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { addArticleFilterOptions, addStoreOutputOptions, UsageError, checkUsage, countFlag, filterFromFlags, table, withExistingStore, type FilterFlags } from "./storeCommand.js";

export interface EntitiesFlags extends FilterFlags {
  db?: string;
  type?: string;
  top?: string;
  name?: string;
  json?: boolean;
}

const TYPES: EntityType[] = ["PER", "ORG", "LOC", "GPE", "NORP", "MISC"];

const HELP_AFTER = `
The most mentioned entities across the stored articles: name, type (PER ORG LOC GPE NORP MISC),
in how many articles, and how many mentions (names, titles, pronouns, descriptions).

Examples:
  dossier entities --type PER --top 20
  dossier entities --since 2024-08-01 --outlet "Anadolu Agency" --json`;

/** `dossier entities`. */
export function registerEntities(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("entities")
    .summary("the most mentioned people, organisations and places")
    .description("List entities across stored articles by number of articles.")
    .option("--type <type>", `only this type (${TYPES.join(" ")})`)
    .option("--name <text>", "only entities whose name contains this")
    .option("--top <n>", "how many", "20");
  addArticleFilterOptions(cmd);
  addStoreOutputOptions(cmd, "print the entities as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: EntitiesFlags) => {
      setCode(await runEntities(flags, io));
    });
}

/** Runs `dossier entities`; returns the exit code. */
export async function runEntities(flags: EntitiesFlags, io: CliIO): Promise<number> {
  let query: Parameters<import("../store/Store.js").Store["entities"]>[0] = {};
  const bad = checkUsage(io, () => {
    const { limit: _limit, ...filter } = filterFromFlags(flags, 20);
    const type = flags.type?.toUpperCase();
    if (type !== undefined && !TYPES.includes(type as EntityType)) throw new UsageError("--type", `unknown entity type "${flags.type}" (one of ${TYPES.join(" ")})`);
    const top = countFlag("--top", flags.top) ?? 20;
    query = { ...filter, top, ...(type ? { type: type as EntityType } : {}), ...(flags.name ? { name: flags.name } : {}) };
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    const rows = await store.entities(query);
    if (flags.json) {
      io.out(JSON.stringify(rows, null, 2) + "\n");
      return EXIT_OK;
    }
    if (rows.length === 0) {
      io.out("no entities found\n");
      return EXIT_OK;
    }
    io.out(table([["name", "type", "articles", "mentions"], ...rows.map((r) => [oneLine(r.name, 60), r.type, String(r.articles), String(r.mentions)])], ["l", "l", "r", "r"]));
    return EXIT_OK;
  });
}
