import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readInputs, type ReadInputsOptions } from "../../src/readers/readInputs.js";
import type { ReadResult } from "../../src/readers/ReaderArticle.js";
import { ReaderError } from "../../src/readers/ReaderError.js";
import { decodeText } from "../../src/readers/decodeText.js";
import { dateFromUrl, normalizeDate } from "../../src/readers/normalizeDate.js";
import { readHtml } from "../../src/readers/readHtml.js";
import { sniffFormat } from "../../src/readers/detectFormat.js";

const FIX = new URL("../fixtures/", import.meta.url).pathname;
const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "dossier-readers-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function readAll(paths: string[], opts: ReadInputsOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

async function readOne(path: string, opts: ReadInputsOptions = {}): Promise<ReadResult> {
  const all = await readAll([path], opts);
  assert.equal(all.length, 1, `one result for ${path}`);
  return all[0];
}

const SAMPLE = "Council approves new cycle lanes\nThe city council on Monday approved 12 kilometres of new cycle lanes, the mayor said.\n";

// ─── Plain text, JSON, stdin: accepted inputs ────────────────────────────────────────────────

test("accepted inputs", async (t) => {
  const cases: { name: string; path: () => string; opts?: ReadInputsOptions; check: (r: ReadResult) => void }[] = [
    {
      name: "plain text, kept exactly",
      path: () => file("plain.txt", SAMPLE),
      check: (r) => {
        assert.equal(r.article?.text, SAMPLE);
        assert.equal(r.format, "text");
        assert.equal(r.article?.title ?? null, null);
      },
    },
    {
      name: "UTF-8 BOM stripped",
      path: () => file("bom8.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])),
      check: (r) => assert.equal(r.article?.text, SAMPLE),
    },
    {
      name: "UTF-16 LE with BOM",
      path: () => file("utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café “quoted” text.", "utf16le")])),
      check: (r) => assert.equal(r.article?.text, "Café “quoted” text."),
    },
    {
      name: "UTF-16 BE with BOM",
      path: () => file("utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Café text.", "utf16le").swap16()])),
      check: (r) => assert.equal(r.article?.text, "Café text."),
    },
    {
      name: "latin-1 bytes with --encoding windows-1252",
      path: () => file("latin1-ok.txt", Buffer.from("Caf\xe9 in S\xe3o Paulo \x93quoted\x94.", "latin1")),
      opts: { encoding: "windows-1252" },
      check: (r) => assert.equal(r.article?.text, "Café in São Paulo “quoted”."),
    },
    {
      name: "JSON article with metadata",
      path: () => file("a.json", JSON.stringify({ title: "T", text: "Body text here.", outlet: "O", published: "2024-08-19T10:00:00+02:00", url: "https://x.example/a", language: "en" })),
      check: (r) => {
        assert.equal(r.article?.text, "Body text here.");
        assert.equal(r.article?.title, "T");
        assert.equal(r.article?.outlet, "O");
        assert.equal(r.article?.published, "2024-08-19");
        assert.equal(r.article?.url, "https://x.example/a");
        assert.deepEqual(r.article?.metadataCandidates?.find((c) => c.field === "published"), { field: "published", value: "2024-08-19", source: "json" });
      },
    },
    {
      name: "JSON with text_file (examples/article.json)",
      path: () => join(EXAMPLES, "article.json"),
      check: (r) => {
        assert.match(r.article!.text, /^Antony Blinken in Israel/);
        assert.equal(r.article?.outlet, "Anadolu Agency");
        assert.equal(r.article?.published, "2024-08-19");
      },
    },
    {
      name: "text with sidecar (examples/article.txt + article.json)",
      path: () => join(EXAMPLES, "article.txt"),
      check: (r) => {
        assert.match(r.article!.text, /^Antony Blinken in Israel/);
        assert.match(r.article!.title!, /^Antony Blinken in Israel/);
        assert.equal(r.article?.outlet, "Anadolu Agency");
        assert.equal(r.article?.published, "2024-08-19");
        assert.ok(r.article?.metadataCandidates?.some((c) => c.source === "sidecar:article.json"));
      },
    },
    {
      name: "flags override the sidecar and are recorded as candidates",
      path: () => join(EXAMPLES, "article.txt"),
      opts: { overrides: { outlet: "Other Wire", published: "2024-08-20" } },
      check: (r) => {
        assert.equal(r.article?.outlet, "Other Wire");
        assert.equal(r.article?.published, "2024-08-20");
        assert.deepEqual(r.article?.metadataCandidates?.[0], { field: "outlet", value: "Other Wire", source: "flag" });
        assert.ok(r.article?.metadataCandidates?.some((c) => c.field === "published" && c.value === "2024-08-19"));
      },
    },
    {
      name: "sidecar with its own text is not a sidecar",
      path: () => {
        file("own.json", JSON.stringify({ title: "Other article", text: "Something else." }));
        return file("own.txt", SAMPLE);
      },
      check: (r) => assert.equal(r.article?.title ?? null, null),
    },
    {
      name: "unknown extension sniffed as HTML",
      path: () => file("page.dat", "<html><body><p>The harbour reopened on Friday after the storm, officials said.</p></body></html>"),
      check: (r) => {
        assert.equal(r.format, "html");
        assert.match(r.article!.text, /^The harbour reopened/);
      },
    },
    {
      name: "a 10 MB text is accepted",
      path: () => file("big10.txt", "Lorem ipsum dolor sit amet, the minister said on Monday.\n".repeat(Math.ceil((10 * 1000 * 1000) / 57))),
      check: (r) => {
        assert.equal(r.error, undefined);
        assert.ok(r.article!.text.length >= 10_000_000);
      },
    },
  ];
  for (const c of cases) {
    await t.test(c.name, async () => {
      const r = await readOne(c.path(), c.opts);
      assert.equal(r.error, undefined, r.error?.message);
      c.check(r);
    });
  }
});

