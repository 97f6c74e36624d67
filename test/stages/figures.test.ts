// Table tests for the figures stage: sentence → expected figures
// [text, value, unit substring (or null for no unit), approx, source name (or null)].
// An empty list expects no figure at all (negative cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDocument } from "../../src/document/createDocument.js";
import { segment } from "../../src/document/segment.js";
import { figuresStage } from "../../src/stages/figures/extractFigures.js";
import type { Approx, Figure, Layers, Quote, TimeExpression } from "../../src/types.js";

type Expect = [text: string, value: number, unit: string | null, approx: Approx, source: string | null];
type Row = [sentence: string, expected: Expect[]];

const ROWS: Row[] = [
  // The seed article (published 2024-08-19).
  ["US Secretary of State Antony Blinken held a three-hour meeting on Monday with Israeli Prime Minister Benjamin Netanyahu.", [["three-hour", 3, "hours", "exact", null]]],
  ["The top US diplomat arrived in Israel Sunday evening on his ninth regional visit.", [["ninth", 9, "regional visit", "exact", null]]],
  ["Biden said in May that Israel presented a three-phase deal that would end hostilities in Gaza.", [["three-phase", 3, "phases", "exact", "Biden"]]],
  [
    "The Israeli onslaught has since killed over 40,130 Palestinians, mostly women and children, and injured more than 92,740, according to local health authorities.",
    [
      ["40,130", 40130, "Palestinians killed", "more than", "local health authorities"],
      ["92,740", 92740, "injured", "more than", "local health authorities"],
    ],
  ],
  ["Israel ordered a halt in Rafah, where more than 1 million Palestinians had sought refuge before it was invaded on May 6.", [["1 million", 1_000_000, "Palestinians", "more than", null]]],
  // Number words, scales, currencies, percentages.
  ["The talks lasted two and a half hours.", [["two and a half", 2.5, "hours", "exact", null]]],
  ["A dozen trucks crossed the border.", [["A dozen", 12, "trucks", "exact", null]]],
  ["Hundreds of people gathered in the square.", [["Hundreds", 100, "people", "at least", null]]],
  ["Tens of thousands of people have fled.", [["Tens of thousands", 10_000, "people", "at least", null]]],
  ["Several hundred people attended.", [["Several hundred", 100, "people", "more than", null]]],
  ["The fighting displaced nearly 450,000 civilians.", [["450,000", 450_000, "civilians displaced", "nearly", null]]],
  ["The EU approved $1.5 billion in aid.", [["$1.5 billion", 1_500_000_000, "USD", "exact", null]]],
  // "m." ending a sentence is the scale with the full stop ("$25m."), not a unit.
  ["The company put the cost of the cleanup at $25m.", [["$25m.", 25_000_000, "USD", "exact", "company"]]],
  ["Judge Helen Marsh also fined him £2.5m.", [["£2.5m.", 2_500_000, "GBP", "exact", null]]],
  ["The deal is worth €3.5bn, according to figures from the European Commission.", [["€3.5bn", 3_500_000_000, "EUR", "exact", "European Commission"]]],
  ["Leaders agreed on a 50 billion euros package.", [["50 billion euros", 50_000_000_000, "EUR", "exact", null]]],
  ["Inflation rose 20% last year.", [["20%", 20, "percent", "exact", null]]],
  ["Turnout fell to 20 percent.", [["20 percent", 20, "percent", "exact", null]]],
  ["China imposed 125 per cent tariffs.", [["125 per cent", 125, "percent", "exact", null]]],
  ["The agency said 3.4 million people need aid.", [["3.4 million", 3_400_000, "people", "exact", "agency"]]],
  ["Twenty-five people were evacuated.", [["Twenty-five", 25, "people evacuated", "exact", null]]],
  ["Two-thirds of the buildings were destroyed.", [["Two-thirds", 0.666666666667, "buildings", "exact", null]]],
  ["Almost half of the population has fled.", [["half", 0.5, "population", "nearly", null]]],
  ["About 1.5m people fled, while a one-year extension was agreed.", [["1.5m", 1_500_000, "people", "about", null], ["one-year", 1, "year", "exact", null]]],
  ["Data from the UN Office for the Coordination of Humanitarian Affairs show 85% of Gazans are displaced.", [["85%", 85, "percent", "exact", "UN Office for the Coordination of Humanitarian Affairs"]]],
  // Qualifiers.
  ["About 300 protesters marched on the ministry.", [["300", 300, "protesters", "about", null]]],
  ["At least 12 people were killed in the strike.", [["12", 12, "people killed", "at least", null]]],
  ["Up to 50 trucks are expected daily.", [["50", 50, "trucks", "at most", null]]],
  ["Fewer than 10 families remain in the village.", [["10", 10, "families", "less than", null]]],
  ["Some 5,000 troops were deployed.", [["5,000", 5000, "troops", "about", null]]],
  ["As many as 70 aid trucks were turned back.", [["70", 70, "aid trucks", "at most", null]]],
  ["An estimated 2,000 fighters joined, or 300 more than last year.", [["2,000", 2000, "fighters", "about", null], ["300", 300, null, "exact", null]]],
  ["Police arrested 300 or more demonstrators.", [["300", 300, "demonstrators arrested", "at least", null]]],
  ["More than 5,000+ people signed.", [["5,000+", 5000, "people", "more than", null]]],
  ["At one point, the crowd numbered 40-odd.", [["40-odd", 40, null, "about", null]]],
  // Ranges.
  ["Between 10 and 15 people were detained.", [["10", 10, "people detained", "at least", null], ["15", 15, "people detained", "at most", null]]],
  ["The ceasefire lasted two to three days.", [["two", 2, "days", "at least", null], ["three", 3, "days", "at most", null]]],
  ["Between 1 and 2 million people are displaced.", [["1", 1_000_000, "people displaced", "at least", null], ["2 million", 2_000_000, "people displaced", "at most", null]]],
  ["Some 10-15 boats were seized.", [["10", 10, "boats", "about", null], ["15", 15, "boats", "at most", null]]],
  // Casualties and sources.
  ["Two people were wounded, the army said.", [["Two", 2, "people wounded", "exact", "army"]]],
  ["The ministry said 25 soldiers were arrested.", [["25", 25, "soldiers arrested", "exact", "ministry"]]],
  ["Israel struck 50 targets, the military said.", [["50", 50, "targets", "exact", "military"]]],
  ["The strike killed 20 people and wounded 35.", [["20", 20, "people killed", "exact", null], ["35", 35, "people wounded", "exact", null]]],
  ["The death toll has risen to 1,200, officials said.", [["1,200", 1200, "killed", "exact", "officials"]]],
  ["The war has led to the death of more than 9,000 people, according to a United Nations toll.", [["9,000", 9000, "people killed", "more than", "United Nations"]]],
  ["Seven people were killed and 37 others wounded in the attacks, Lebanon's Ministry of Public Health said.", [["Seven", 7, "people killed", "exact", "Lebanon's Ministry of Public Health"], ["37", 37, "others wounded", "exact", "Lebanon's Ministry of Public Health"]]],
  ["The fighting entered its eighth week as 180 dead were buried.", [["eighth", 8, "week", "exact", null], ["180", 180, "dead", "exact", null]]],
  ["More than 115,000 have sought refuge in neighbouring countries, the International Organization for Migration says.", [["115,000", 115_000, null, "more than", "International Organization for Migration"]]],
  // Sources: passive reports credit no one (or their agent), the innermost credit wins, days are
  // no sources, a closing "according to" phrase holds no claim, agent-only verbs.
  ["At least 70 deaths had already been reported across the province.", [["70", 70, "deaths", "at least", null]]],
  ["Fifty deaths were reported by the health ministry.", [["Fifty", 50, "deaths", "exact", "health ministry"]]],
  ["The death toll is said to have risen to 20,700.", [["20,700", 20700, null, "exact", null]]],
  ["The official death toll from Friday night's attack stood at 140.", [["140", 140, null, "exact", null]]],
  ["According to Reuters, citing the disaster agency, the death toll has increased to 1,121.", [["1,121", 1121, "killed", "exact", "disaster agency"]]],
  ["The tremor shattered windows, according to a witness in Diyarbakir, 350 km to the east.", [["350", 350, "km", "exact", null]]],
  ["Some 430 people died, according to the state news agency, which also reported 1,284 injuries.", [["430", 430, "people dead", "about", "state news agency"], ["1,284", 1284, "injuries", "exact", "state news agency"]]],
  ["The Disaster Management Authority (AFAD) put the magnitude of the quake at 7.4.", [["7.4", 7.4, null, "exact", "Disaster Management Authority"]]],
  ["The death toll has risen to 143. The Investigative Committee of Russia reported.", [["143", 143, "killed", "exact", "Investigative Committee of Russia"]]],
  ["The death toll has risen to 143. Rescuers kept digging.", [["143", 143, "killed", "exact", null]]],
  ["The quake measured 7.8 near the city.", [["7.8", 7.8, null, "exact", null]]],
  ["Other estimates put the death toll at more than 800.", [["800", 800, "killed", "more than", null]]],
  ["Two contractors were detained, the DHA news agency and other media reported.", [["Two", 2, "contractors detained", "exact", "DHA news agency and other media"]]],
  ["The hall suffered damage, with the New York Times reporting losses of over $100 million.", [["$100 million", 100_000_000, "USD", "more than", "New York Times"]]],
  // Hyphenated units and ordinals.
  ["The army sent a 2,000-strong force to the border.", [["2,000-strong", 2000, "force", "exact", null]]],
  ["A 12-year-old boy was among the dead.", [["12-year-old", 12, "years old", "exact", null]]],
  ["The 193-member General Assembly will vote.", [["193-member", 193, "members", "exact", null]]],
  ["Leaders met for a 10-day summit.", [["10-day", 10, "days", "exact", null]]],
  ["It was the first time the two leaders had met.", [["first", 1, "time", "exact", null], ["two", 2, "leaders", "exact", null]]],
  ["Maduro is seeking a third term.", [["third", 3, "term", "exact", null]]],
  ["It is the 21st round of talks.", [["21st", 21, "round", "exact", null]]],
  // Negatives: pronoun "one", identifiers, dates, years, clock times, names, phone numbers.
  ["No one was hurt in the blast.", []],
  ["One of the hostages was released.", []],
  ["He was one of the first to arrive, and one day he will return.", []],
  ["The council adopted Resolution 2334 in 2016.", []],
  ["COVID-19 cases rose in the G7 countries.", []],
  ["The crisis began in the 1990s.", []],
  ["For details call 202-555-0143 or see Page 2.", []],
  ["The summit opened on 11 and 12 July in Vilnius.", []],
  ["He will meet them at 10 a.m. on Oct. 7, 2023.", []],
  ["Russia has deployed Su-25 jets and F-16s were promised.", []],
  ["The Group of Seven met during the Second World War anniversary.", []],
  // A dateline's dash opens the sentence: the capitalised number word after it is a count.
  ["BRANNOCK \u2014 Eight people died when a blast ripped through the plant.", [["Eight", 8, "people dead", "exact", null]]],
  ["The Big Eight - Seven of them met.", []],
  ["The plan is consistent with the principles set out by US President Joe Biden on May 31.", []],
  ["Article 51 of the UN Charter and Chapter 7 were cited.", []],
  ["The talks were one-on-one, a one-off event.", []],
  ["The 7th Fleet sailed on the 7th of October.", []],
  ["The 2015 nuclear deal was abandoned in 2018.", []],
  ["Read more: Iran starts enriching uranium. 2 min read", []],
];

