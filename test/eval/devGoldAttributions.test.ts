// The news-dev quote gold as PolNeAR-style training attributions (src/eval/devGoldAttributions.ts):
// the cue and source located near the content, PolNeAR's content convention, continuations as
// fragments, and the quotes that cannot be located.
import { test } from "node:test";
import assert from "node:assert/strict";
import { devGoldAttributions } from "../../src/eval/devGoldAttributions.js";
import type { GoldQuote } from "../../src/eval/devGold.js";

function gold(text: string, speaker: string, cue: string | null, content: string, aliases: string[] = []): GoldQuote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, content);
  return { speaker, speakerAliases: aliases, cue, type: "indirect", content: { start, end: start + content.length, head: content.split(" ").slice(0, 6).join(" ") } };
}

const show = (text: string, quotes: GoldQuote[]) => {
  const r = devGoldAttributions(text, quotes);
  const s = (x: { start: number; end: number } | null) => (x ? text.slice(x.start, x.end) : null);
  return { rows: r.attributions.map((a) => [s(a.source), s(a.cue), a.content.fragments.map(s)]), unlocated: r.unlocated };
};

const cases: Array<{ name: string; text: string; quotes: (t: string) => GoldQuote[]; rows: Array<[string | null, string, string[]]>; unlocated?: number }> = [
  {
    name: "an indirect quote: the NP of the speaker's name, the nearest cue, 'that' in the content",
    text: "Separately, the Sudanese army says that the talks will resume on Monday.",
    quotes: (t) => [gold(t, "Sudanese army", "says", "the talks will resume on Monday")],
    rows: [["the Sudanese army", "says", ["that the talks will resume on Monday"]]],
  },
  {
    name: "a direct quote with a pronoun after the cue and its continuation as a second fragment",
    text: "Talks stalled. “We will not give up,” said he. “Never.” Another topic followed.",
    quotes: (t) => [gold(t, "Ali Khan", "said", "We will not give up,"), gold(t, "Ali Khan", null, "Never.")],
    rows: [["he", "said", ["“We will not give up,”", "“Never.”"]]],
  },
  {
    name: "a speaker found by a word of the name (surname) and an alias",
    text: "Mr Michel tweeted that a deal was done. The IOM says 115,000 have fled.",
    quotes: (t) => [gold(t, "Charles Michel", "tweeted", "a deal was done"), gold(t, "International Organization for Migration", "says", "115,000 have fled", ["IOM"])],
    rows: [["Mr Michel", "tweeted", ["that a deal was done"]], ["The IOM", "says", ["115,000 have fled"]]],
  },
];

for (const c of cases) {
  test(`dev gold as attributions: ${c.name}`, () => {
    const r = show(c.text, c.quotes(c.text));
    assert.deepEqual(r.rows, c.rows);
    assert.equal(r.unlocated, c.unlocated ?? 0);
  });
}

test("dev gold as attributions: negatives — a cue not in the text, or only inside the content, is unlocated; an unnamed speaker has no source", () => {
  const text = "The minister said the council said nothing. Later the plan was announced.";
  assert.deepEqual(show(text, [gold(text, "minister", "declared", "the council said nothing")]), { rows: [], unlocated: 1 });
  // ("said" inside the content is not its cue; the one before it is)
  assert.deepEqual(show(text, [gold(text, "minister", "said", "the council said nothing")]).rows, [["The minister", "said", ["the council said nothing"]]]);
  const passive = "Later it was announced that the plan had failed.";
  const r = devGoldAttributions(passive, [gold(passive, "Government of Ruritania", "announced", "the plan had failed")]);
  assert.equal(r.attributions[0].source, null);
  assert.equal(r.attributions[0].sourceFound, false);
});
