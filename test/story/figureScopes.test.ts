import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { compareStory } from "../../src/story/compareStory.js";
import { figureScope } from "../../src/story/claims/figureScope.js";
import { prepareDocs } from "../../src/story/compare/docs.js";
import type { FigureTimeline } from "../../src/story/StoryReport.js";
import type { FigureClaim } from "../../src/story/claims/types.js";

const art = (text: string, published: string | null, outlet: string) => analyze({ text, published, outlet });
const values = (t: FigureTimeline | undefined) => t?.entries.map((e) => `${e.approx === "exact" ? "" : e.approx + " "}${e.value}`);
const show = (r: ReturnType<typeof compareStory>) => JSON.stringify(r.figureTimelines.map((x) => [x.quantity, x.scope, values(x)]));
const find = (r: ReturnType<typeof compareStory>, q: string, scope: string | null = null) => r.figureTimelines.find((t) => t.quantity === q && t.scope === scope);
/** Every figure claim of the story's articles: "quantity [scope] value". */
const claims = (texts: string[]) =>
  prepareDocs(texts.map((t, i) => art(t, "2031-02-06", `O${i}`))).flatMap((d) => d.claims.figures.map((c) => `${c.quantity} [${c.scope ?? ""}] ${c.value}`));

test("figureScope: held areas named by a phrase, a country in the possessive, named places", () => {
  const table: [string, string[], string | null][] = [
    ["at least 461 people have died and 1,326 have been injured in areas under government control", [], "(government-held areas)"],
    ["811 have been injured in the parts of northwestern syria that the government does not control", [], "Syria (opposition-held areas)"],
    ["at least 450 people dead and 1,000 more injured in areas controlled by the opposition", [], "(opposition-held areas)"],
    ["according to syria's health ministry more than 326 people have died", [], "Syria"],
    ["80 people were killed in gaziantep", ["Gaziantep"], "(Gaziantep)"],
    ["140 buildings collapsed in turkey's malatya province", ["Malatya"], "Turkey (Malatya)"],
    ["11 dead in northwestern syrian town alone", [], "Syria (one locality)"],
    // Negative: a government that controls something else names no area.
    ["the government said 300 people had died", [], null],
  ];
  for (const [clause, places, want] of table) assert.equal(figureScope(clause.split(" "), places), want, clause);
});

test("scope: a city named in the figure's clause makes the count that city's; a place near which the quake struck does not", () => {
  const got = claims([
    "At least 70 deaths had already been reported across Malatya, officials said.",
    "The quake killed 80 people in Gaziantep, the governor said.",
    "The quake, which struck near Gaziantep, killed more than 1,000 people.",
    "A quake 33 kilometres from Gaziantep killed at least 1,200 people.",
  ]);
  assert.ok(got.includes("deaths [(Malatya)] 70"), got.join("; "));
  assert.ok(got.includes("deaths [(Gaziantep)] 80"), got.join("; "));
  assert.ok(got.includes("deaths [] 1000"), got.join("; "));
  assert.ok(got.includes("deaths [] 1200"), got.join("; "));
});

test("scope: a list of provinces is one scope; the same exact value elsewhere, and the sentence's other counts, take it", () => {
  const got = claims([
    "The Syrian health ministry said 371 people had died in the provinces of Aleppo, Latakia, Hama and Tartus.",
    "Syrian state media reported that at least 371 people were killed and 1,089 were injured.",
    "The quake killed 1,602 people, officials said.",
  ]);
  const scope = "Syria (Aleppo, Hama, Latakia, Tartus)";
  assert.ok(got.includes(`deaths [${scope}] 371`), got.join("; "));
  assert.equal(got.filter((g) => g === `deaths [${scope}] 371`).length, 2, got.join("; "));
  assert.ok(got.includes(`injuries [${scope}] 1089`), got.join("; "));
  // Negative: another value takes no place.
  assert.ok(got.includes("deaths [] 1602"), got.join("; "));
});

test("scope: two values of one quantity in a sentence are two places', not one shared scope", () => {
  const got = claims([
    "At least 70 deaths had been reported across Kahramanmaras, while the national toll rose to 1,500.",
    "The quake killed 2,000 people.",
  ]);
  assert.ok(got.includes("deaths [(Kahramanmaras)] 70"), got.join("; "));
  assert.ok(got.includes("deaths [] 1500"), got.join("; "));
});

