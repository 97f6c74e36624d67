// The server on the PostgreSQL store (`dossier serve --db postgres://…`): the same routes answer
// from it. Runs when DOSSIER_TEST_PG is a postgres:// URL (CI provisions one); skips otherwise.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { RunningServer } from "../../src/server/startServer.js";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";
import { buildFixture, serveFixture, type Fixture } from "./serverFixture.js";

describe("dossier serve on PostgreSQL", { skip: pgSkipMessage }, () => {
  const schema = `serve_${process.pid}_${Date.now().toString(36)}`;
  let f: Fixture;
  let srv: RunningServer;
  before(async () => {
    f = await buildFixture(5, withSchema(schema));
    srv = await serveFixture(f);
  });
  after(async () => {
    await srv?.close();
    await f?.close();
    await dropSchemas([schema]);
  });
  const get = async (p: string) => {
    const r = await fetch(srv.url + p);
    return { status: r.status, text: await r.text() };
  };

  test("search, stories, an article and its page", async () => {
    assert.equal(f.store.kind, "postgres");
    const s = JSON.parse((await get("/api/search?q=talks&limit=5")).text);
    assert.ok(s.hits.length >= 1);
    const story = JSON.parse((await get(`/api/stories/${f.demoStory}`)).text);
    assert.equal(story.sources.length, f.demoIds.length);
    assert.ok(story.numericConflicts.length >= 1);
    const page = await get(`/stories/${f.demoStory}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Numeric conflicts/);
    assert.equal((await get(`/articles/${f.demoIds[0]}`)).status, 200);
    const quotes = JSON.parse((await get("/api/quotes?speaker=Drovic&format=json")).text);
    assert.ok(quotes.quotes.length >= 1);
  });
  test("ingest writes to PostgreSQL", async () => {
    const r = await fetch(srv.url + "/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: `"The pier reopens Monday," harbour chief Nils Aberg said.`, outlet: "Coast Wire" }) });
    const body = await r.json();
    assert.equal(r.status, 200);
    assert.equal(body.ingested, 1);
    assert.equal(JSON.parse((await get(`/api/articles/${body.articles[0].id}`)).text).document.outlet, "Coast Wire");
  });
});
