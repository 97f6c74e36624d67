// General rules found on the fourth probe (test/story/probeStories4.ts: a dam failure, a stadium
// crush, a pipeline spill): causes outlets give for failures of structures and crowds, incidents
// of a structure that gives way or leaks, the time an incident was found, and dates that belong
// to another act ("apologised on Tuesday for the spill").
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/index.js";
import { extractClaims } from "../../src/story/claims/claims.js";
import { actorKey } from "../../src/story/claims/nameVariants.js";
import { incidentClaims } from "../../src/story/claims/incidents.js";

const causes = (text: string) => extractClaims(analyze({ text, outlet: "T" }), (n, p) => actorKey(n, p)).causes.map((c) => `${c.cause} «${c.evidence.span.text}»`);
const incidents = (text: string, published = "2033-06-06") => incidentClaims(analyze({ text, published, outlet: "T" })).map((c) => `${c.cls} ${c.aspect} ${c.value}`);

const CAUSE_ROWS: [string, string[]][] = [
  ["The operator said a landslide into the reservoir had caused the failure, not the dam's design.", ["landslide «landslide»"]],
  ["“The dam was overwhelmed by a once-in-a-century flood,” the governor said.", ["flood «flood»"]],
  ["Company spokesman Piet Sandor said corrosion was the likely cause.", ["corrosion «corrosion»"]],
  ["The state's pipeline inspector said a failed weld had caused the leak.", ["weld failure «failed weld»"]],
  ["Police chief Anton Reyes blamed ticketless fans who forced their way in.", ["forced entry «ticketless fans»"]],
  ["“People were crushed because the gates were locked,” said the trust's chair.", ["locked gates «gates were locked»"]],
  // Negatives: a cause class with no cause cue; a cause taken back; two classes in one sentence.
  ["Heavy rain fell for four days before the dam gave way.", []],
  ["Engineers found no sign of corrosion as the cause.", []],
  ["Officials blamed corrosion or a failed weld.", []],
];

test("causes of structural and crowd incidents: a class given as the cause, with its cue", () => {
  for (const [text, want] of CAUSE_ROWS) assert.deepEqual(causes(text), want, text);
});

const INCIDENT_ROWS: [string, string[]][] = [
  ["The dam, 40 metres high, was breached at about 4:30 a.m., according to its operator.", ["failure clock 04:30"]],
  ["The dam failed at around 6 a.m., officials said.", ["failure clock 06:00"]],
  ["The leak was detected at 3:15 a.m. and the line was shut.", ["leak clock 03:15"]],
  ["The leak was discovered on Sunday at 5:15 in the morning.", ["leak day 2033-06-05", "leak clock 05:15"]],
  // Negatives: a detection verb with no incident noun before it; a date of another act before "for the spill".
  ["Police discovered the bodies on Sunday at 5:15 in the morning.", []],
  ["The chief executive apologised on Tuesday for the spill near Halvik.", []],
  ["Rescuers arrested a looter on Monday over the collapse.", []],
];

test("incidents of structures and leaks: when they gave way and when they were found", () => {
  for (const [text, want] of INCIDENT_ROWS) assert.deepEqual(incidents(text), want, text);
});
