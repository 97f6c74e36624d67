import type { Command } from "commander";
import { EXPORT_FORMATS, exportStore, type ExportFormat } from "../export/exportStore.js";
import type { CliIO } from "./CliIO.js";
import { EXIT_OK } from "./analyze.js";
import { addArticleFilterOptions, addStoreOutputOptions, UsageError, checkUsage, filterFromFlags, withExistingStore, type FilterFlags } from "./storeCommand.js";

export interface ExportFlags extends Omit<FilterFlags, "limit"> {
  db?: string;
  format?: string;
  out?: string;
  json?: boolean;
}

const HELP_AFTER = `
Formats (all offsets refer to the article text exactly as stored):
  jsonl   analyses.jsonl: one dossier.analysis/1 record per line (the JSON contract)
  csv     articles.csv quotes.csv figures.csv entities.csv times.csv (RFC 4180, UTF-8, header
          row; offsets are UTF-16 indices into the article text, as in the JSON)
  brat    <sha256>.txt + <sha256>.ann per article and annotation.conf, for the brat annotation
          tool: T lines for entity mentions, quote contents and cues; QuoteType/MentionKind
          attributes; Speaker, Cue and Continues relations (offsets in code points, as brat counts)
  conll   entities.conll: token, POS and IOB2 entity tag columns; blank line between sentences

Examples:
  dossier export --format jsonl --out export/
  dossier export --format csv --out tables/ --since 2024-08-01 --outlet "Anadolu Agency"
  dossier export --format brat --out brat/data/news/`;

/** `dossier export --format F --out DIR`. */
export function registerExport(program: Command, io: CliIO, setCode: (code: number) => void): void {
  const cmd = program
    .command("export")
    .summary("export stored analyses as JSONL, CSV, brat or CoNLL")
    .description("Write the stored analyses to a directory in one of several formats.")
    .requiredOption("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`)
    .requiredOption("--out <dir>", "output directory (created if missing)");
  addArticleFilterOptions(cmd);
  addStoreOutputOptions(cmd, "print the summary as JSON")
    .addHelpText("after", HELP_AFTER)
    .action(async (flags: ExportFlags) => {
      setCode(await runExport(flags, io));
    });
}

/** Runs `dossier export`; returns the exit code. */
export async function runExport(flags: ExportFlags, io: CliIO): Promise<number> {
  let filter = {};
  const bad = checkUsage(io, () => {
    if (!EXPORT_FORMATS.includes(flags.format as ExportFormat)) throw new UsageError("--format", `unknown format "${flags.format}" (one of ${EXPORT_FORMATS.join(", ")})`);
    if (!flags.out?.trim()) throw new UsageError("--out", "must name a directory");
    const { limit: _l, ...f } = filterFromFlags(flags, 1);
    filter = f;
  });
  if (bad !== null) return bad;
  return withExistingStore(flags.db, io, async (store) => {
    let s;
    try {
      s = await exportStore(store, { format: flags.format as ExportFormat, out: flags.out!, filter });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && /^E[A-Z]+$/.test(code)) throw new UsageError(flags.out!, `cannot write: ${code}`);
      throw e;
    }
    if (flags.json) io.out(JSON.stringify({ format: flags.format, out: flags.out, articles: s.articles, files: s.files.length }) + "\n");
    else io.out(`exported ${s.articles} article${s.articles === 1 ? "" : "s"} as ${flags.format} to ${flags.out} (${s.files.length} file${s.files.length === 1 ? "" : "s"})\n`);
    return EXIT_OK;
  });
}
