import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { clusterStories, storyAssignmentsOf } from "../../src/story/cluster/clusterStories.js";
import { contentWords, normalizeEntityName } from "../../src/story/cluster/featuresText.js";
import { articleFeatures } from "../../src/story/cluster/features.js";
import { dateFactor } from "../../src/story/cluster/similarity.js";
import type { StoryItem } from "../../src/story/StoryCluster.js";
import { ARTICLES } from "./clusterFixtures.js";

const analyses = new Map(ARTICLES.map((a) => [a.id, analyze({ text: a.text, outlet: a.outlet, published: a.published })]));
const item = (id: number): StoryItem => ({ articleId: id, analysis: analyses.get(id)! });
const storyOf = (id: number) => ARTICLES.find((a) => a.id === id)!.story;

/** The partition as sorted lists of gold story names, e.g. [["port","port"], …]. */
function partition(clusters: { articleIds: number[] }[]): string[][] {
  return clusters.map((c) => c.articleIds.map(storyOf)).sort();
}

test("normalizeEntityName: case, diacritics, al-/el-, honorifics, possessives", () => {
  const table: [string, string][] = [
    ["Recep Tayyip Erdoğan", "recep tayyip erdogan"],
    ["Mohammed al-Sudani", "mohammed sudani"],
    ["Abdel Fattah el-Sisi", "abdel fattah sisi"],
    ["President Joe Biden", "joe biden"],
    ["Mr. Blinken", "blinken"],
    ["Dr Tedros", "tedros"],
    ["Hamas's", "hamas"],
    ["Türkiye", "turkiye"],
    ["President", "president"],
  ];
  for (const [input, want] of table) assert.equal(normalizeEntityName(input), want, input);
});

test("contentWords: stop words out, plurals folded, diacritics folded", () => {
  assert.deepEqual(contentWords("The talks said on Monday: Talks, talk, négociations! 2024 ceasefires"), [
    "talk", "talk", "talk", "negociation", "ceasefire",
  ]);
});

test("articleFeatures: entities, quotes, figures and day from an analysis", () => {
  const f = articleFeatures(1, analyses.get(1)!);
  assert.equal(f.published, "2031-03-02");
  assert.ok(f.day !== null);
  assert.ok(f.entities.has("agnes dunmore"), [...f.entities.keys()].join(", "));
  assert.ok(f.figures.has("2400"), [...f.figures].join(", "));
  assert.ok(f.quotes.some((q) => q.includes("we will stay")), JSON.stringify(f.quotes));
});

test("dateFactor: neutral for unknown dates, 1 within the grace period, small months apart", () => {
  assert.equal(dateFactor(null, 100), 1);
  assert.equal(dateFactor(100, 102), 1);
  assert.ok(dateFactor(100, 110) < 0.5);
  assert.ok(dateFactor(100, 200) <= 0.11);
});

test("clusterStories: three events, two reports each", () => {
  const clusters = clusterStories(ARTICLES.map((a) => item(a.id)));
  assert.deepEqual(partition(clusters), [["election", "election"], ["port", "port"], ["vaccine", "vaccine"]]);
  assert.deepEqual(clusters.map((c) => c.id), [1, 2, 3]);
  const port = clusters.find((c) => c.articleIds.includes(1))!;
  assert.deepEqual(port.outlets, ["Coastal Daily", "Harbour Times"]);
  assert.equal(port.first, "2031-03-02");
  assert.equal(port.last, "2031-03-03");
  assert.match(port.label, /Marlow/);
});

test("clusterStories: deterministic whatever the input order", () => {
  const a = clusterStories(ARTICLES.map((x) => item(x.id)));
  const b = clusterStories([6, 3, 1, 5, 2, 4].map(item));
  assert.deepEqual(a, b);
});

test("clusterStories: incremental — old articles keep their ids, new ones join or start max+1", () => {
  const first = clusterStories([1, 3, 5].map(item));
  assert.equal(first.length, 3);
  // Pretend the store had renumbered them: ids 7, 3, 12.
  const previous = [
    { articleId: 1, storyId: 7 },
    { articleId: 3, storyId: 3 },
    { articleId: 5, storyId: 12 },
  ];
  const next = clusterStories(ARTICLES.map((a) => item(a.id)), previous);
  const idOf = (article: number) => next.find((c) => c.articleIds.includes(article))!.id;
  assert.equal(idOf(1), 7);
  assert.equal(idOf(2), 7);
  assert.equal(idOf(3), 3);
  assert.equal(idOf(4), 3);
  assert.equal(idOf(5), 12);
  assert.equal(idOf(6), 12);
  // A brand-new event starts story max(known ids) + 1, even if the old max story is not in the input.
  const later = clusterStories([1, 2, 3].map(item), [...storyAssignmentsOf(next), { articleId: 99, storyId: 40 }]);
  assert.deepEqual(later.map((c) => c.id), [3, 7]);
  const withNew = clusterStories([1, 5].map(item), [{ articleId: 1, storyId: 40 }]);
  assert.deepEqual(withNew.map((c) => [c.id, c.articleIds]), [[40, [1]], [41, [5]]]);
});

test("clusterStories: the same report months later is a different story", () => {
  const again = { ...ARTICLES[1], id: 7, published: "2031-09-15" };
  const it: StoryItem = { articleId: 7, analysis: analyze({ text: again.text, outlet: again.outlet, published: again.published }) };
  const clusters = clusterStories([item(1), item(2), it]);
  assert.deepEqual(clusters.map((c) => c.articleIds), [[1, 2], [7]]);
  // With an unknown date it is neutral and joins.
  const undated: StoryItem = { articleId: 8, analysis: analyze({ text: again.text, outlet: again.outlet }) };
  assert.deepEqual(clusterStories([item(1), item(2), undated]).map((c) => c.articleIds), [[1, 2, 8]]);
});
