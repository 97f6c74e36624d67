// Table tests for the comparison rules that do not depend on the kind of event (issue 13):
// money by role, counts by role word, durations and dates of events that follow an incident,
// incident times; each with negatives that must not be keyed or reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, compareStory } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";
import { incidentClaims } from "../../src/story/claims/incidents.js";

function figures(text: string, published = "2031-05-09"): string[] {
  const a = analyze({ text, published, outlet: "T" });
  return extractClaims(a, (n, p) => actorKey(n, p)).figures.map((f) => `${f.quantity}=${f.value}`);
}

const FIGURE_ROWS: [string, string[]][] = [
  // Money by role.
  ["Judge Helen Marsh also fined him £2.5m.", ["fine (GBP)=2500000"]],
  ["He was also ordered to pay a £3 million fine.", ["fine (GBP)=3000000"]],
  ["Vale must additionally pay a fine of 2.5 million pounds.", ["fine (GBP)=2500000"]],
  ["Northline said the cleanup would cost about $20 million.", ["cost (USD)=20000000"]],
  ["The costs of the cleaning are estimated at 20 million dollars.", ["cost (USD)=20000000"]],
  ["The damage amounts to 31 million pounds.", ["amount (GBP)=31000000"]],
  ["The council approved the £48m tram extension.", ["amount (GBP)=48000000"]],
  // Counts by role word, whatever the noun.
  ["Rescuers were trying to reach 14 miners trapped underground.", ["trapped=14"]],
  ["Twelve miners remain trapped at the mine.", ["trapped=12"]],
  ["Nine other workers were rescued with minor injuries.", ["rescued=9"]],
  ["Six crew members are still missing.", ["missing=6"]],
  // Negatives: no role word right after the noun.
  ["Of these, 84 bodies of the dead have been identified.", ["body=84"]],
  ["The collapse happened during a shift change, with 23 workers underground.", ["worker=23"]],
  ["Northline operates 320 locomotives and employs 4,100 people.", ["locomotive=320", "people=4100"]],
  // Durations of a sentence (per person), a trial, a rescue.
  ["Dorian Vale was jailed for 14 years on Friday after a six-week trial.", ["sentence duration (vale)=14", "trial duration=6"]],
  ["Dorian Vale, 47, was handed a 12-year sentence on Friday.", ["age (vale)=47", "sentence duration (vale)=12"]],
  ["Halden Metals said the rescue could take up to five days.", ["rescue duration (planned)=5"]],
  // Negative: a sentence naming two people says of neither which sentence is whose.
  ["Dorian Vale and Mara Quill were jailed for 12 years.", []],
];

for (const [text, want] of FIGURE_ROWS) test(`claims: ${text}`, () => assert.deepEqual(figures(text), want));

test("dates of events that follow the incident: a hearing, a sentence", () => {
  const r = compareStory([
    analyze({ text: "Dorian Vale was sentenced on Friday to 12 years in prison. A public hearing on the appeal is scheduled for June 3.", outlet: "A", published: "2031-05-09" }),
    analyze({ text: "Dorian Vale was condemned on Thursday to twelve years of prison. An appeal will be heard on June 5.", outlet: "B", published: "2031-05-10" }),
  ]);
  assert.deepEqual(r.dateConflicts.map((c) => `${c.event} ${c.a.value}/${c.b.value}`).sort(), ["hearing (planned) 2031-06-03/2031-06-05", "sentence 2031-05-08/2031-05-09"]);
  // Negative: hearings of different people on different days are two hearings.
  const s = compareStory([
    analyze({ text: "Dorian Vale will appear at a hearing on June 3.", outlet: "A", published: "2031-05-09" }),
    analyze({ text: "Mara Quill will appear at a hearing on June 5.", outlet: "B", published: "2031-05-09" }),
  ]);
  assert.deepEqual(s.dateConflicts, []);
});

test("incident times: 'caved in', and dates that do not date the incident", () => {
  const claims = (text: string, published: string) => incidentClaims(analyze({ text, published, outlet: "T" })).map((c) => `${c.cls} ${c.aspect} ${c.value}`);
  assert.deepEqual(claims("The mine caved in at 8:15 a.m. on Monday.", "2031-10-07"), ["collapse clock 08:15", "collapse day 2031-10-06"]);
  // "fell on Tuesday after Monday's collapse": Tuesday dates the fall, not the collapse.
  assert.deepEqual(claims("Shares fell 9% on Tuesday after Monday's collapse at the mine.", "2031-10-07"), ["collapse day 2031-10-06"]);
  // "in the morning" names no day.
  assert.deepEqual(claims("The collapse happened at 6.40 in the morning.", "2031-10-08"), []);
});