const CTX = { report() {} };

function run(text: string, extra: Partial<Pick<Layers, "quotes" | "times">> = {}): Figure[] {
  const doc = createDocument({ text, published: "2024-08-19" });
  const layers: Layers = { ...segment(text), entities: [], quotes: [], times: [], figures: [], ...extra };
  return figuresStage.run(doc, layers, CTX).figures;
}

function checkInvariants(text: string, figures: Figure[]): void {
  let prevEnd = -1;
  for (const f of figures) {
    assert.equal(f.text, text.slice(f.start, f.end), `span text for ${JSON.stringify(f.text)}`);
    assert.ok(f.start >= prevEnd, `figures sorted and not overlapping at ${f.start}`);
    assert.ok(Number.isFinite(f.value), `finite value for ${JSON.stringify(f.text)}`);
    assert.ok(f.confidence > 0 && f.confidence <= 1);
    prevEnd = f.end;
  }
}

test("figures table has at least 40 rows", () => {
  assert.ok(ROWS.length >= 40, `only ${ROWS.length} rows`);
});

for (const [sentence, expected] of ROWS) {
  test(`figures: ${sentence}`, () => {
    const figures = run(sentence);
    checkInvariants(sentence, figures);
    const got = figures.map((f) => `${f.text}=${f.value}`);
    assert.equal(figures.length, expected.length, `expected ${expected.length} figure(s), got ${JSON.stringify(got)}`);
    expected.forEach(([text, value, unit, approx, source], k) => {
      const f = figures[k];
      assert.equal(f.text, text);
      assert.ok(Math.abs(f.value - value) < 1e-9, `value of ${text}: ${f.value} vs ${value}`);
      if (unit === null) assert.equal(f.unit, null, `unit of ${text}`);
      else assert.ok(f.unit !== null && f.unit.includes(unit), `unit of ${text}: ${JSON.stringify(f.unit)} should contain ${JSON.stringify(unit)}`);
      assert.equal(f.approx, approx, `approx of ${text}`);
      assert.equal(f.source?.name ?? null, source, `source of ${text}`);
    });
  });
}

