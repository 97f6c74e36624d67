import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { ReaderError } from "./ReaderError.js";

/** Default input size limit: 16 MiB (a 10 MB article fits). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${n} bytes`;
}

function tooLarge(input: string, size: number | null, max: number): ReaderError {
  const got = size === null ? "more than " + formatBytes(max) : formatBytes(size);
  return new ReaderError("too-large", input, `input is ${got}, over the ${formatBytes(max)} limit (raise it with --max-size)`);
}

/** Reads a stream into memory, stopping with a `too-large` error once it passes `maxBytes`. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  input: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += buf.length;
      if (total > maxBytes) throw tooLarge(input, null, maxBytes);
      chunks.push(buf);
    }
  } catch (e) {
    if (e instanceof ReaderError) throw e;
    throw new ReaderError("unreadable", input, `cannot read: ${(e as Error).message}`);
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file with a size limit; missing, unreadable and oversized files become ReaderErrors. */
export async function readFileBytes(path: string, input = path, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw fsError(e, input);
  }
  if (info.isDirectory()) throw new ReaderError("unreadable", input, "is a directory, not a file");
  if (info.isFile() && info.size > maxBytes) throw tooLarge(input, info.size, maxBytes);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    return await readStreamBytes(stream, input, maxBytes);
  } catch (e) {
    if (e instanceof ReaderError && e.code !== "unreadable") throw e;
    throw fsError(e, input);
  } finally {
    stream.destroy();
  }
}

function fsError(e: unknown, input: string): ReaderError {
  if (e instanceof ReaderError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return new ReaderError("not-found", input, "no such file");
  if (code === "EACCES" || code === "EPERM") return new ReaderError("unreadable", input, "permission denied");
  if (code === "EISDIR") return new ReaderError("unreadable", input, "is a directory, not a file");
  return new ReaderError("unreadable", input, `cannot read: ${code ?? (e as Error).message}`);
}
