/** Quick run of the stories-dev evaluation: `npx tsx scripts/eval-stories-dev.ts [--misses STORY] [--seed N]`. */
import { evalStoriesDev } from "../src/eval/stories/evalStoriesDev.js";
const args = process.argv.slice(2);
const missesFor = args.includes("--misses") ? args[args.indexOf("--misses") + 1] : null;
const seed = args.includes("--seed") ? Number(args[args.indexOf("--seed") + 1]) : undefined;
const r = evalStoriesDev("../shared/data/stories-dev", { shuffleSeed: seed });
const c = r.clustering.pairwise;
console.log(`stories ${r.predictedStories} (gold ${r.goldStories}) · pairwise P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} · distractors apart ${r.distractorsApart}`);
for (const cl of r.clusters) console.log(`  ${cl.id}: ${cl.files.join(" ")}`);
for (const s of r.perStory) console.log(`${s.story}: ${s.found}/${s.total}`);
for (const k of r.perKind) console.log(`  ${k.kind}: ${k.found}/${k.total}`);
console.log("reported", JSON.stringify(r.reported), JSON.stringify(r.seconds));
if (missesFor && missesFor !== "key-bridge-2024") {
  for (const d of r.differences.filter((x) => x.story === missesFor)) console.log(`${d.found ? "FOUND" : "miss "} #${d.id} [${d.kind}] ${d.fact.slice(0, 90)} · covered ${d.covered}/${d.sides} oneStory=${d.oneStory}${d.item ? " · " + d.item.kind + ": " + d.item.title.slice(0, 80) : ""}`);
}
