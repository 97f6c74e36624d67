// Error analysis for dossier's times stage on TempEval-3 (train or dev only; never tune on test).
// Prints every false negative (gold timex no prediction overlaps), false positive (prediction
// overlapping no gold timex), span mismatch (overlap, different extent) and value/type mismatch
// with its context, then the most frequent error texts per class.
//   npx tsx scripts/timex-errors.ts                     (dev split, all classes)
//   npx tsx scripts/timex-errors.ts --split train --only fn,value --top 40
// Options: --split train|dev (default dev), --only fn,fp,span,value (default all),
// --top N (summary rows per class, default 25), --summary (summary only), --data DIR.
import { fileURLToPath } from "node:url";
import { createEngine } from "../src/engine.js";
import { dctDate } from "../src/eval/runners.js";
import { readTempEval } from "../src/eval/tempeval/readTimeml.js";
import { alignTimexes, scoreTimex, type TimexDocumentPair, type TimexSpan } from "../src/eval/tempeval/scoreTimex.js";

type Kind = "fn" | "fp" | "span" | "value";

const args = process.argv.slice(2);
let split: "train" | "dev" = "dev";
let only = new Set<Kind>(["fn", "fp", "span", "value"]);
let top = 25;
let summaryOnly = false;
let dataDir = process.env.DOSSIER_DATA ?? fileURLToPath(new URL("../../shared/data/tempeval3", import.meta.url));
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--split") {
    const s = args[++i];
    if (s !== "train" && s !== "dev") {
      console.error("timex-errors: --split must be train or dev (the test split is for the final report only)");
      process.exit(2);
    }
    split = s;
  } else if (a === "--only") only = new Set((args[++i] ?? "").split(",") as Kind[]);
  else if (a === "--top") top = Number(args[++i]);
  else if (a === "--summary") summaryOnly = true;
  else if (a === "--data") dataDir = args[++i];
  else {
    console.error(`timex-errors: unknown option ${a}`);
    process.exit(2);
  }
}

const docs = readTempEval(dataDir, split);
const engine = createEngine();
const counts: Record<Kind, Map<string, number>> = { fn: new Map(), fp: new Map(), span: new Map(), value: new Map() };
const bump = (k: Kind, key: string) => counts[k].set(key, (counts[k].get(key) ?? 0) + 1);

function context(text: string, s: TimexSpan): string {
  const left = text.slice(Math.max(0, s.start - 60), s.start).replace(/\s+/g, " ");
  const right = text.slice(s.end, s.end + 60).replace(/\s+/g, " ");
  return `${left}[${text.slice(s.start, s.end)}]${right}`;
}

const scored: TimexDocumentPair[] = [];
const t0 = performance.now();
for (const d of docs) {
  const a = engine.analyze({ text: d.text, published: dctDate(d.dct) });
  const pred: Array<TimexSpan & { method: string }> = a.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, method: t.method }));
  scored.push({ gold: d.timexes, predicted: pred });
  const pairs = alignTimexes(d.timexes, pred);
  const gUsed = new Set(pairs.map(([g]) => g));
  const pUsed = new Set(pairs.map(([, p]) => p));
  const lines: string[] = [];
  d.timexes.forEach((g, i) => {
    if (gUsed.has(i)) return;
    bump("fn", g.text.toLowerCase());
    if (only.has("fn")) lines.push(`  FN    ${g.type} ${g.value}  ${context(d.text, g)}`);
  });
  pred.forEach((p, i) => {
    if (pUsed.has(i)) return;
    bump("fp", d.text.slice(p.start, p.end).toLowerCase());
    if (only.has("fp")) lines.push(`  FP    ${p.type} ${p.value} (${p.method})  ${context(d.text, p)}`);
  });
  for (const [gi, pi] of pairs) {
    const g = d.timexes[gi];
    const p = pred[pi];
    const ptext = d.text.slice(p.start, p.end);
    if (g.start !== p.start || g.end !== p.end) {
      bump("span", `${g.text.toLowerCase()} | ${ptext.toLowerCase()}`);
      if (only.has("span")) lines.push(`  SPAN  gold "${g.text}" sys "${ptext}"  ${context(d.text, g)}`);
    }
    if (g.value !== p.value || g.type !== p.type) {
      bump("value", `${g.text.toLowerCase()}: ${g.type} ${g.value} | ${p.type} ${p.value}`);
      if (only.has("value")) lines.push(`  VALUE gold ${g.type} ${g.value} sys ${p.type} ${p.value} (${p.method})  ${context(d.text, g)}`);
    }
  }
  if (lines.length && !summaryOnly) console.log(`${d.file}  DCT ${d.dct}\n${lines.join("\n")}`);
}

for (const k of ["fn", "fp", "span", "value"] as Kind[]) {
  if (!only.has(k)) continue;
  const total = [...counts[k].values()].reduce((s, n) => s + n, 0);
  console.log(`\n== ${k}: ${total}`);
  for (const [key, n] of [...counts[k].entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(4)}  ${key}`);
}

const s = scoreTimex(scored);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  `\n${split}: ${docs.length} docs, ${s.counts.gold} gold, ${s.counts.predicted} predicted, ${((performance.now() - t0) / 1000).toFixed(1)} s · ` +
    `relaxed P ${pct(s.relaxed.p)} R ${pct(s.relaxed.r)} F1 ${pct(s.relaxed.f1)} · strict F1 ${pct(s.strict.f1)} · ` +
    `type F1 ${pct(s.typeF1)} · value acc ${pct(s.valueAccuracy)} F1 ${pct(s.valueF1)}`,
);
