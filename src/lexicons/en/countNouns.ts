/**
 * Counted nouns: the words outlets use for one counted thing ("42 homes", "forty-two dwellings",
 * "42 houses"; "600 firefighters", "600 firemen"), and the nouns of people whose small counts
 * ("six crew", "seven crew") are reported figures even when written as words. Written for dossier
 * from general English usage (folded singular words).
 */
import { lookupTable, wordTable } from "../lookupTable.js";

function same(key: string, ws: string): Record<string, string> {
  return Object.fromEntries(ws.split(" ").map((w) => [w, key]));
}

/** Singular counted noun → the key it is compared under. */
export const COUNT_NOUN_SYNONYMS: Record<string, string> = lookupTable({
  ...same("home", "home house dwelling residence"),
  ...same("firefighter", "firefighter fireman firemen"),
  ...same("aircraft", "aircraft airplane aeroplane plane"),
  ...same("vehicle", "vehicle car"),
  ...same("crew", "crew crewmember crewman crewmen"),
  ...same("passenger", "passenger traveller traveler"),
  ...same("worker", "worker employee staffer"),
});

/**
 * People nouns whose counts are figures even as small number words ("six crew", "two
 * firefighters"): a count of people in a role, not a phrase like "two sides".
 */
export const PEOPLE_COUNT_NOUNS = wordTable([
  "crew", "passenger", "worker", "employee", "miner", "firefighter", "fireman", "firemen", "hostage", "captive",
  "soldier", "officer", "police", "policeman", "policemen", "rescuer", "student", "pupil", "child", "children",
  "patient", "prisoner", "inmate", "tourist", "climber", "fisherman", "fishermen", "sailor", "pilot", "colleague",
  "suspect", "victim", "survivor", "resident", "civilian", "journalist",
]);
