// Descriptions before and after names (src/story/claims/descriptors.ts) and what they say.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PERSON_HEAD_WORDS, THING_HEAD_WORDS, descriptorBefore, descriptorKey, membersAfter } from "../../src/story/claims/descriptors.js";

const BOTH = new Set([...PERSON_HEAD_WORDS, ...THING_HEAD_WORDS]);

/** The description before the first occurrence of `name` in `text`, or null. */
function before(text: string, name: string): string | null {
  const at = text.indexOf(name);
  const d = descriptorBefore(text, at, BOTH);
  return d ? text.slice(d[0], d[1]) : null;
}

test("descriptorBefore: the whole description before a name, modifiers included", () => {
  const rows: [string, string, string | null][] = [
    ["Hardline Interior Minister Lena Sorvik vowed to crush the riot.", "Lena Sorvik", "Hardline Interior Minister"],
    ["Union leader Tomas Brann said the blockade would continue.", "Tomas Brann", "Union leader"],
    ["“This is peaceful,” claimed firebrand Tomas Brann.", "Tomas Brann", "firebrand"],
    ["Self-proclaimed president Ana Dravic refused to accept the result.", "Ana Dravic", "Self-proclaimed president"],
    ["President-elect Ana Dravic told a crowd on Monday that she would fight.", "Ana Dravic", "President-elect"],
    ["Embattled chief executive Marta Ilves, who took over in March, spoke.", "Marta Ilves", "Embattled chief executive"],
    ["The navy sent the warship Vigil to the harbour.", "Vigil", "warship"],
    ["The coastguard patrol boat Vigil was sent to keep the harbour open.", "Vigil", "coastguard patrol boat"],
    ["Russian President Vladimir Putin said on Saturday that four men were held.", "Vladimir Putin", "Russian President"],
    // Negatives: a verb, a preposition or a quotation mark ends the description; no head, no description.
    ["The official results gave President Milos Keran 54 percent.", "Milos Keran", "President"],
    ["“The gang demands bitcoin,” said Piet Jansma.", "Piet Jansma", null],
    ["We will judge Dovaria by its deeds, the envoy said.", "Dovaria", null],
    ["The Singapore-flagged Dali lost power.", "Dali", null],
    ["A statement by 32-year-old Dalerjon Mirzoev was read out.", "Dalerjon Mirzoev", null],
  ];
  for (const [text, name, want] of rows) assert.equal(before(text, name), want, text);
});

test("membersAfter: a plural member noun after a name that follows 'the'", () => {
  const rows: [string, string, string | null][] = [
    ["The BlackLoom cyber-terrorists want millions in bitcoin.", "BlackLoom", "cyber-terrorists"],
    ["Officials blamed the Wagner mercenaries for the raid.", "Wagner", "mercenaries"],
    ["BlackLoom hackers want millions.", "BlackLoom", null], // no "the": a name in a sentence, not a description of it
    ["The BlackLoom said hackers want millions.", "BlackLoom", null],
  ];
  for (const [text, name, want] of rows) {
    const at = text.indexOf(name);
    const d = membersAfter(text, at, at + name.length);
    assert.equal(d ? text.slice(d[0], d[1]) : null, want, text);
  }
});

test("descriptorKey: the head and the judging words, not how specific a description is", () => {
  const same: [string, string][] = [
    ["Interior Minister", "Minister"],
    ["Fishermen's Union leader", "union leader"],
    ["NSC spokeswoman", "spokesperson"],
    ["Moscow Mayor", "mayor"],
    ["Turkish President", "President"],
    ["chief executive", "Chief executive"],
    ["former deputy prime minister", "prime minister"],
  ];
  for (const [a, b] of same) assert.equal(descriptorKey(a), descriptorKey(b), `${a} = ${b}`);
  const differ: [string, string][] = [
    ["Hardline Interior Minister", "Interior Minister"],
    ["Embattled chief executive", "chief executive"],
    ["Self-proclaimed president", "President"],
    ["Russian dictator", "Russian President"],
    ["Agitator", "union leader"],
    ["coastguard patrol boat", "warship"],
    ["state-controlled commission", "commission"],
  ];
  for (const [a, b] of differ) assert.notEqual(descriptorKey(a), descriptorKey(b), `${a} ≠ ${b}`);
});
