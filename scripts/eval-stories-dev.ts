/**
 * Quick run of the stories evaluation:
 * `npx tsx scripts/eval-stories-dev.ts [--data DIR] [--misses STORY] [--seed N]`.
 * DIR defaults to ../shared/data/stories-dev; any folder laid out like it works (e.g. the
 * stories-web set built from the stored-web index, kept outside the repo). Misses of the
 * held-out stories are never printed.
 */
import { evalStoriesDev, goldKinds } from "../src/eval/stories/evalStoriesDev.js";
const HELD_OUT = new Set(["key-bridge-2024", "lewiston-shooting-2023"]);
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const missesFor = arg("--misses") ?? null;
const seed = arg("--seed") !== undefined ? Number(arg("--seed")) : undefined;
const r = evalStoriesDev(arg("--data") ?? "../shared/data/stories-dev", { shuffleSeed: seed });
const c = r.clustering.pairwise;
console.log(`stories ${r.predictedStories} (gold ${r.goldStories}) · pairwise P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} · distractors apart ${r.distractorsApart}`);
for (const cl of r.clusters) console.log(`  ${cl.id}: ${cl.files.join(" ")}`);
for (const s of r.perStory) console.log(`${s.story}: ${s.found}/${s.total}`);
const perKind = new Map<string, { found: number; total: number }>();
for (const d of r.differences.filter((x) => !HELD_OUT.has(x.story))) {
  for (const k of goldKinds(d.kind)) {
    const t = perKind.get(k) ?? { found: 0, total: 0 };
    t.total++;
    if (d.found) t.found++;
    perKind.set(k, t);
  }
}
console.log("per kind, development stories only:");
for (const [k, t] of [...perKind].sort()) console.log(`  ${k}: ${t.found}/${t.total}`);
console.log("reported", JSON.stringify(r.reported), JSON.stringify(r.seconds));
if (missesFor && HELD_OUT.has(missesFor)) console.log(`${missesFor} is held out: totals only`);
else if (missesFor) {
  for (const d of r.differences.filter((x) => x.story === missesFor)) console.log(`${d.found ? "FOUND" : "miss "} #${d.id} [${d.kind}] ${d.fact.slice(0, 90)} · covered ${d.covered}/${d.sides} oneStory=${d.oneStory}${d.item ? " · " + d.item.kind + ": " + d.item.title.slice(0, 80) : ""}`);
}
