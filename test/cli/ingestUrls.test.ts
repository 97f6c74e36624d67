// URLs that must not be stored or shown as given (issue 17 #6, #10): credentials in article
// URLs, and `javascript:` / `data:` URLs in JSON input. In process, through the CLI.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/CliIO.js";
import { openStore } from "../../src/store/openStore.js";
import type { SqliteStore } from "../../src/store/sqlite/SqliteStore.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-urls-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stdin: (async function* () {})(), stdoutIsTTY: false, env: { NO_COLOR: "1" } };
  const code = await main(["node", "dossier", ...args], io);
  return { code, stdout, stderr };
}

const article = (n: number, url: string) =>
  JSON.stringify({ title: `Bridge vote ${n}`, outlet: "Harbour Gazette", published: "2025-03-04", url, text: `Mayor Lena Ortiz said on Monday that ${n} bridges would be repaired. "We will start in May," she said.` });

test("credentials and non-web URLs in JSON input are neither stored nor shown", async () => {
  const corpus = join(dir, "in");
  mkdirSync(corpus);
  writeFileSync(join(corpus, "a.json"), article(1, "http://ann:s3cret@news.example.org/bridge?id=1"));
  writeFileSync(join(corpus, "b.json"), article(2, "javascript:alert(document.cookie)"));
  writeFileSync(join(corpus, "c.json"), article(3, "data:text/html,<script>alert(1)</script>"));
  writeFileSync(join(corpus, "d.jsonl"), article(4, "https://bob:hunter2@news.example.org/bridge?id=4") + "\n{broken\n");
  const db = join(dir, "urls.db");
  const r = await dossier(["ingest", corpus, "--db", db, "--json"]);
  assert.equal(r.code, 1, r.stderr);
  assert.doesNotMatch(r.stdout + r.stderr, /s3cret|hunter2|ann:|bob:/);
  const store = (await openStore(db)) as SqliteStore;
  try {
    const rows = await store.listArticles();
    assert.equal(rows.length, 4);
    const urls = rows.map((a) => a.url ?? "(none)").sort();
    assert.deepEqual(urls, ["(none)", "(none)", "http://news.example.org/bridge?id=1", "https://news.example.org/bridge?id=4"]);
    for (const a of rows) {
      if (a.canonicalUrl !== null) assert.match(a.canonicalUrl, /^https?:\/\/news\.example\.org\//);
      const analysis = await store.getAnalysis(a.id);
      assert.ok(analysis!.document.url === null || /^https?:\/\/news\.example\.org\//.test(analysis!.document.url));
    }
    const everything = JSON.stringify(store.connection.prepare("SELECT * FROM articles").all()) + JSON.stringify(store.connection.prepare("SELECT * FROM analyses").all()) + JSON.stringify(await store.failures());
    assert.doesNotMatch(everything, /s3cret|hunter2|javascript:|data:text/);
  } finally {
    await store.close();
  }
});

test("--url must be an http(s) URL; its credentials are removed", async () => {
  const file = join(dir, "one.txt");
  writeFileSync(file, "Mayor Lena Ortiz said the bridge would reopen.");
  const bad = await dossier(["analyze", file, "--url", "javascript:alert(1)", "--json"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--url/);
  assert.match(bad.stderr, /not an (absolute )?http\(s\) URL/);
  const ok = await dossier(["analyze", file, "--url", "https://ann:s3cret@example.org/x", "--json"]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).document.url, "https://example.org/x");
});
