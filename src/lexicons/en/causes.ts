/**
 * Causes outlets give for an incident, as classes of phrases ("a downed power line", "a fallen
 * electrical cable" and "a damaged power line" are one cause; "lightning" another), and the words
 * that say a phrase is given as the cause. Written for dossier from general English usage; a
 * phrase in no class is never compared (nothing is reported when in doubt).
 */

/** Cause class → phrases (lower case, matched on word boundaries). */
export const CAUSE_CLASSES: [string, string[]][] = [
  ["power line", ["power line", "power lines", "electrical cable", "electric cable", "power cable", "electric line", "electrical line", "transmission line", "utility line", "utility pole"]],
  ["lightning", ["lightning", "lightning strike", "lightning strikes"]],
  ["arson", ["arson", "arsonist", "arsonists", "set deliberately", "deliberately set", "deliberately started"]],
  ["campfire", ["campfire", "camp fire", "barbecue"]],
  ["cigarette", ["cigarette", "cigarettes"]],
  ["fireworks", ["fireworks", "firework"]],
  ["gas leak", ["gas leak", "leaking gas", "leak of gas"]],
  ["short circuit", ["short circuit", "short-circuit", "electrical fault"]],
  ["boiler", ["boiler"]],
  ["ammonium nitrate", ["ammonium nitrate"]],
  ["engine failure", ["engine failure", "engine fire", "engine failed"]],
  ["bird strike", ["bird strike", "bird strikes", "flock of birds"]],
  ["human error", ["human error", "pilot error", "driver error", "operator error"]],
  ["landslide", ["landslide", "landslides", "mudslide", "rockslide", "landslip"]],
  ["flood", ["flood", "floods", "flooding", "floodwater", "floodwaters", "heavy rain", "heavy rains", "torrential rain", "rainfall"]],
  ["corrosion", ["corrosion", "corroded", "rust", "rusted"]],
  ["excavation damage", ["excavator", "digger", "third-party damage", "construction crew", "construction work"]],
  ["weld failure", ["failed weld", "faulty weld", "weld failure", "defective weld", "cracked weld"]],
  ["forced entry", ["ticketless fans", "ticketless supporters", "without tickets", "forced their way in", "stormed the gates", "storming the gates", "gatecrashers"]],
  ["locked gates", ["gates were locked", "gate was locked", "locked the gates", "locked the gate", "locked gates", "gates were closed", "gate was closed", "closed the gates", "closed the gate"]],
  ["mechanical failure", ["mechanical failure", "mechanical fault", "technical fault", "technical failure", "wheel bearing", "brake failure"]],
];

/** Words in a sentence that give a phrase as the cause ("sparked by", "blamed on", "as the likely cause", "had detonated"). */
export const CAUSE_CUES = /\b(?:(?:sparked|caused|started|ignited|triggered|set off|touched off|overwhelmed|undermined)\s+by|(?:had\s+|has\s+)?caused\s+the|blamed|because|(?:likely|probable|possible|suspected|main)\s+cause|the\s+cause|a\s+cause|suspect(?:s|ed)?|detonated|exploded)\b/i;

/** Words that take a cause back ("ruled out arson", "no sign of a gas leak", "denied"). */
export const CAUSE_DENIALS = /\b(?:ruled out|rule out|ruling out|no sign of|no evidence of|not|denied|dismissed)\b/i;
