/** Why an input could not be read. Every reader failure is one of these, never a half-built article. */
export type ReaderErrorCode =
  | "empty"
  | "binary"
  | "encoding"
  | "too-large"
  | "malformed-json"
  | "malformed-html"
  | "no-text"
  | "invalid-metadata"
  | "not-found"
  | "unreadable"
  | "bad-option"
  // URL fetching (src/readers/urlFetch.ts)
  | "network"
  | "timeout"
  | "http-status"
  | "forbidden-address"
  | "too-many-redirects";

/** A user-facing input problem: one line, naming the input, no stack trace needed. */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode;
  /** The input as the user named it (a path, `<stdin>`, or `file.jsonl:3` for one record). */
  readonly input: string;

  constructor(code: ReaderErrorCode, input: string, message: string) {
    super(message);
    this.name = "ReaderError";
    this.code = code;
    this.input = input;
  }
}
