/** Why a store could not be opened or used. The message is one line: `<location>: <problem>`. */
export type StoreErrorCode =
  | "unreachable" // PostgreSQL server not reachable
  | "auth" // PostgreSQL rejected the credentials
  | "no-database" // PostgreSQL database does not exist
  | "unwritable" // SQLite file or its directory cannot be created or written
  | "not-sqlite" // the file exists but is not a SQLite database
  | "schema-newer" // the store was written by a newer dossier (unknown schema version)
  | "bad-location" // a location string that is neither a path nor a postgres URL
  | "bad-span" // an analysis whose spans do not slice the document text
  | "text-mismatch" // replaceAnalysis with a different text than the stored one
  | "not-found" // no article with that id
  | "is-copy" // replaceAnalysis of a copy (its analysis is its original's)
  | "migration" // a schema upgrade that could not be applied
  | "bad-query"; // a search text refused (too long, too many words)

/** A user-facing store problem: one line, no stack trace needed (the CLI prints `dossier: <message>`). */
export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** Where the store lives (path, or URL with the password masked). */
  readonly location: string;

  constructor(code: StoreErrorCode, location: string, problem: string) {
    super(`${location}: ${problem}`);
    this.name = "StoreError";
    this.code = code;
    this.location = location;
  }
}
