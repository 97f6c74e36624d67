// Kill loop on PostgreSQL (issue 17; see killLoopHarness.ts), in a schema of its own. A file
// apart from the SQLite loop so that the two loops run side by side.
import { after, test } from "node:test";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";
import { ITERATIONS, killLoop, killLoopCorpus } from "./killLoopHarness.js";

const { corpus, texts } = killLoopCorpus();
const schema = `dossier_killloop_${process.pid}`;
after(async () => {
  if (!pgSkipMessage) await dropSchemas([schema]);
});

test(`kill loop, PostgreSQL: ${ITERATIONS} × kill -9 of ingest --workers 2, then resume`, { skip: pgSkipMessage, timeout: 900_000 }, async () => {
  await killLoop(withSchema(schema), corpus, texts);
});
