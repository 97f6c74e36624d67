/**
 * Runs the comparison on the invented probe stories (kinds the stories-dev set lacks) and prints
 * every difference item with the probe's score:
 *   npx tsx scripts/story-probe.ts [--set figures|events|framing|mixed|all] [--json]
 * `figures` (test/story/probeStories.ts): figures, dates, measures; `events`
 * (test/story/probeStories2.ts: wildfire, hostage release, factory explosion, aviation incident):
 * figures, measures, times, places, causes; `framing` (test/story/probeFramingStories.ts): labels,
 * paraphrased quotes, attribution shifts; `mixed` (test/story/probeStories4.ts: dam failure, stadium
 * crush, pipeline spill): every kind of difference, omissions included.
 */
import { analyze, compareStory } from "../src/index.js";
import { differenceItems, type DifferenceItem } from "../src/story/report/differenceItems.js";
import { PROBE_STORIES } from "../test/story/probeStories.js";
import { PROBE_STORIES_2 } from "../test/story/probeStories2.js";
import { FRAMING_PROBE_STORIES } from "../test/story/probeFramingStories.js";
import { PROBE_STORIES_4 } from "../test/story/probeStories4.js";
import { scoreFramingProbe, scoreMixedProbe, scoreProbe, type ProbeScore } from "../test/story/probeScore.js";

const USAGE = "usage: npx tsx scripts/story-probe.ts [--set figures|events|framing|mixed|all] [--json]";
const args = process.argv.slice(2);
if (args.includes("--help")) {
  console.log(USAGE);
  process.exit(0);
}
const set = args.includes("--set") ? args[args.indexOf("--set") + 1] : "all";
if (!["figures", "events", "framing", "mixed", "all"].includes(set)) {
  console.error(`unknown probe set: ${set} (${USAGE})`);
  process.exit(2);
}
const json = args.includes("--json");

interface Run { set: string; story: string; score: ProbeScore; total: number; items: DifferenceItem[] }
const runs: Run[] = [];
const itemsOf = (articles: { outlet: string; published?: string; text: string }[]) => differenceItems(compareStory(articles.map((a) => analyze(a))));
if (set === "figures" || set === "all") {
  for (const s of PROBE_STORIES) {
    const items = itemsOf(s.articles);
    runs.push({ set: "figures", story: s.name, score: scoreProbe(s, items), total: s.differences.length, items });
  }
}
if (set === "events" || set === "all") {
  for (const s of PROBE_STORIES_2) {
    const items = itemsOf(s.articles);
    runs.push({ set: "events", story: s.name, score: scoreProbe(s, items), total: s.differences.length, items });
  }
}
if (set === "framing" || set === "all") {
  for (const s of FRAMING_PROBE_STORIES) {
    const items = itemsOf(s.articles);
    runs.push({ set: "framing", story: s.name, score: scoreFramingProbe(s, items), total: s.differences.length, items });
  }
}
if (set === "mixed" || set === "all") {
  for (const s of PROBE_STORIES_4) {
    const items = itemsOf(s.articles);
    runs.push({ set: "mixed", story: s.name, score: scoreMixedProbe(s, items), total: s.differences.length, items });
  }
}
const totals = new Map<string, { found: number; total: number; wrong: number }>();
for (const r of runs) {
  const t = totals.get(r.set) ?? { found: 0, total: 0, wrong: 0 };
  t.found += r.score.found.length;
  t.total += r.total;
  t.wrong += r.score.wrong.length;
  totals.set(r.set, t);
}
if (json) {
  console.log(JSON.stringify({
    stories: runs.map((r) => ({ set: r.set, story: r.story, found: r.score.found, missed: r.score.missed, wrong: r.score.wrong, items: r.items.map((it) => ({ kind: it.kind, title: it.title })) })),
    totals: Object.fromEntries(totals),
  }, null, 2));
} else {
  for (const r of runs) {
    console.log(`## ${r.set}/${r.story}: ${r.score.found.length}/${r.total} found, ${r.score.wrong.length} negatives reported, ${r.score.items} items`);
    for (const it of r.items) console.log(`  [${it.kind}] ${it.title.slice(0, 160)}`);
    for (const m of r.score.missed) console.log(`  MISS ${m}`);
    for (const w of r.score.wrong) console.log(`  WRONG ${w}`);
  }
  for (const [k, t] of totals) console.log(`total ${k} ${t.found}/${t.total}, ${t.wrong} negatives reported`);
}
