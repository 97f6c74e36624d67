import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import { storyCounts, storyCountsLine, withCopies } from "../../src/story/report/storyCounts.js";
import { copyAnalysis } from "../../src/store/copyAnalysis.js";

// "N articles, N outlets, K independent sources": exact copies of a text (wire copy stored from
// other outlets) add outlets, not independent sources; they are left out of the comparison.
const wire = analyze({
  title: "Ferry strike halts crossings",
  outlet: "Island Post",
  published: "2025-06-03",
  text: "Ferry strike halts crossings\nCrews of the Gull Island ferry walked out on Tuesday, halting all crossings for 48 hours, the operator Tidewater Lines said.\n\u201CWe cannot run a single boat,\u201D spokeswoman Mara Quinn said.",
});
const other = analyze({
  title: "Islanders stranded",
  outlet: "Harbour Gazette",
  published: "2025-06-03",
  text: "Islanders stranded\nAbout 3,000 residents of Gull Island were stranded on Tuesday after ferry crews went on strike, the island council said.\nTidewater Lines said talks would resume on Thursday.",
});

test("withCopies: a repeated text becomes a copy of its source: outlets count, sources do not", () => {
  const coast = copyAnalysis(wire, { title: "Strike stops Gull Island ferries", outlet: "Coast Wire", published: "2025-06-03", url: null });
  const bay = copyAnalysis(wire, { title: null, outlet: "Bay Courier", published: "2025-06-04", url: null });
  const analyses = [wire, other, coast, bay];
  const r = withCopies(compareStory(analyses), analyses);
  assert.deepEqual(r.sources.map((s) => s.outlet), ["Island Post", "Harbour Gazette"]);
  assert.deepEqual(r.copies?.map((c) => [c.outlet, c.docId === wire.document.id, c.group === r.sources[0].group]), [["Coast Wire", true, true], ["Bay Courier", true, true]]);
  assert.deepEqual(storyCounts(r), { articles: 4, outlets: 4, independentSources: 2 });
  assert.equal(storyCountsLine(r), "4 articles, 4 outlets, 2 independent sources");
});

test("withCopies: no repeated text, no copies field; one outlet with two texts counts once", () => {
  const second = analyze({ title: other.document.title, published: other.document.published, outlet: "Island Post", text: other.document.text + "\nThe council met on Wednesday." });
  const analyses = [wire, second];
  const r = withCopies(compareStory(analyses), analyses);
  assert.equal(r.copies, undefined);
  assert.equal(storyCountsLine(r), "2 articles, 1 outlet, 2 independent sources");
});
