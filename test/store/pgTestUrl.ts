// Where the PostgreSQL store tests run: env DOSSIER_TEST_PG (a postgres:// URL). In CI
// (.ci/run exports it) its absence is an error; elsewhere the tests skip with this message.
import pg from "pg";

export const pgTestUrl = /^postgres(?:ql)?:\/\//.test(process.env.DOSSIER_TEST_PG ?? "") ? (process.env.DOSSIER_TEST_PG as string) : null;

export const pgSkipMessage =
  pgTestUrl === null && !process.env.CI
    ? "DOSSIER_TEST_PG is not a postgres:// URL; skipping the PostgreSQL store tests (see README, Store)"
    : undefined;

/** `pgTestUrl` with `?schema=NAME` (a schema of its own, created by migrate()). */
export function withSchema(name: string): string {
  if (pgTestUrl === null) throw new Error("DOSSIER_TEST_PG must be a postgres:// URL when CI is set (.ci/run provisions it)");
  const u = new URL(pgTestUrl);
  u.searchParams.set("schema", name);
  return u.toString();
}

/** Drops the given schemas (and everything in them). */
export async function dropSchemas(names: string[]): Promise<void> {
  if (pgTestUrl === null || names.length === 0) return;
  const client = new pg.Client({ connectionString: pgTestUrl });
  await client.connect();
  try {
    for (const n of names) await client.query(`DROP SCHEMA IF EXISTS "${n}" CASCADE`);
  } finally {
    await client.end();
  }
}
