import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/index.js";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { openStore } from "../../src/store/openStore.js";
import { ARTICLES } from "./clusterFixtures.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-stories-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

function fakeIO(env: Record<string, string | undefined> = {}): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (s: string) => void (io.stdout += s),
    err: (s: string) => void (io.stderr += s),
    stdin: (async function* () {})(),
    stdoutIsTTY: false,
    env,
  };
  return io;
}

async function put(db: string, ids: number[], extra: { text: string; outlet: string; published: string }[] = []): Promise<void> {
  const store = await openStore(db);
  try {
    for (const a of [...ARTICLES.filter((x) => ids.includes(x.id)), ...extra]) {
      await store.putAnalysis(analyze({ text: a.text, outlet: a.outlet, published: a.published }), { source: `${a.outlet}:${a.published}` });
    }
  } finally {
    await store.close();
  }
}

interface JsonOut {
  articles: number;
  newlyAssigned: number;
  stories: { id: number; size: number; articleIds: number[]; outlets: string[]; syndication: { articleIds: number[]; reprints: { summary: string }[] }[] }[];
}

test("dossier stories: clusters the store, saves assignments, keeps ids on the next run", async () => {
  const db = join(dir, "a.db");
  await put(db, [1, 3, 5]);
  let io = fakeIO();
  assert.equal(await main(["node", "dossier", "stories", "--db", db, "--json"], io), 0, io.stderr);
  const first = JSON.parse(io.stdout) as JsonOut;
  assert.equal(first.articles, 3);
  assert.equal(first.newlyAssigned, 3);
  assert.equal(first.stories.length, 3);

  // The second report on each event, plus a lightly edited reprint of the port story.
  const reprint = ARTICLES[0].text.replace("on Monday", "on Monday morning");
  await put(db, [2, 4, 6], [{ text: reprint, outlet: "Seaboard Wire", published: "2031-03-03" }]);
  io = fakeIO({ DOSSIER_DB: db });
  assert.equal(await main(["node", "dossier", "stories", "--json"], io), 0, io.stderr);
  const second = JSON.parse(io.stdout) as JsonOut;
  assert.equal(second.articles, 7);
  assert.equal(second.newlyAssigned, 4);
  assert.deepEqual(second.stories.map((s) => s.id), first.stories.map((s) => s.id));
  for (const s of first.stories) {
    const again = second.stories.find((x) => x.id === s.id)!;
    for (const id of s.articleIds) assert.ok(again.articleIds.includes(id));
  }
  const port = second.stories.find((s) => s.outlets.includes("Seaboard Wire"))!;
  assert.equal(port.size, 3);
  assert.equal(port.syndication.length, 1);
  assert.equal(port.syndication[0].articleIds.length, 2);
  assert.match(port.syndication[0].reprints[0].summary, /\+"morning"/);

  // The table.
  io = fakeIO();
  assert.equal(await main(["node", "dossier", "stories", "--db", db], io), 0, io.stderr);
  assert.match(io.stdout, /^story\s+dates\s+size\s+outlets\s+sources\s+synd\s+label/);
  assert.match(io.stdout, /Marlow/);
  assert.match(io.stdout, /3 stories · 7 articles · 0 newly assigned/);
});

test("dossier stories: a bad --since is a one-line user error", async () => {
  const io = fakeIO();
  assert.equal(await main(["node", "dossier", "stories", "--db", join(dir, "b.db"), "--since", "last week"], io), 2);
  assert.equal(io.stdout, "");
  assert.match(io.stderr, /^dossier: --since: expected a date YYYY-MM-DD/);
  assert.equal(io.stderr.trim().split("\n").length, 1);
});

test("dossier stories: an empty store says so", async () => {
  const io = fakeIO();
  await (await openStore(join(dir, "c.db"))).close();
  assert.equal(await main(["node", "dossier", "stories", "--db", join(dir, "c.db")], io), 0, io.stderr);
  assert.match(io.stdout, /no stories/);
});

test("dossier stories --help", async () => {
  const io = fakeIO();
  assert.equal(await main(["node", "dossier", "stories", "--help"], io), 0);
  assert.match(io.stdout, /--since <date>/);
  assert.match(io.stdout, /--json/);
});
