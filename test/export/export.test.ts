import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../../src/index.js";
import type { Analysis } from "../../src/types.js";
import { syntheticArticle } from "../../src/corpus/syntheticCorpus.js";
import { openStore } from "../../src/store/openStore.js";
import type { Store } from "../../src/store/Store.js";
import { exportStore, docStem } from "../../src/export/exportStore.js";
import { csvField, csvRecord, parseCsv } from "../../src/export/csvField.js";
import { codePointOffsets } from "../../src/export/bratStandoff.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-export-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const EXAMPLE = fileURLToPath(new URL("../../examples/article.txt", import.meta.url));

let store: Store;
const analyses: Analysis[] = [];

before(async () => {
  store = await openStore(join(dir, "x.db"));
  // Astral characters before the quotes make UTF-16 and code-point offsets differ (brat counts code points).
  const example = readFileSync(EXAMPLE, "utf8");
  const inputs = [
    { text: "🌍 World desk 🛰️\n\n" + example, outlet: "Anadolu Agency", published: "2024-08-19", title: null },
    { ...syntheticArticle(1, 5) },
    // A quote spanning a line break, and a field with a comma, quote marks and a newline in CSV.
    { text: `Harbour board, "the owners" said: "We will pay,\nand we will pay soon," said Mayor Lena Ortiz on Monday.\n\nOrtiz said 40 workers were affected.`, outlet: 'The "Quoted", Outlet', published: "2025-01-02" },
  ];
  for (const input of inputs) {
    const a = analyze(input);
    const inner = "We will pay,\nand we will pay soon,";
    const at = a.document.text.indexOf(inner);
    if (at >= 0 && !a.quotes.some((q) => q.content.text.includes("\n"))) {
      // Whatever the engine finds, make sure one quote crosses a line break (brat fragments, CSV quoting).
      a.quotes.push({ id: "q-multiline", type: "direct", speaker: null, cue: null, content: { start: at, end: at + inner.length, text: inner }, continues: null, method: "test", confidence: 1 });
    }
    analyses.push(a);
    await store.putAnalysis(a, { source: "test" });
  }
});

after(async () => {
  await store.close();
});

test("CSV fields follow RFC 4180 and parse back", () => {
  assert.equal(csvField('He said "no", twice'), '"He said ""no"", twice"');
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField(null), "");
  assert.equal(csvField("a\nb"), '"a\nb"');
  const row = ["x,y", 'q"q', "line\r\nbreak", "", "ok", 3];
  assert.deepEqual(parseCsv(csvRecord(row) + csvRecord(["a"])), [row.map(String), ["a"]]);
});

test("jsonl: one analysis per line, equal to the stored analysis", async () => {
  const out = join(dir, "jsonl");
  const s = await exportStore(store, { format: "jsonl", out });
  assert.equal(s.articles, analyses.length);
  const lines = readFileSync(join(out, "analyses.jsonl"), "utf8").trim().split("\n");
  assert.equal(lines.length, analyses.length);
  for (const line of lines) {
    const a = JSON.parse(line) as Analysis;
    assert.equal(a.schema, "dossier.analysis/1");
    const original = analyses.find((x) => x.document.id === a.document.id);
    assert.ok(original);
    assert.deepEqual(a.quotes, original.quotes);
    assert.deepEqual(a.entities, original.entities);
    assert.equal(a.document.text, original.document.text);
  }
});

