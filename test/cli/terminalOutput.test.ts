// Terminal escape sequences stored in outlet names and article text never reach the terminal
// (issue 17 #7): `quotes`, `search`, `story` and `failures` print them replaced, and
// terminalText (what processIO applies on a terminal) keeps only dossier's own colour codes.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { terminalText, type CliIO } from "../../src/cli/CliIO.js";
import { analyze } from "../../src/index.js";
import { openStore } from "../../src/store/openStore.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-term-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), stdin: (async function* () {})(), stdoutIsTTY: false, env: { NO_COLOR: "1" } };
  const code = await main(["node", "dossier", ...args], io);
  return { code, stdout, stderr };
}

/** Escape, bell, CSI (C1) and a right-to-left override: each can rewrite what a terminal shows. */
const HOSTILE = /[\u001b\u0007\u009b\u202e\r]/;

test("terminalText: control characters replaced, lines and colour codes kept", () => {
  const table: [string, string][] = [
    ["plain\ttext\nnext line", "plain\ttext\nnext line"],
    ["\u001b]0;pwned\u0007title", "\uFFFD]0;pwned\uFFFDtitle"],
    ["\u001b[2J\u001b[Hcleared", "\uFFFD[2J\uFFFD[Hcleared"],
    ["\u009b31mC1", "\uFFFD31mC1"],
    ["over\rwrite", "over\uFFFDwrite"],
    ["abc\u202Efed", "abc\uFFFDfed"],
    ["\u001b[1m\u001b[4mbold\u001b[0m", "\u001b[1m\u001b[4mbold\u001b[0m"],
  ];
  for (const [input, expected] of table) assert.equal(terminalText(input), expected, JSON.stringify(input));
});

test("quotes, search, story and failures print stored escape sequences replaced", async () => {
  const db = join(dir, "t.db");
  const store = await openStore(db);
  try {
    const text = "Mayor Lena Ortiz said on Monday that the bridge would reopen.\n\n\u201CWe will start in May \u001b]0;pwned\u0007 and finish \u001b[2J by June,\u201D Ortiz told reporters.\n";
    const a = analyze({ text, title: "Bridge \u001b[31mvote\u001b[0m", outlet: "Harbour\u001b[2J\u009b31m Gazette\u202E", published: "2025-03-04" });
    assert.ok(a.quotes.length > 0, "the article has quotes");
    await store.putAnalysis(a, { source: "bridge.txt" });
    await store.recordFailure({ source: "evil\u001b[2J.html", reason: "no article text \u001b]0;x\u0007", code: "no-text" });
  } finally {
    await store.close();
  }
  for (const args of [["quotes"], ["search", "bridge"], ["story", "1"], ["failures"]]) {
    const r = await dossier([...args, "--db", db]);
    assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
    assert.ok(r.stdout.length > 20, `${args[0]} printed something`);
    assert.doesNotMatch(r.stdout, HOSTILE, `${args[0]}: ${JSON.stringify(r.stdout)}`);
  }
});
