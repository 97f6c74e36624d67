/**
 * Characters of JSON per stored piece of an analysis (1 MiB of UTF-16 code units): what a store
 * holds in memory at once while it writes one, instead of the whole analysis serialised.
 */
export const ANALYSIS_CHUNK_CHARS = 1 << 20;

/**
 * The JSON text of a value, `JSON.stringify(value)` exactly once joined, in chunks of about
 * `chunkChars` characters: a plain object's or array's members are serialised one at a time and
 * gathered until a chunk is full, so the whole text of a large analysis (70 MB for a 10 MB
 * article) never exists at once; a string longer than a chunk (a document's text) is escaped a
 * slice at a time. Other members are not split, so a chunk exceeds `chunkChars` by at most its
 * last member. Values with a `toJSON` (dates) are serialised as JSON.stringify does.
 */
export function* jsonChunks(value: unknown, chunkChars = ANALYSIS_CHUNK_CHARS): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  const full: string[] = [];
  const emit = (piece: string): void => {
    parts.push(piece);
    size += piece.length;
    if (size >= chunkChars) {
      full.push(parts.join(""));
      parts = [];
      size = 0;
    }
  };
  const skipped = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";
  // Two levels (the analysis, its layers) are split member by member; deeper values are small.
  const splits = (v: unknown, depth: number): v is object => depth < 2 && v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function";
  function* walk(v: unknown, depth: number): Generator<string> {
    if (typeof v === "string" && v.length > chunkChars) yield* longString(v);
    else if (!splits(v, depth)) emit(JSON.stringify(v) ?? "null");
    else if (Array.isArray(v)) {
      emit("[");
      for (let i = 0; i < v.length; i++) {
        if (i) emit(",");
        const item: unknown = v[i];
        if (skipped(item)) emit("null");
        else if (splits(item, depth + 1) || (typeof item === "string" && item.length > chunkChars)) yield* walk(item, depth + 1);
        else emit(JSON.stringify(item));
        while (full.length) yield full.shift()!;
      }
      emit("]");
    } else {
      emit("{");
      let first = true;
      for (const key of Object.keys(v)) {
        const item = (v as Record<string, unknown>)[key];
        if (skipped(item)) continue;
        emit(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        yield* walk(item, depth + 1);
        while (full.length) yield full.shift()!;
      }
      emit("}");
    }
    while (full.length) yield full.shift()!;
  }
  /** A string longer than a chunk (a document's text), escaped a slice at a time; a slice never ends between the halves of a surrogate pair. */
  function* longString(text: string): Generator<string> {
    emit('"');
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + chunkChars);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++; // keep a surrogate pair together
      emit(JSON.stringify(text.slice(start, end)).slice(1, -1));
      while (full.length) yield full.shift()!;
      start = end;
    }
    emit('"');
  }
  yield* walk(value, 0);
  if (parts.length) yield parts.join("");
}