// ─── Bad input ──────────────────────────────────────────────────────────────────────────────

test("rejected inputs", async (t) => {
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
  const cases: { name: string; path: () => string; opts?: ReadInputsOptions; code: string; message?: RegExp }[] = [
    { name: "empty file", path: () => file("empty.txt", ""), code: "empty" },
    { name: "whitespace only", path: () => file("ws.txt", "  \n\t \r\n  "), code: "empty" },
    { name: "binary junk with NULs", path: () => file("junk.bin", junk), code: "binary" },
    { name: "control characters", path: () => file("ctrl.txt", "\x01\x02\x03\x04 abc\x05\x06\x07\x08"), code: "binary" },
    { name: "latin-1 without --encoding", path: () => file("latin1.txt", Buffer.from("Caf\xe9 au lait", "latin1")), code: "encoding", message: /UTF-8.*offset 3.*--encoding/ },
    { name: "unknown --encoding", path: () => file("enc.txt", "hello"), opts: { encoding: "klingon-8" }, code: "bad-option" },
    { name: "malformed JSON", path: () => file("bad.json", '{"title": "x", "text": '), code: "malformed-json" },
    { name: "JSON without text", path: () => file("notext.json", '{"title": "Only a title"}'), code: "no-text" },
    { name: "JSON with a non-string field", path: () => file("numtitle.json", '{"title": 5, "text": "x"}'), code: "malformed-json", message: /"title"/ },
    { name: "JSON with a bad date", path: () => file("baddate.json", '{"text": "x", "published": "yesterday"}'), code: "invalid-metadata" },
    { name: "JSON text_file missing", path: () => file("missing-tf.json", '{"text_file": "nowhere.txt"}'), code: "not-found", message: /text_file "nowhere.txt"/ },
    { name: "JSON with a non-object", path: () => file("num.json", "42"), code: "malformed-json" },
    { name: "broken HTML", path: () => join(FIX, "broken.html"), code: "empty" },
    { name: "HTML with no body", path: () => join(FIX, "no-body.html"), code: "empty" },
    { name: "HTML without tags", path: () => file("notags.html", "just words, no markup"), code: "malformed-html" },
    { name: "missing file", path: () => join(dir, "does-not-exist.txt"), code: "not-found" },
    { name: "a directory", path: () => dir, code: "unreadable" },
    { name: "too large for a custom limit", path: () => file("small.txt", "x".repeat(2000)), opts: { maxBytes: 1000 }, code: "too-large" },
    { name: "a 20 MB text is too large", path: () => file("big20.txt", Buffer.alloc(20 * 1024 * 1024, 0x61)), code: "too-large", message: /20 MiB.*16 MiB/ },
  ];
  for (const c of cases) {
    await t.test(c.name, async () => {
      let r: ReadResult;
      try {
        r = await readOne(c.path(), c.opts);
      } catch (e) {
        // Bad options are refused up front.
        assert.ok(e instanceof ReaderError);
        assert.equal(e.code, c.code);
        return;
      }
      assert.equal(r.article, undefined);
      assert.ok(r.error instanceof ReaderError);
      assert.equal(r.error.code, c.code, r.error.message);
      assert.doesNotMatch(r.error.message, /\n/);
      if (c.message) assert.match(r.error.message, c.message);
    });
  }
});