test("timeline: town and province tolls stay out of the story's toll; the place where the whole story happened splits nothing", () => {
  const r = compareStory([
    art("At least 70 deaths had been reported across Malatya. The quake killed more than 1,000 people.", "2031-02-06", "A"),
    art("The quake killed 80 people in Gaziantep. The overall death toll rose to 2,300.", "2031-02-07", "B"),
  ]);
  assert.deepEqual(values(find(r, "deaths")), ["more than 1000", "2300"], show(r));
  const crocus = compareStory([
    art("Gunmen killed at least 40 people at a concert hall in Krasnogorsk on Friday.", "2031-03-22", "A"),
    art("The death toll in Krasnogorsk rose to 133, investigators said.", "2031-03-24", "B"),
    art("At least 60 people were killed in the attack on the concert hall in Krasnogorsk.", "2031-03-23", "C"),
  ]);
  assert.deepEqual(values(find(crocus, "deaths")), ["at least 40", "at least 60", "133"], show(crocus));
});

test("figure claims: “I built 44 buildings” is the speaker's own count; “I think 40 died” and “we counted 44” are reported counts", () => {
  const got = claims([
    "“I built 44 buildings; only four have collapsed,” the contractor said.",
    "“I think at least 40 people died,” the witness said.",
    "“We know of 44 buildings that collapsed,” the governor said.",
  ]);
  assert.deepEqual(got.filter((g) => g.endsWith(" 44")), ["building [] 44"], got.join("; "));
  assert.ok(got.includes("deaths [] 40"), got.join("; "));
});

test("timeline: a subgroup the story gives as part of a count (“11 people, including four suspected gunmen”) is not a value of the count", () => {
  const r = compareStory([
    art("Police arrested 11 people, including four suspected gunmen, over the attack.", "2031-03-24", "A"),
    art("Four men were detained over the attack, officials said.", "2031-03-23", "B"),
    art("Eight suspects have been arrested over the attack.", "2031-03-23", "C"),
    art("Putin said 11 individuals were detained, four of whom were the gunmen.", "2031-03-24", "D"),
  ]);
  assert.deepEqual(values(find(r, "arrests")), ["8", "11"], show(r));
  // Negative: without a sentence giving four as a part of eleven, four detained is a value.
  const r2 = compareStory([
    art("Four men were detained over the attack, officials said.", "2031-03-23", "B"),
    art("Police arrested 11 people over the attack.", "2031-03-24", "A"),
  ]);
  assert.deepEqual(values(find(r2, "arrests")), ["4", "11"], show(r2));
});

test("scope: one article misspelling the story's place ('Benghazy' for 'Benghazi') does not make it a second place", () => {
  const named = [
    "The death toll in Libya's coastal city of Benghazi has risen to 300, officials said.",
    "The death toll in Benghazi rose to 400 on Tuesday.",
    "Rescuers in Benghazi said 450 people had died.",
  ];
  const got = claims([...named, "The agency said 500 people had died in Benghazy, up from 450."]);
  assert.deepEqual(got.filter((c) => c.startsWith("deaths")), ["deaths [] 300", "deaths [] 400", "deaths [] 450", "deaths [] 500"]);
  // Negative: a place of another name stays a second place.
  const two = claims([...named, "The agency said 500 people had died in Tobruk, up from 450."]);
  assert.ok(two.includes("deaths [(Tobruk)] 500"), two.join("; "));
});

test("settleScopes: an unnamed locality in a sentence naming the story's place is that place ('the destroyed districts in Benghazi')", async () => {
  const { settleScopes } = await import("../../src/story/compare/figureScopes.js");
  const fig = (value: number, scope: string | null, sentence: string) =>
    ({ quantity: "deaths", value, scope, rounding: 0, evidence: { sentence: { start: 0, end: sentence.length, text: sentence }, span: { start: 0, end: 1, text: "x" } } }) as unknown as FigureClaim;
  const doc = (text: string, ...figures: FigureClaim[]) => ({ claims: { text, figures } });
  const docs = [
    doc("The toll in Benghazi rose to 300.", fig(300, "(Benghazi)", "The toll in Benghazi rose to 300.")),
    doc("The toll in Benghazi rose to 400.", fig(400, "(Benghazi)", "The toll in Benghazi rose to 400.")),
    doc("Rescuers in Benghazi said 450 had died.", fig(450, "(Benghazi)", "Rescuers in Benghazi said 450 had died.")),
    doc("It can reach 20,000 deaths based on the destroyed districts in Benghazi. Eleven died in a small town alone.",
      fig(20000, "(one locality)", "It can reach 20,000 deaths based on the destroyed districts in Benghazi."),
      fig(11, "(one locality)", "Eleven died in a small town alone.")),
  ];
  settleScopes(docs);
  assert.deepEqual(docs.flatMap((d) => d.claims.figures.map((f) => `${f.value} ${f.scope}`)), ["300 null", "400 null", "450 null", "20000 null", "11 (one locality)"]);
});
