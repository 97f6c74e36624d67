/**
 * Runs the comparison on the invented probe stories of test/story/probeStories.ts (kinds the
 * stories-dev set lacks) and prints every difference item with the probe's score:
 *   npx tsx scripts/story-probe.ts [--json]
 */
import { analyze, compareStory } from "../src/index.js";
import { differenceItems } from "../src/story/report/differenceItems.js";
import { PROBE_STORIES } from "../test/story/probeStories.js";
import { scoreProbe } from "../test/story/probeScore.js";

let found = 0;
let total = 0;
for (const story of PROBE_STORIES) {
  const report = compareStory(story.articles.map((a) => analyze(a)));
  const items = differenceItems(report);
  const s = scoreProbe(story, items);
  found += s.found.length;
  total += story.differences.length;
  console.log(`## ${story.name}: ${s.found.length}/${story.differences.length} found, ${s.wrong.length} negatives reported, ${s.items} items`);
  for (const it of items) console.log(`  [${it.kind}] ${it.title.slice(0, 160)}`);
  for (const m of s.missed) console.log(`  MISS ${m}`);
  for (const w of s.wrong) console.log(`  WRONG ${w}`);
}
console.log(`total ${found}/${total}`);