test("bad inputs do not stop the batch", async () => {
  const a = file("batch-a.txt", "First article text.");
  const b = file("batch-b.txt", "");
  const c = file("batch-c.txt", "Third article text.");
  const rs = await readAll([a, b, c]);
  assert.deepEqual(rs.map((r) => (r.error ? r.error.code : "ok")), ["ok", "empty", "ok"]);
  assert.equal(rs[1].input, b);
});

// ─── JSONL ──────────────────────────────────────────────────────────────────────────────────

test("JSONL: one result per line, a bad line reported with its number", async () => {
  const p = file(
    "many.jsonl",
    [
      JSON.stringify({ title: "One", text: "First text.", published: "2024-01-02" }),
      "",
      "{not json",
      JSON.stringify({ title: "Three" }),
      JSON.stringify({ title: "Four", text: "Fourth text." }),
    ].join("\n") + "\n",
  );
  const rs = await readAll([p]);
  assert.deepEqual(rs.map((r) => [r.input, r.record, r.error?.code ?? "ok"]), [
    [`${p}:1`, 1, "ok"],
    [`${p}:3`, 3, "malformed-json"],
    [`${p}:4`, 4, "no-text"],
    [`${p}:5`, 5, "ok"],
  ]);
  assert.equal(rs[0].article?.published, "2024-01-02");
  assert.equal(rs[3].article?.text, "Fourth text.");
});

test("JSON array: one result per element", async () => {
  const p = file("arr.json", JSON.stringify([{ text: "A." }, { text: "" }, { text: "C." }]));
  const rs = await readAll([p]);
  assert.deepEqual(rs.map((r) => [r.input, r.error?.code ?? r.article?.text]), [[`${p}[0]`, "A."], [`${p}[1]`, "empty"], [`${p}[2]`, "C."]]);
});

// ─── stdin ──────────────────────────────────────────────────────────────────────────────────

test("stdin: format by content", async (t) => {
  const cases: [string, string, string][] = [
    ["text", "Plain words on stdin.", "text"],
    ["JSON", '{"text": "From JSON.", "title": "J"}', "json"],
    ["JSONL", '{"text": "a"}\n{"text": "b"}\n', "jsonl"],
    ["HTML", "<html><body><p>From HTML on stdin, with enough words to be an article.</p></body></html>", "html"],
  ];
  for (const [name, content, format] of cases) {
    await t.test(name, async () => {
      const rs = await readAll(["-"], { stdin: Readable.from([Buffer.from(content)]) });
      assert.ok(rs.length >= 1);
      for (const r of rs) {
        assert.equal(r.error, undefined, r.error?.message);
        assert.equal(r.format, format);
        assert.ok(r.input.startsWith("<stdin>"));
      }
    });
  }
  await t.test("stdin too large", async () => {
    const r = await readOne("-", { stdin: Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), maxBytes: 1000 });
    assert.equal(r.error?.code, "too-large");
  });
  await t.test("empty stdin", async () => {
    const r = await readOne("-", { stdin: Readable.from([]) });
    assert.equal(r.error?.code, "empty");
  });
});

// ─── HTML ───────────────────────────────────────────────────────────────────────────────────

test("HTML: JSON-LD date beats meta and URL; all candidates kept", async () => {
  const r = await readOne(join(FIX, "jsonld-date.html"));
  const a = r.article!;
  assert.equal(a.title, "Ferry service resumes after storm repairs");
  assert.equal(a.outlet, "Harbour Gazette Online");
  assert.equal(a.published, "2024-03-05");
  assert.equal(a.url, "https://gazette.example/local/2024/03/04/ferry-resumes");
  assert.equal(a.language, "en");
  const dates = a.metadataCandidates!.filter((c) => c.field === "published").map((c) => [c.value, c.source]);
  assert.deepEqual(dates, [["2024-03-05", "json-ld"], ["2024-03-06", "meta:article:published_time"], ["2024-03-04", "url"]]);
  assert.ok(a.metadataCandidates!.some((c) => c.field === "outlet" && c.value === "The Harbour Gazette" && c.source === "json-ld"));
  assert.ok(a.metadataCandidates!.some((c) => c.field === "author" && c.value === "Mira Okonkwo"));
  // Paragraphs kept, no markup, no script text, entities decoded.
  const paras = a.text.split("\n\n");
  assert.ok(paras.length >= 4, a.text);
  assert.match(paras[0], /^The ferry between Northpoint/);
  assert.match(a.text, /“We are glad to have the crossing open again,” said/);
  assert.match(a.text, /water taxi\.\nRepairs cost/);
  assert.doesNotMatch(a.text, /[<>]|trackPageView|Home|©/);
});