test("figures: ordinals are marked and cardinals are not", () => {
  const [ninth] = run("He is on his ninth regional visit.");
  assert.equal(ninth.ordinal, true);
  const [count] = run("He met 12 officials.");
  assert.equal(count.ordinal, undefined);
});

test("figures: the source span points at the credited words", () => {
  const text = "The Israeli onslaught has since killed over 40,130 Palestinians, mostly women and children, and injured more than 92,740, according to local health authorities.";
  const figures = run(text);
  for (const f of figures) {
    const span = f.source?.span;
    assert.ok(span, "source span");
    assert.equal(span.text, "local health authorities");
    assert.equal(text.slice(span.start, span.end), span.text);
    assert.equal(f.source?.quote, null);
  }
});

test("figures: a number inside a date is skipped, a counted duration is kept", () => {
  const text = "More than 10 months into the war, on May 6, Blinken held a three-hour meeting.";
  const time = (s: string, type: TimeExpression["type"], value: string): TimeExpression => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s, type, value, anchor: "none", method: "test", confidence: 1 };
  };
  const times = [time("More than 10 months", "DURATION", "P10M"), time("May 6", "DATE", "2024-05-06"), time("three-hour", "DURATION", "PT3H")];
  const figures = run(text, { times });
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [["10", 10, "months"], ["three-hour", 3, "hours"]]);
  assert.equal(figures[0].approx, "more than");
  // Without a times layer, the day of the month is still not a figure.
  const plain = run(text);
  assert.deepEqual(plain.map((f) => f.text), ["10", "three-hour"]);
});

