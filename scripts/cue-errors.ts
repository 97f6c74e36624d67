// Error analysis of the learned attribution model's cues on PolNeAR dev: which gold cues are
// missed (and whether stage 1 missed them or stage 2 dropped them for want of a content), which
// predicted cues are spurious, and which have the wrong extent, each listed by frequency.
//
//   npx tsx scripts/cue-errors.ts [--data DIR] [--split dev|train] [--limit N] [--model FILE] [--top N]
//
// Spans are compared as the scorer does (whitespace-trimmed outer extent). Never reads test.
import fs from "node:fs";
import path from "node:path";
import { readPolnear } from "../src/eval/polnear/readPolnear.js";
import { findPackageRoot } from "../src/model/ner/defaultModel.js";
import { DEFAULT_ATTRIBUTION_MODEL_FILE } from "../src/model/attribution/defaultAttributionModel.js";
import { loadAttributionModel } from "../src/model/attribution/AttributionModel.js";
import { tokenizeDocument } from "../src/model/attribution/tokens.js";
import { tagSpans } from "../src/model/attribution/assemble.js";

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = findPackageRoot(path.dirname(new URL(import.meta.url).pathname));
const dataDir = arg("data", process.env.POLNEAR_DIR ?? path.resolve(root, "../shared/data/polnear"))!;
const split = arg("split", "dev") as "dev" | "train";
if (split !== "dev" && split !== "train") {
  console.error(`dossier: ${split}: only dev or train may be analysed`);
  process.exit(2);
}
const limit = arg("limit") !== undefined ? Number(arg("limit")) : undefined;
const modelFile = path.resolve(root, arg("model", DEFAULT_ATTRIBUTION_MODEL_FILE)!);
const top = Number(arg("top", "40"));
if (!fs.existsSync(path.join(dataDir, "data", "metadata.tsv"))) {
  console.error(`dossier: ${dataDir}: PolNeAR data not found (set --data or POLNEAR_DIR)`);
  process.exit(2);
}

const model = loadAttributionModel(modelFile);
const docs = readPolnear(dataDir, split, { limit });

interface Ext {
  start: number;
  end: number;
}
const trim = (text: string, s: Ext): Ext => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
};
const key = (s: Ext) => `${s.start}:${s.end}`;
const overlaps = (a: Ext, b: Ext) => a.start < b.end && b.start < a.end;
const show = (text: string, s: Ext) => text.slice(s.start, s.end).replace(/\s+/g, " ").toLowerCase();
const context = (text: string, s: Ext) =>
  (text.slice(Math.max(0, s.start - 50), s.start) + "[" + text.slice(s.start, s.end) + "]" + text.slice(s.end, s.end + 50)).replace(/\s+/g, " ");

const counts = {
  missedStage1: new Map<string, number>(),
  droppedStage2: new Map<string, number>(),
  spurious: new Map<string, number>(),
  extent: new Map<string, number>(),
};
const examples = new Map<string, string[]>();
const bump = (m: Map<string, number>, k: string, ex?: string) => {
  m.set(k, (m.get(k) ?? 0) + 1);
  if (ex !== undefined) {
    const list = examples.get(k) ?? [];
    if (list.length < 2) list.push(ex);
    examples.set(k, list);
  }
};
let gold = 0;
let predicted = 0;
let exact = 0;
let stage1Cues = 0;

for (const d of docs) {
  const doc = tokenizeDocument(d.text);
  const feats = model.features(doc);
  const s1 = tagSpans(model.tag(doc, feats))
    .filter((s) => s.role === "cue")
    .map((s) => trim(d.text, { start: doc.tokens[s.first].start, end: doc.tokens[s.last].end }));
  stage1Cues += s1.length;
  const fin = new Map<string, Ext>();
  for (const a of model.extractFrom(doc, feats)) if (a.cue) fin.set(key(trim(d.text, a.cue)), trim(d.text, a.cue));
  const golds = new Map<string, Ext>();
  for (const a of d.attributions) if (a.cue) golds.set(key(trim(d.text, a.cue)), trim(d.text, a.cue));
  gold += golds.size;
  predicted += fin.size;
  for (const [k, g] of golds) {
    if (fin.has(k)) {
      exact++;
      continue;
    }
    const over = [...fin.values()].find((p) => overlaps(p, g));
    if (over) {
      bump(counts.extent, `${show(d.text, g)}  ⇐  ${show(d.text, over)}`, context(d.text, g));
    } else if (s1.some((p) => overlaps(p, g))) {
      bump(counts.droppedStage2, show(d.text, g), context(d.text, g));
    } else {
      bump(counts.missedStage1, show(d.text, g), context(d.text, g));
    }
  }
  for (const p of fin.values()) {
    if (![...golds.values()].some((g) => overlaps(p, g))) bump(counts.spurious, show(d.text, p), context(d.text, p));
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const pct = (v: number) => (100 * v).toFixed(1);
const p = predicted ? exact / predicted : 0;
const r = gold ? exact / gold : 0;
console.log(
  `${docs.length} ${split} documents: ${gold} gold cues, ${stage1Cues} stage-1 cues, ${predicted} final cues, ${exact} exact; ` +
    `P ${pct(p)} R ${pct(r)} F1 ${pct(p + r ? (2 * p * r) / (p + r) : 0)}`,
);
console.log(
  `missed by stage 1: ${sum(counts.missedStage1)}; dropped by stage 2 (no content): ${sum(counts.droppedStage2)}; ` +
    `wrong extent: ${sum(counts.extent)}; spurious: ${sum(counts.spurious)}`,
);
const verbose = process.argv.includes("--examples");
for (const [name, m] of Object.entries(counts)) {
  console.log(`\n== ${name} (${sum(m)}) ==`);
  const rows = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
  for (const [k, n] of rows) {
    console.log(`${String(n).padStart(4)}  ${k}`);
    if (verbose) for (const ex of examples.get(k) ?? []) console.log(`        ${ex}`);
  }
}