test("csv: tables with headers; every offset slices the article text to the cell's text", async () => {
  const out = join(dir, "csv");
  await exportStore(store, { format: "csv", out });
  assert.deepEqual(readdirSync(out).sort(), ["articles.csv", "entities.csv", "figures.csv", "quotes.csv", "times.csv"]);
  const textOf = new Map(analyses.map((a) => [a.document.id, a.document.text]));
  const read = (name: string) => {
    const [header, ...rows] = parseCsv(readFileSync(join(out, name), "utf8"));
    return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const quotes = read("quotes.csv");
  assert.equal(quotes.length, analyses.reduce((n, a) => n + a.quotes.length, 0));
  for (const q of quotes) {
    assert.equal(textOf.get(q.doc_id)!.slice(Number(q.content_start), Number(q.content_end)), q.content);
    if (q.cue) assert.equal(textOf.get(q.doc_id)!.slice(Number(q.cue_start), Number(q.cue_end)), q.cue);
  }
  assert.ok(quotes.some((q) => q.content.includes("\n")), "a multi-line quote survives CSV quoting");
  assert.ok(quotes.some((q) => q.outlet === 'The "Quoted", Outlet'));
  const mentions = read("entities.csv");
  assert.equal(mentions.length, analyses.reduce((n, a) => n + a.entities.reduce((k, e) => k + e.mentions.length, 0), 0));
  for (const m of mentions) assert.equal(textOf.get(m.doc_id)!.slice(Number(m.mention_start), Number(m.mention_end)), m.mention_text);
  for (const f of read("figures.csv")) assert.equal(textOf.get(f.doc_id)!.slice(Number(f.start), Number(f.end)), f.text);
  for (const t of read("times.csv")) assert.equal(textOf.get(t.doc_id)!.slice(Number(t.start), Number(t.end)), t.text);
  assert.equal(read("articles.csv").length, analyses.length);
});

test("brat: .txt is the text; every T line's code-point offsets slice the .txt to its text; relations point at T ids", async () => {
  const out = join(dir, "brat");
  await exportStore(store, { format: "brat", out });
  assert.ok(readdirSync(out).includes("annotation.conf"));
  for (const a of analyses) {
    const stem = docStem(a.document.id);
    const txt = readFileSync(join(out, stem + ".txt"), "utf8");
    assert.equal(txt, a.document.text);
    const cps = [...txt]; // code points, as brat (Python) indexes them
    const ann = readFileSync(join(out, stem + ".ann"), "utf8").trimEnd().split("\n");
    const tIds = new Set<string>();
    let quotesSeen = 0;
    for (const line of ann) {
      const [id, body, spanText] = line.split("\t");
      if (!id.startsWith("T")) continue;
      tIds.add(id);
      const [type, ...rest] = body.split(" ");
      if (type === "Quote") quotesSeen++;
      const frags = rest.join(" ").split(";").map((f) => f.split(" ").map(Number));
      const got = frags.map(([s, e]) => cps.slice(s, e).join("")).join(" ");
      assert.equal(got, spanText, line);
      for (const [s, e] of frags) assert.ok(!cps.slice(s, e).join("").includes("\n"), "no fragment crosses a line break");
    }
    assert.equal(quotesSeen, a.quotes.length);
    for (const line of ann) {
      const [id, body] = line.split("\t");
      if (id.startsWith("R")) {
        const m = /^(Speaker|Cue|Continues) Arg1:(T\d+) Arg2:(T\d+)$/.exec(body);
        assert.ok(m, line);
        assert.ok(tIds.has(m[2]) && tIds.has(m[3]), line);
      } else if (id.startsWith("A")) {
        assert.match(body, /^(QuoteType \S+ (direct|indirect|mixed)|MentionKind \S+ (name|title|pronoun|nominal))$/);
        assert.ok(tIds.has(body.split(" ")[1]));
      }
    }
    if (a.quotes.some((q) => q.speaker?.mention)) assert.ok(ann.some((l) => /\tSpeaker Arg1:/.test(l)));
  }
  const multi = readFileSync(join(out, docStem(analyses[2].document.id) + ".ann"), "utf8");
  assert.match(multi, /^T\d+\tQuote \d+ \d+;\d+ \d+\tWe will pay, and we will pay soon,$/m, "a span across a line break is written as two fragments");
  // The first article starts with astral characters, so brat offsets must differ from UTF-16 ones.
  const shift = codePointOffsets(analyses[0].document.text);
  const q = analyses[0].quotes[0];
  assert.ok(shift(q.content.start) < q.content.start);
});

test("conll: token POS IOB2 columns; tags well-formed; entity names tagged", async () => {
  const out = join(dir, "conll");
  await exportStore(store, { format: "conll", out });
  const text = readFileSync(join(out, "entities.conll"), "utf8");
  const docs = text.split("-DOCSTART- -X- O\n").filter((d) => d.trim());
  assert.equal(docs.length, analyses.length);
  const lines = text.split("\n").filter((l) => l && !l.startsWith("-DOCSTART-"));
  let prev = "O";
  for (const l of lines) {
    const cols = l.split(" ");
    assert.equal(cols.length, 3, l);
    const tag = cols[2];
    assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|GPE|NORP|MISC))$/);
    if (tag.startsWith("I-")) assert.ok(prev.slice(2) === tag.slice(2) && prev !== "O", `I- follows B-/I- of the same type: ${l}`);
    prev = tag;
  }
  // "Lena Ortiz" (PER) of the third article is tagged B-PER I-PER.
  const third = docs[2].split("\n").filter(Boolean).map((l) => l.split(" "));
  const i = third.findIndex((c) => c[0] === "Lena");
  assert.ok(i >= 0);
  assert.equal(third[i][2], "B-PER");
  assert.equal(third[i + 1][0], "Ortiz");
  assert.equal(third[i + 1][2], "I-PER");
  // Tokens come in text order: joined, they reproduce the text without whitespace.
  const tokens = third.map((c) => c[0]).join("");
  assert.equal(tokens, analyses[2].document.text.replace(/\s+/g, ""));
});