test("figures: a quote containing the figure is its source", () => {
  const text = "The ministry said that 40,130 people have been killed since October.";
  const contentStart = text.indexOf("40,130");
  const speakerStart = text.indexOf("The ministry");
  const quote: Quote = {
    id: "q7",
    type: "indirect",
    speaker: { entity: "e3", name: "Gaza Health Ministry", mention: { start: speakerStart, end: speakerStart + 12, text: "The ministry" } },
    cue: { start: text.indexOf("said"), end: text.indexOf("said") + 4, text: "said" },
    content: { start: contentStart, end: text.length - 1, text: text.slice(contentStart, text.length - 1) },
    continues: null,
    method: "test",
    confidence: 1,
  };
  const [f] = run(text, { quotes: [quote] });
  assert.equal(f.value, 40130);
  assert.equal(f.unit, "people killed");
  assert.deepEqual(f.source, { quote: "q7", name: "Gaza Health Ministry", entity: "e3", span: quote.speaker!.mention });
});

test("figures: a quote without a speaker keeps the sentence's credit", () => {
  const text = "Israel has killed over 40,130 Palestinians, according to local health authorities.";
  const cs = text.indexOf("Israel");
  const ce = text.indexOf(", according");
  const quote: Quote = {
    id: "q1", type: "indirect", speaker: null, cue: null,
    content: { start: cs, end: ce, text: text.slice(cs, ce) }, continues: null, method: "test", confidence: 0.5,
  };
  const [f] = run(text, { quotes: [quote] });
  assert.equal(f.source?.quote, "q1");
  assert.equal(f.source?.name, "local health authorities");
});