test("HTML: meta date beats URL", async () => {
  const a = (await readOne(join(FIX, "meta-date.html"))).article!;
  assert.equal(a.published, "2023-11-20");
  assert.equal(a.outlet, "Valley Courier");
  const dates = a.metadataCandidates!.filter((c) => c.field === "published").map((c) => c.value);
  assert.deepEqual(dates, ["2023-11-20", "2023-11-21", "2023-11-19"]);
  assert.equal(a.text.split("\n\n").length, 3);
});

test("HTML: date from the URL; application-name outlet", async () => {
  const a = (await readOne(join(FIX, "url-date.html"))).article!;
  assert.equal(a.published, "2022-07-14");
  assert.equal(a.outlet, "Riverside Daily");
  assert.equal(a.title, "Bridge reopens to cyclists");
});

test("HTML: unclosed tags still give clean paragraphs", async () => {
  const a = (await readOne(join(FIX, "unclosed.html"))).article!;
  assert.deepEqual(a.text.split("\n\n").map((p) => p.slice(0, 20)), ["Work on the market h", "The project is expec", "Traders will move to"]);
});

test("HTML: --url gives a URL date and overrides the page URL", async () => {
  const a = (await readOne(join(FIX, "unclosed.html"), { overrides: { url: "https://m.example/2021/02/03/roof" } })).article!;
  assert.equal(a.url, "https://m.example/2021/02/03/roof");
  assert.equal(a.published, "2021-02-03");
});

test("HTML: readHtml on a fragment", () => {
  const a = readHtml("<p>Fragment text about the harbour.</p><p>Second paragraph.</p>", "frag");
  assert.equal(a.text, "Fragment text about the harbour.\n\nSecond paragraph.");
});

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────

test("normalizeDate", () => {
  const table: [string, string | null][] = [
    ["2024-08-19", "2024-08-19"],
    ["2024-08-19T23:30:00-04:00", "2024-08-19"],
    ["2024-8-9", "2024-08-09"],
    ["20240819", "2024-08-19"],
    ["2024/08/19", "2024-08-19"],
    ["August 19, 2024", "2024-08-19"],
    ["Aug. 19 2024", "2024-08-19"],
    ["19 August 2024", "2024-08-19"],
    ["Mon, 19 Aug 2024 10:00:00 GMT", "2024-08-19"],
    ["Monday, August 19, 2024 3:00 PM", "2024-08-19"],
    ["19/08/2024", "2024-08-19"],
    ["08/19/2024", "2024-08-19"],
    ["08/09/2024", null],
    ["2024-02-30", null],
    ["notadate", null],
    ["", null],
  ];
  for (const [input, want] of table) assert.equal(normalizeDate(input), want, input);
});

test("dateFromUrl", () => {
  const table: [string, string | null][] = [
    ["https://a.example/2024/08/19/story", "2024-08-19"],
    ["https://a.example/news/2024-08-19/story", "2024-08-19"],
    ["https://a.example/news/20240819/story", "2024-08-19"],
    ["https://a.example/2024/08/story", null],
    ["https://a.example/2024/13/40/story", null],
    ["https://a.example/story-12345", null],
  ];
  for (const [input, want] of table) assert.equal(dateFromUrl(input), want, input);
});

test("decodeText and sniffFormat", () => {
  assert.throws(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), "x"), (e: unknown) => e instanceof ReaderError && e.code === "binary");
  assert.equal(sniffFormat("  {\"text\": \"a\"}"), "json");
  assert.equal(sniffFormat('{"text": "a"}\n{"text"'), "jsonl");
  assert.equal(sniffFormat("{\n  \"text\": \n"), "json");
  assert.equal(sniffFormat("[Photo] A caption"), "text");
  assert.equal(sniffFormat("<!doctype html>"), "html");
  assert.equal(sniffFormat("Plain"), "text");
});
