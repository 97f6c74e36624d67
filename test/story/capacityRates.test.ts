// Capacities and rates are quantities of their own (src/story/claims/capacity.ts): how many a
// place holds is no attendance, an amount per day is no total; "about N" and "N" are one figure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";
import { differenceItems } from "../../src/story/report/differenceItems.js";

const figs = (text: string) =>
  extractClaims(analyze({ text, outlet: "T", published: "2033-09-18" }), (n, p) => actorKey(n, p)).figures.map((f) => `${f.quantity}=${f.value}`);

const ROWS: [string, string[]][] = [
  ["The stadium, which holds 38,000 people, was full.", ["capacity=38000"]],
  ["Police estimated 45,000 fans were packed into a ground built for 38,000.", ["fan=45000", "capacity=38000"]],
  ["The club said 41,000 spectators attended, within the stadium's limit of 42,000.", ["spectator=41000", "capacity=42000"]],
  ["The 30-inch pipeline carries 450,000 barrels a day to the port.", ["inch=30", "barrel per day=450000"]],
  ["The line transports 450,000 barrels daily.", ["barrel per day=450000"]],
  // Negatives: a total is no rate; a toll after "holds" stays a toll; a number with no capacity cue.
  ["The pipeline leaked about 2,400 barrels into the river on Sunday.", ["barrel=2400"]],
  ["The hall holds the bodies of 40 people killed in the attack.", ["deaths=40"]],
  ["The club sold 38,000 tickets.", ["ticket=38000"]],
];

test("capacities and rates: their own quantities", () => {
  for (const [text, want] of ROWS) assert.deepEqual(figs(text), want, text);
});

test("a hedged and a plain statement of one value are no qualifier difference", () => {
  const r = compareStory([
    analyze({ outlet: "A", text: "The line carries about 450,000 barrels per day.", published: "2033-06-06" }),
    analyze({ outlet: "B", text: "The pipeline carries 450,000 barrels a day.", published: "2033-06-06" }),
  ]);
  assert.deepEqual(differenceItems(r).filter((it) => it.kind === "qualifier" || it.kind === "numeric").map((it) => it.title), []);
});