test("figures: a figure outside every quote falls back to the sentence credit", () => {
  const text = "“We are ready,” he said. Over 300 trucks entered, the UN said.";
  const quote: Quote = {
    id: "q1", type: "direct", speaker: { entity: null, name: "Ana Lima", mention: null }, cue: null,
    content: { start: 1, end: 13, text: text.slice(1, 13) }, continues: null, method: "test", confidence: 1,
  };
  const [f] = run(text, { quotes: [quote] });
  assert.equal(f.text, "300");
  assert.deepEqual([f.source?.quote, f.source?.name], [null, "UN"]);
});

/** A quote over `content` (a substring of `text`) credited to `name` at `speaker` (a substring). */
function quoteOver(text: string, content: string, name: string, speaker: string): Quote {
  const cs = text.indexOf(content);
  const ss = text.indexOf(speaker);
  return {
    id: "q1", type: "indirect", speaker: { entity: null, name, mention: { start: ss, end: ss + speaker.length, text: speaker } }, cue: null,
    content: { start: cs, end: cs + content.length, text: content }, continues: null, method: "test", confidence: 1,
  };
}

test("figures: data words are no speakers (a quote credited to 'the latest data' credits no one)", () => {
  const text = "The current death toll is 144, according to the latest data.";
  const [f] = run(text, { quotes: [quoteOver(text, "The current death toll is 144", "latest data", "latest data")] });
  assert.equal(f.text, "144");
  assert.equal(f.source, null);
  // a named source in the same position is kept
  const named = "The current death toll is 144, according to the health ministry.";
  const [g] = run(named, { quotes: [quoteOver(named, "The current death toll is 144", "health ministry", "health ministry")] });
  assert.equal(g.source?.name, "health ministry");
});

test("figures: the innermost credit inside a quote wins (citing X, with X confirming)", () => {
  const text = "State media reported that 371 people were killed, citing a senior health official.";
  const [f] = run(text, { quotes: [quoteOver(text, "371 people were killed, citing a senior health official", "State media", "State media")] });
  assert.deepEqual([f.text, f.source?.name, f.source?.quote], ["371", "senior health official", null]);
  const t2 = "Most died in Turkey, with President Erdogan confirming more than 16,500 deaths, according to CBS News.";
  const [g] = run(t2, { quotes: [quoteOver(t2, "Most died in Turkey, with President Erdogan confirming more than 16,500 deaths", "CBS News", "CBS News")] });
  assert.equal(g.source?.name, "President Erdogan");
  // without an inner credit the quote's speaker stays
  const t3 = "State media reported that 371 people were killed in the north.";
  const [h] = run(t3, { quotes: [quoteOver(t3, "371 people were killed in the north", "State media", "State media")] });
  assert.equal(h.source?.name, "State media");
});

// ../shared/data relative to the repository, as in CI
const DEV_DIR = fileURLToPath(new URL("../../../shared/data/news-dev/articles", import.meta.url));

test("figures: spans and values over the news-dev articles", (t) => {
  if (!existsSync(DEV_DIR)) {
    t.skip(`news-dev data not found at ${DEV_DIR} (../shared/data relative to the repo); skipping`);
    return;
  }
  const files = readdirSync(DEV_DIR).filter((f) => f.endsWith(".json")).sort();
  assert.ok(files.length > 0, "dev articles present");
  let total = 0;
  for (const file of files) {
    const article = JSON.parse(readFileSync(join(DEV_DIR, file), "utf8")) as { text: string; published?: string | null };
    const doc = createDocument({ text: article.text, published: article.published ?? null });
    const layers: Layers = { ...segment(doc.text), entities: [], quotes: [], times: [], figures: [] };
    const figures = figuresStage.run(doc, layers, CTX).figures;
    checkInvariants(doc.text, figures);
    for (const f of figures) {
      if (f.source?.span) assert.equal(f.source.span.text, doc.text.slice(f.source.span.start, f.source.span.end), `${file}: source span`);
    }
    total += figures.length;
  }
  assert.ok(total > 0, "some figures found in the dev set");
});
