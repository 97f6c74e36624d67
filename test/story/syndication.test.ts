import { test } from "node:test";
import assert from "node:assert/strict";
import { findSyndication } from "../../src/story/syndication/syndication.js";
import { diffReprint, sentenceSpans } from "../../src/story/syndication/diff.js";
import { createMinHasher, estimateJaccard, jaccard, lshCandidates, wordShingles } from "../../src/story/syndication/minhash.js";

// An invented wire story (fictional places and people) and three edited reprints.
const WIRE = [
  "Delegations from Norland and Vesteria agreed on Tuesday to reopen the Kessel border crossing after three days of talks in the lakeside town of Arvik, officials said.",
  "The agreement allows up to 400 trucks a day to cross in each direction and sets up a joint commission to settle customs disputes within 30 days.",
  "\u201cThis is a first step, not the end of the road,\u201d Norland's foreign minister Ilse Varga told reporters after the signing ceremony.",
  "Vesteria's chief negotiator, Tomas Brel, said his government would lift the export ban on grain by the end of the month if the crossing stayed open.",
  "The crossing was closed in March after a dispute over transit fees, stranding hundreds of drivers and cutting trade between the two neighbours by almost half.",
  "Business groups on both sides welcomed the deal but warned that delays at the border would take weeks to clear.",
  "The two delegations are due to meet again in Arvik next month to discuss rail links and the shared use of the Kessel river port.",
  "Observers from the regional trade bloc, who mediated the talks, said they would monitor the reopening and report to member states in the autumn.",
].join(" ");

// 1: a headline line added and one word changed ("Tuesday" → "Wednesday").
const REPRINT_HEADLINE = "Norland and Vesteria reopen Kessel crossing\n" + WIRE.replace("on Tuesday", "on Wednesday");
// 2: the last paragraph dropped (a shorter cut).
const REPRINT_CUT = WIRE.replace(/ Observers from the regional trade bloc.*$/, "");
// 3: a local sentence added in the middle and "neighbours" spelled "neighbors".
const REPRINT_LOCAL = WIRE.replace(
  "Business groups on both sides",
  "Truck drivers in the border town of Lessa said they had waited for more than a week. Business groups on both sides",
).replace("neighbours", "neighbors");
// Same events, written independently: not a reprint.
const OTHER = "Norland and Vesteria will reopen the Kessel border crossing, ending a closure that began in March. " +
  "Negotiators meeting in Arvik settled a row over transit fees, according to a statement from the regional trade bloc, " +
  "which hosted the talks. Grain exporters in Vesteria expect the ban on shipments to be lifted within weeks, " +
  "while hauliers say queues on the Norland side stretch for several kilometres.";

const docs = [
  { articleId: 1, text: WIRE, outlet: "Wire Service", published: "2031-04-08" },
  { articleId: 2, text: REPRINT_HEADLINE, outlet: "Daily Norland", published: "2031-04-09" },
  { articleId: 3, text: REPRINT_CUT, outlet: "Vesteria Post", published: "2031-04-08" },
  { articleId: 4, text: REPRINT_LOCAL, outlet: "Lessa Courier", published: "2031-04-10" },
  { articleId: 5, text: OTHER, outlet: "Independent Review", published: "2031-04-08" },
];

test("minhash: the signature estimate tracks exact Jaccard; the hash family is fixed", () => {
  const h = createMinHasher(128);
  const a = wordShingles(WIRE);
  const b = wordShingles(REPRINT_CUT);
  const exact = jaccard(a, b);
  assert.ok(Math.abs(estimateJaccard(h.signature(a), h.signature(b)) - exact) < 0.15);
  assert.deepEqual(h.signature(a), createMinHasher(128).signature(a));
  assert.equal(estimateJaccard(h.signature(a), h.signature(a)), 1);
  // Unrelated text: low estimate, and no LSH candidate pair.
  const o = h.signature(wordShingles(OTHER));
  assert.ok(estimateJaccard(h.signature(a), o) < 0.2);
  assert.deepEqual(lshCandidates([h.signature(a), o]), []);
});

test("findSyndication: one source, three reprints; an independent article stays out", () => {
  const groups = findSyndication(docs);
  assert.equal(groups.length, 1);
  const g = groups[0];
  assert.deepEqual(g.articleIds, [1, 2, 3, 4]);
  // Earliest published, then longest: the full wire copy (3 is the same day but shorter).
  assert.equal(g.sourceArticleId, 1);
  assert.deepEqual(g.outlets, ["Daily Norland", "Lessa Courier", "Vesteria Post", "Wire Service"]);
  assert.deepEqual(g.reprints.map((r) => r.articleId), [2, 3, 4]);
  for (const r of g.reprints) assert.ok(r.jaccard >= 0.8 && r.jaccard < 1, `${r.articleId}: ${r.jaccard}`);
});

test("diffReprint: what each reprint changed", () => {
  const [g] = findSyndication(docs);
  const by = new Map(g.reprints.map((r) => [r.articleId, r.diff]));

  const headline = by.get(2)!;
  assert.deepEqual(headline.addedSentences.map((s) => s.text), ["Norland and Vesteria reopen Kessel crossing"]);
  assert.equal(headline.removedSentences.length, 0);
  assert.equal(headline.changedSentences.length, 1);
  assert.deepEqual(headline.changedSentences[0].removedWords.map((w) => w.text), ["Tuesday"]);
  assert.deepEqual(headline.changedSentences[0].addedWords.map((w) => w.text), ["Wednesday"]);
  // Spans point into the right texts.
  const c = headline.changedSentences[0];
  assert.equal(WIRE.slice(c.removedWords[0].start, c.removedWords[0].end), "Tuesday");
  assert.equal(REPRINT_HEADLINE.slice(c.addedWords[0].start, c.addedWords[0].end), "Wednesday");

  const cut = by.get(3)!;
  assert.equal(cut.addedSentences.length, 0);
  assert.equal(cut.changedSentences.length, 0);
  assert.equal(cut.removedSentences.length, 1);
  assert.match(cut.removedSentences[0].text, /^Observers from the regional trade bloc/);
  assert.equal(WIRE.slice(cut.removedSentences[0].start, cut.removedSentences[0].end), cut.removedSentences[0].text);

  const local = by.get(4)!;
  assert.deepEqual(local.addedSentences.map((s) => s.text), ["Truck drivers in the border town of Lessa said they had waited for more than a week."]);
  assert.equal(local.removedSentences.length, 0);
  assert.equal(local.changedSentences.length, 1);
  assert.deepEqual(local.changedSentences[0].removedWords.map((w) => w.text), ["neighbours"]);
  assert.deepEqual(local.changedSentences[0].addedWords.map((w) => w.text), ["neighbors"]);
  assert.match(local.summary, /\+1 sentence/);
  assert.match(local.summary, /1 edited/);
});

test("diffReprint: identical copies; case and curly quotes are not changes", () => {
  assert.equal(diffReprint(WIRE, WIRE).summary, "identical");
  assert.equal(diffReprint("\u201cIt is done,\u201d she said. Talks end.", "\"It is done,\" she said. Talks end.").summary, "identical");
});

test("sentenceSpans: offsets into the text", () => {
  const t = "First one. \u201cSecond,\u201d he said. Third!\nFourth";
  const s = sentenceSpans(t);
  assert.deepEqual(s.map((x) => x.text), ["First one.", "\u201cSecond,\u201d he said.", "Third!", "Fourth"]);
  for (const x of s) assert.equal(t.slice(x.start, x.end), x.text);
});
