// Source expansion on paths that cannot be followed (issue 17 #5) and URLs with credentials
// (#6): nothing is skipped in silence, one bad path does not stop the batch, and a password in
// a URL goes no further than the argument list.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expandSources } from "../../src/corpus/expandSources.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-expand-"));
after(() => {
  chmodSync(join(dir, "tree", "locked"), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const tree = join(dir, "tree");
mkdirSync(join(tree, "locked"), { recursive: true });
mkdirSync(join(tree, "open"));
writeFileSync(join(tree, "open", "a.txt"), "Mayor Lena Ortiz said the budget was approved.");
writeFileSync(join(tree, "locked", "b.txt"), "Governor Tomas Brandt said the bridge would open.");
symlinkSync("loop.txt", join(tree, "open", "loop.txt"));
symlinkSync("nowhere.txt", join(tree, "open", "dangling.txt"));
chmodSync(join(tree, "locked"), 0o000);
chmodSync(dir, 0o755);
const selfLoop = join(dir, "self.txt");
symlinkSync("self.txt", selfLoop);

/** expandSources as an unprivileged user (root reads any directory, so root runs it as nobody). */
function expandAsUser(args: string[]): { sources: string[]; problems: Array<{ input: string; code: string; message: string }> } {
  const script = `import(${JSON.stringify(new URL("../../src/corpus/expandSources.ts", import.meta.url).href)}).then(async (m) => {
    const r = await m.expandSources(${JSON.stringify(args)});
    console.log(JSON.stringify({ sources: r.sources, problems: r.problems.map((p) => ({ input: p.input, code: p.code, message: p.message })) }));
  });`;
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8", ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/**
 * Root reads any directory, so the unreadable-folder check runs as user nobody; that child must
 * be able to reach the checkout (every folder above it searchable by others). A clone made with
 * `mktemp -d` (mode 0700) is not: the test is then skipped with this message.
 */
function nobodyCannotReach(): string | false {
  if (process.getuid?.() !== 0) return false;
  let p = ROOT.replace(/\/+$/, "");
  while (p) {
    if ((statSync(p).mode & 0o001) === 0) return `run as root, and ${p} is not searchable by other users, so the check cannot run as nobody; skipping`;
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return false;
}

test("an unreadable subfolder is reported as a problem, not skipped in silence", { skip: nobodyCannotReach() }, () => {
  const r = expandAsUser([tree]);
  assert.deepEqual(r.sources, [join(tree, "open", "a.txt")]);
  const locked = r.problems.find((p) => p.input === join(tree, "locked"));
  assert.ok(locked, JSON.stringify(r.problems));
  assert.equal(locked.code, "unreadable");
  assert.match(locked.message, /cannot list the directory: permission denied/);
});

test("links inside a directory that loop or point nowhere are problems", async () => {
  const r = await expandSources([join(tree, "open")]);
  assert.deepEqual(r.sources, [join(tree, "open", "a.txt")]);
  assert.deepEqual(
    r.problems.map((p) => [p.input, p.message]),
    [
      [join(tree, "open", "dangling.txt"), "broken symbolic link (its target does not exist)"],
      [join(tree, "open", "loop.txt"), "symbolic link loop"],
    ],
  );
});

test("a self-looping link named on the command line is recorded; the batch goes on", async () => {
  const r = await expandSources([selfLoop, join(tree, "open", "a.txt")]);
  assert.deepEqual(r.sources, [join(tree, "open", "a.txt")]);
  assert.deepEqual(r.problems.map((p) => [p.input, p.code, p.message]), [[selfLoop, "unreadable", "symbolic link loop"]]);
  // A path that does not exist at all stays a usage error.
  await assert.rejects(expandSources([join(dir, "missing.txt")]), /no such file or directory/);
});

test("credentials in a URL argument are removed, with a notice; other schemes are refused", async () => {
  const r = await expandSources(["http://ann:s3cret@example.org/news/1", "https://example.org/news/2"]);
  assert.deepEqual(r.sources, ["http://example.org/news/1", "https://example.org/news/2"]);
  assert.equal(r.notices.length, 1);
  assert.equal(r.notices[0].input, "http://example.org/news/1");
  assert.doesNotMatch(JSON.stringify(r), /s3cret/);
  await assert.rejects(expandSources(["ftp://ann:s3cret@example.org/x"]), (e: Error & { input?: string }) => !/s3cret/.test(e.input ?? "") && /only http and https/.test(e.message));
});
