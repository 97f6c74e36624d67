// Dumps the `analyze()` JSON of the seed article, of every news-dev article and of every PolNeAR
// dev article (and, with SNAPSHOT_BIG, of a large joined text), one file each, so
// that two runs (before / after a performance change) can be compared with `diff -r`.
//
//   npx tsx scripts/snapshot-analyses.ts [OUT_DIR]        (default <os tmpdir>/dossier-snapshot)
//   diff -r "$TMPDIR/before" "$TMPDIR/after" && echo identical
//
// Also dumps the NER model's tags for CoNLL-2003 testa (`ner-testa.txt`, one sentence a line) and
// for the news-dev sentences (`ner-news-dev.txt`), when the data is present.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze } from "../src/index.js";
import { segment } from "../src/document/segment.js";
import { hasDefaultNerModel, getDefaultNerModel } from "../src/model/ner/defaultModel.js";
import { readConll, groupDocuments } from "../src/eval/conll/readConll.js";

const out = path.resolve(process.argv[2] ?? path.join(os.tmpdir(), "dossier-snapshot"));
const root = path.resolve(new URL("..", import.meta.url).pathname);
const data = path.resolve(root, "../shared/data");
fs.mkdirSync(out, { recursive: true });

const inputs: { name: string; input: Parameters<typeof analyze>[0] }[] = [];
const seed = fs.readFileSync(path.join(root, "examples/article.txt"), "utf8");
inputs.push({ name: "seed", input: { text: seed, published: "2024-08-19", outlet: "Anadolu Agency" } });
const dir = path.join(data, "news-dev/articles");
if (fs.existsSync(dir)) {
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    const a = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    inputs.push({ name: f.replace(/\.json$/, ""), input: { text: a.text, published: a.published, outlet: a.outlet, title: a.title, url: a.url } });
  }
} else console.error(`note: ${dir} absent, seed article only`);
const polnearDev = path.join(data, "polnear/data/dev/text");
if (fs.existsSync(polnearDev)) {
  for (const f of fs.readdirSync(polnearDev).filter((x) => x.endsWith(".txt")).sort()) {
    inputs.push({ name: `polnear-dev-${f.replace(/\.txt$/, "")}`, input: { text: fs.readFileSync(path.join(polnearDev, f), "utf8"), published: "2016-11-01" } });
  }
} else console.error(`note: ${polnearDev} absent`);
// SNAPSHOT_BIG=<bytes>: also the PolNeAR train articles joined into one text of that size
const big = Number(process.env.SNAPSHOT_BIG ?? 0);
const polnearTrain = path.join(data, "polnear/data/train/text");
if (big > 0 && fs.existsSync(polnearTrain)) {
  const files = fs.readdirSync(polnearTrain).filter((x) => x.endsWith(".txt")).sort();
  const parts: string[] = [];
  for (let i = 0, size = 0; size < big; i++) {
    parts.push(fs.readFileSync(path.join(polnearTrain, files[i % files.length]), "utf8"));
    size += parts[parts.length - 1].length + 2;
  }
  inputs.push({ name: `polnear-train-joined-${big}`, input: { text: parts.join("\n\n").slice(0, big), published: "2016-11-01" } });
}

for (const { name, input } of inputs) {
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(analyze(input), null, 1) + "\n");
}

if (hasDefaultNerModel()) {
  const model = getDefaultNerModel();
  const news: string[] = [];
  for (const { input } of inputs) {
    const { sentences, tokens } = segment(input.text);
    const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
    model.predictDocument(words).forEach((tags, k) => news.push(words[k].map((w, i) => `${w}/${tags[i]}`).join(" ")));
  }
  fs.writeFileSync(path.join(out, "ner-news-dev.txt"), news.join("\n") + "\n");
  const testa = path.join(data, "conll2003/eng.testa");
  if (fs.existsSync(testa)) {
    const lines: string[] = [];
    for (const d of groupDocuments(readConll(testa))) {
      const words = d.map((s) => s.tokens);
      model.predictDocument(words).forEach((tags) => lines.push(tags.join(" ")));
    }
    fs.writeFileSync(path.join(out, "ner-testa.txt"), lines.join("\n") + "\n");
  }
}
console.log(`${inputs.length} analyses → ${out}`);
