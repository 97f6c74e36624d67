// Error analysis of the rule-based quote attribution on PolNeAR's train or dev split (never
// test: the test split is for the reported number only). For every gold attribution: found (a
// predicted content overlaps half its tokens and the source overlaps), wrong source (the content
// is found, the source is not), or missed; the misses are grouped by their cue's words.
//
//   npx tsx scripts/polnear-errors.ts [train|dev] [--limit N] [--show CUE]
import path from "node:path";
import { createEngine } from "../src/index.js";
import { readPolnear, type PolnearSplit } from "../src/eval/polnear/readPolnear.js";
import { dossierAttributions } from "../src/eval/runners.js";
import type { AttributionTriple, ScoredSpan } from "../src/eval/polnear/scoreAttribution.js";

const args = process.argv.slice(2);
const split = (args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "train") as PolnearSplit;
if (split !== "train" && split !== "dev") {
  console.error("polnear-errors: only train or dev (the test split is not for error analysis)");
  process.exit(2);
}
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(opt("--limit") ?? 0) || undefined;
const show = opt("--show");
const dir = path.join(new URL("..", import.meta.url).pathname, "../shared/data/polnear");
const docs = readPolnear(dir, split, { limit });
const engine = createEngine();

const words = (text: string, s: ScoredSpan): [number, number][] => {
  const out: [number, number][] = [];
  const frags = s.fragments ?? [s];
  for (const f of frags) for (const m of text.slice(f.start, f.end).matchAll(/\w+/g)) out.push([f.start + m.index!, f.start + m.index! + m[0].length]);
  return out;
};
const overlapShare = (text: string, gold: ScoredSpan, pred: ScoredSpan): number => {
  const g = words(text, gold);
  if (g.length === 0) return 0;
  const p = new Set(words(text, pred).map(([a]) => a));
  return g.filter(([a]) => p.has(a)).length / g.length;
};
const overlaps = (a: ScoredSpan, b: ScoredSpan) => a.start < b.end && b.start < a.end;
const cueKey = (text: string, c: ScoredSpan | null | undefined) => (c ? text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, " ") : "(no cue)");

const counts = { found: 0, wrongSource: 0, missed: 0 };
const missedByCue = new Map<string, number>();
const wrongByCue = new Map<string, number>();
for (const d of docs) {
  const a = engine.analyze({ text: d.text, published: d.published ?? undefined });
  const pred: AttributionTriple[] = dossierAttributions(a);
  for (const g of d.attributions) {
    const hits = pred.filter((p) => overlapShare(d.text, g.content, p.content) >= 0.5);
    const key = cueKey(d.text, g.cue);
    if (hits.length === 0) {
      counts.missed++;
      missedByCue.set(key, (missedByCue.get(key) ?? 0) + 1);
      if (show && key === show) console.log(`MISSED ${d.id}: ${g.source ? `[${g.source.text}] ` : ""}<${key}> ${g.content.text.slice(0, 120)}`);
    } else if (g.source && !hits.some((p) => p.source && overlaps(p.source, g.source!))) {
      counts.wrongSource++;
      wrongByCue.set(key, (wrongByCue.get(key) ?? 0) + 1);
      if (show && key === show) console.log(`SOURCE ${d.id}: gold [${g.source.text}] got [${hits.map((p) => (p.source ? d.text.slice(p.source.start, p.source.end) : "∅")).join(" | ")}] <${key}>`);
    } else counts.found++;
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, n).map(([k, v]) => `${String(v).padStart(5)}  ${k}`).join("\n");
console.log(`${split}: ${docs.length} articles; gold attributions found ${counts.found}, wrong source ${counts.wrongSource}, missed ${counts.missed}`);
console.log(`\nmissed, by cue:\n${top(missedByCue, 40)}`);
console.log(`\nwrong source, by cue:\n${top(wrongByCue, 15)}`);
