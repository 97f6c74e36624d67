import type { ReadResult } from "./ReaderArticle.js";
import { ReaderError } from "./ReaderError.js";
import { articleFromJson, parseJson, type JsonContext } from "./readJson.js";

/**
 * JSONL / NDJSON: one article object per line, one result per non-blank line, named
 * `input:<line>`. A bad line yields an error result; the other lines are still read.
 */
export async function* readJsonl(text: string, input: string, ctx: JsonContext): AsyncGenerator<ReadResult> {
  const lines = text.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    seen++;
    const name = `${input}:${i + 1}`;
    try {
      const value = parseJson(line, name);
      yield { input: name, record: i + 1, format: "jsonl", article: await articleFromJson(value, name, ctx) };
    } catch (e) {
      if (!(e instanceof ReaderError)) throw e;
      yield { input: name, record: i + 1, format: "jsonl", error: e };
    }
  }
  if (seen === 0) throw new ReaderError("empty", input, "JSONL input holds no lines");
}
