import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { dropSchemas, pgSkipMessage, withSchema } from "../store/pgTestUrl.js";

// Wire copy through the CLI: the same text run by two outlets is stored twice (the second as a
// copy linked to the first, not analysed again), a re-ingest is a no-op, and the story counts
// 2 outlets but 1 independent source. On SQLite, and on PostgreSQL when DOSSIER_TEST_PG is set.
const dir = mkdtempSync(join(tmpdir(), "dossier-wire-"));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    stdin: (async function* () {})(),
    stdoutIsTTY: false,
    env: { NO_COLOR: "1" },
  };
  const code = await main(["node", "dossier", ...args], io);
  return { code, stdout, stderr };
}

const WIRE = [
  "Ferry strike halts crossings to Gull Island",
  "Crews of the Gull Island ferry walked out on Tuesday, halting all crossings for at least 48 hours, the operator Tidewater Lines said.",
  "\u201CWe cannot run a single boat without the crews,\u201D Tidewater spokeswoman Mara Quinn said.",
  "About 3,000 islanders depend on the ferry, according to the island council.",
].join("\n");
const OTHER = [
  "Orchard growers report record apple harvest in Ellow Valley",
  "Growers in Ellow Valley picked 40,000 tonnes of apples this autumn, the growers' association said on Friday.",
  "\u201CThe weather was kind to us for once,\u201D grower Piet Lamb said.",
].join("\n");

const record = (outlet: string, url: string, text = WIRE, published = "2025-06-03") => JSON.stringify({ title: text.split("\n")[0], outlet, published, url, text });

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`wire copy through the CLI: ${kind}`, { skip: kind === "postgres" ? pgSkipMessage : undefined }, () => {
    const db = () => {
      if (kind === "sqlite") return join(dir, "wire.db");
      const name = `dossier_wire${process.pid}`;
      if (!schemas.includes(name)) schemas.push(name);
      return withSchema(name);
    };
    const ids: { first?: number; copy?: number } = {};

    test("ingest: the second outlet's copy is stored, linked to the first, and counted", async () => {
      const file = join(dir, `${kind}-feed.jsonl`);
      writeFileSync(file, [record("Island Post", "https://islandpost.example/ferry"), record("Coast Wire", "https://coastwire.example/ferry-strike"), record("Valley Ledger", "https://ledger.example/apples", OTHER, "2025-10-10")].join("\n") + "\n");
      const r = await dossier(["ingest", file, "--db", db(), "--json"]);
      assert.equal(r.code, 0, r.stderr);
      const events = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      const stored = events.filter((e) => e.event === "stored");
      const copies = events.filter((e) => e.event === "copy");
      assert.equal(stored.length, 2);
      assert.equal(copies.length, 1);
      ids.first = stored.find((e) => e.source.endsWith(":1")).id;
      ids.copy = copies[0].id;
      assert.deepEqual(copies[0], { event: "copy", source: `${file}:2`, id: ids.copy, copyOf: ids.first });
      const summary = events.find((e) => e.event === "summary");
      assert.deepEqual({ ...summary, seconds: 0 }, { event: "summary", ingested: 3, copies: 1, duplicates: 0, failed: 0, jobs: 1, unfinished: 0, seconds: 0 });
    });

    test("ingest: re-ingesting the same sources (same URL, or same outlet and text) is a no-op", async () => {
      const again = join(dir, `${kind}-again.jsonl`);
      writeFileSync(again, [record("Coast Wire", "https://coastwire.example/ferry-strike"), record("Island Post", "https://islandpost.example/ferry?print=1")].join("\n") + "\n");
      const r = await dossier(["ingest", again, "--db", db()]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^ingested 0, duplicates 2, failed 0/);
      const third = join(dir, `${kind}-third.jsonl`);
      writeFileSync(third, record("Bay Courier", "https://bay.example/ferry") + "\n");
      const t = await dossier(["ingest", third, "--db", db()]);
      assert.match(t.stdout, /^ingested 1 \(1 copy of stored texts\), duplicates 0, failed 0/);
    });

    test("stories: the copies join their story; 3 outlets, 1 independent source", async () => {
      const r = await dossier(["stories", "--db", db(), "--json"]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { articles: number; stories: { id: number; articleIds: number[]; outlets: string[]; independentSources: number }[] };
      assert.equal(out.articles, 4);
      const ferry = out.stories.find((s) => s.articleIds.includes(ids.first!))!;
      assert.equal(ferry.articleIds.length, 3);
      assert.ok(ferry.articleIds.includes(ids.copy!));
      assert.deepEqual(ferry.outlets, ["Bay Courier", "Coast Wire", "Island Post"]);
      assert.equal(ferry.independentSources, 1);
      const apples = out.stories.find((s) => s !== ferry)!;
      assert.equal(apples.independentSources, 1);
      assert.equal(apples.articleIds.length, 1);

      const table = await dossier(["stories", "--db", db()]);
      assert.match(table.stdout, /^story\s+dates\s+size\s+outlets\s+sources\s+synd\s+label/);
      assert.match(table.stdout, new RegExp(`\\n${ferry.id}\\s+2025-06-03\\s+3\\s+3: Bay Courier, Coast Wire \\+1\\s+1\\s+3\\s`));

      const story = await dossier(["story", String(ferry.id), "--db", db()]);
      assert.equal(story.code, 0, story.stderr);
      assert.match(story.stdout, /Story: 3 articles, 3 outlets, 1 independent source\n/);
      const json = JSON.parse((await dossier(["story", String(ferry.id), "--db", db(), "--json"])).stdout) as { sources: { outlet: string }[]; copies: { outlet: string; group: number }[]; independentSources: number };
      assert.equal(json.independentSources, 1);
      assert.deepEqual(json.sources.map((s) => s.outlet), ["Island Post"]);
      assert.deepEqual(json.copies.map((s) => s.outlet), ["Coast Wire", "Bay Courier"]);
    });
  });
}
