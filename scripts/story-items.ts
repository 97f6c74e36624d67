/**
 * Lists every difference the story report gives for the stories-dev development stories, one
 * JSON object per line with both sides' sentences — the list checked by hand for precision
 * (docs/STORY.md). The held-out story is refused.
 *   npx tsx scripts/story-items.ts [--data DIR] [--story crocus-2024] > items.jsonl
 * DIR defaults to ../shared/data/stories-dev (then the development stories are crocus-2024 and
 * turkey-syria-quake-2023); with another DIR give --story.
 */
import { analyze } from "../src/index.js";
import { readStoriesDev } from "../src/eval/stories/storiesDev.js";
import { clusterStories } from "../src/story/cluster/clusterStories.js";
import { compareStory } from "../src/story/compareStory.js";
import { differenceItems } from "../src/story/report/differenceItems.js";

const HELD_OUT = new Set(["key-bridge-2024", "lewiston-shooting-2023"]);
const args = process.argv.slice(2);
const wanted = args.includes("--story") ? [args[args.indexOf("--story") + 1]] : ["crocus-2024", "turkey-syria-quake-2023"];
if (wanted.some((s) => HELD_OUT.has(s))) {
  console.error(`${wanted.join(",")}: held-out stories are not listed`);
  process.exit(2);
}
const data = readStoriesDev(args.includes("--data") ? args[args.indexOf("--data") + 1] : "../shared/data/stories-dev");
const items = data.articles.map((a, i) => ({ articleId: i + 1, analysis: analyze({ text: a.text, title: a.title, outlet: a.outlet, published: a.published, url: a.url }) }));
const fileOf = new Map(items.map((it, i) => [it.analysis.document.id, data.articles[i].file]));
for (const c of clusterStories(items)) {
  const files = c.articleIds.map((id) => data.articles[id - 1]);
  const story = files.find((a) => a.story && wanted.includes(a.story))?.story;
  if (!story || files.some((a) => a.story !== null && HELD_OUT.has(a.story))) continue;
  let n = 0;
  for (const it of differenceItems(compareStory(c.articleIds.map((id) => items[id - 1].analysis)))) {
    console.log(JSON.stringify({
      story, n: ++n, kind: it.kind, title: it.title,
      sides: it.sides.map((side) => side.map((e) => ({ file: fileOf.get(e.docId), outlet: e.outlet, claim: e.span.text, sentence: e.sentence.text.replace(/\s+/g, " ") }))),
    }));
  }
}
