import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evalNewsDevStories, hasNewsDev } from "../../src/eval/stories/evalNewsDevStories.js";
import { newsDevGold, readTopicTable } from "../../src/eval/stories/readTopicTable.js";

const dataDir = fileURLToPath(new URL("../../../shared/data", import.meta.url));
const skip = hasNewsDev(dataDir) ? false : `news-dev not found under ${dataDir}`;

test("readTopicTable: ranges, comma lists, en dashes", () => {
  const md = "| topic | files |\n| --- | --- |\n| Talks | 001–003 |\n| Votes | 004-005, 009 |\n| NATO | 010 |\n";
  const t = readTopicTable(md);
  assert.deepEqual([...t.entries()], [
    ["001", "Talks"], ["002", "Talks"], ["003", "Talks"], ["004", "Votes"], ["005", "Votes"], ["009", "Votes"], ["010", "NATO"],
  ]);
});

test("news-dev gold: the Elections row is three distinct events", { skip }, () => {
  const gold = newsDevGold(readFileSync(`${dataDir}/news-dev/README.md`, "utf8"));
  assert.equal(gold.size, 34);
  assert.notEqual(gold.get("021"), gold.get("022"));
  assert.notEqual(gold.get("022"), gold.get("027"));
  assert.equal(gold.get("027"), gold.get("028"));
  assert.equal(gold.get("001"), gold.get("003"));
  // The split is about those files' texts: check they are what the split says.
  const text = (n: string) => (JSON.parse(readFileSync(`${dataDir}/news-dev/articles/${n}.json`, "utf8")) as { text: string }).text;
  assert.match(text("021"), /Angola/);
  assert.match(text("022"), /Ekiti/);
  assert.match(text("027"), /Venezuela/);
  assert.match(text("028"), /Venezuela/);
});

// The README topics are broader than events: "EU summits on Ukraine aid (Dec 2023 / Feb 2024)" is
// two summits, "Sudan talks in Jeddah" has rounds in May and October 2023, "Iran nuclear talks"
// rounds in April and December 2021. dossier's stories are events (stories-dev is the event-level
// gold): no story may mix topics, and a topic's rounds months apart are separate stories.
test("news-dev stories: no story mixes two README topics; rounds months apart are separate stories", { skip }, () => {
  const r = evalNewsDevStories(dataDir);
  const show = r.clusters.map((c) => `${c.id}: [${c.articleIds.join(",")}] ${c.label}`).join("\n");
  assert.equal(r.articles, 34);
  assert.ok(r.scores.pairwise.precision >= 0.95, `pairwise precision ${r.scores.pairwise.precision}\n${show}`);
  assert.ok(r.scores.pairwise.recall >= 0.5, `pairwise recall ${r.scores.pairwise.recall}\n${show}`);
  const storyOf = (n: number) => r.clusters.find((c) => c.articleIds.includes(n))!.id;
  assert.notEqual(storyOf(17), storyOf(19), `Feb 2024 and Dec 2023 EU summits\n${show}`);
  assert.notEqual(storyOf(6), storyOf(7), `Jeddah talks in May and October 2023\n${show}`);
  assert.equal(storyOf(17), storyOf(20), `the Feb 2024 summit's reports\n${show}`);
  // Every story is labelled, and dates and outlets come from the members.
  for (const c of r.clusters) {
    assert.ok(c.label.length > 0);
    if (c.first && c.last) assert.ok(c.first <= c.last);
  }
});
