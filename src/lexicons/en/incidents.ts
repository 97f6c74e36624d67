/**
 * Incidents: the words that name what happened in a breaking-news story (an earthquake, an
 * attack, a collapse) and the words around them that say when, where and which one. Written for
 * dossier from general English usage; folded lower-case words (see `normWord`).
 */
import { lookupTable, wordTable } from "../lookupTable.js";

/** Words that name an incident of one class. */
export const INCIDENT_WORDS: Record<string, string> = lookupTable({
  ...classOf("quake", "earthquake earthquakes quake quakes tremor tremors temblor temblors"),
  ...classOf("aftershock", "aftershock aftershocks"),
  ...classOf("attack", "attack attacks attacked shooting shootings massacre bombing bombings assault raid stormed gunfire"),
  ...classOf("collapse", "collapse collapsed collapses caved cave-in"),
  ...classOf("crash", "crash crashed crashes collision collided rammed slammed smashed ploughed plowed"),
  ...classOf("explosion", "explosion explosions blast blasts exploded"),
  ...classOf("fire", "fire wildfire wildfires blaze bushfire bushfires inferno conflagration"),
  ...classOf("eruption", "eruption"),
  // An aircraft's (emergency) landing: counted only in a sentence about an aircraft (see AIRCRAFT_WORDS).
  ...classOf("landing", "landing landed diverted"),
  ...classOf("flood", "flood floods flooding"),
  ...classOf("storm", "storm hurricane cyclone typhoon tornado landfall"),
  ...classOf("derailment", "derailment derailed"),
  ...classOf("sinking", "sank sinking capsized"),
  // A structure that gives way (a dam, a levee, a pipe) and what escapes from it.
  ...classOf("failure", "breach breached burst ruptured rupture failed failure"),
  ...classOf("leak", "leak leaked spill spilled"),
  ...classOf("crush", "crush stampede"),
  ...classOf("mourning", "mourning"),
});

/** Verbs that say an incident took place without naming its class ("the quake struck", "events that transpired"). */
export const INCIDENT_VERBS = wordTable([
  "struck", "strike", "strikes", "hit", "hits", "happened", "occurred", "transpired", "unfolded", "rocked", "jolted", "shook",
  "opened", "burst", "deed",
]);

/**
 * Verbs that say when an incident was found ("the leak was detected at 3:15 a.m."): they time
 * an incident only when its noun comes a few words before them.
 */
export const DETECTION_VERBS = wordTable(["detected", "discovered", "spotted", "noticed"]);

/**
 * Verbs of a storm or a flood hitting a place ("the storm pounded the coast on Monday"): they
 * date an incident only when its noun comes a few words before them.
 */
export const BATTERING_VERBS = wordTable(["pounded", "battered", "lashed", "pummelled", "pummeled"]);

/** Two-word forms of incident verbs: "took place", "opened fire". The first word maps to the second. */
export const INCIDENT_PHRASES: Record<string, string> = lookupTable({ took: "place", opened: "fire", burst: "into" });

/** Words before an incident word that say it is a later one of its kind ("a second quake", "another tremor"). */
export const LATER_INCIDENT = wordTable(["second", "another", "later", "subsequent", "latest"]);

/** Words before an incident word that say it is the first of its kind ("the first quake", "the initial tremor"). */
export const FIRST_INCIDENT = wordTable(["first", "initial", "original", "main", "earlier"]);

/** Words after which a place says where an incident was centred ("was centred in", "its epicentre was"). */
export const CENTRE_WORDS = wordTable([
  "centred", "centered", "epicentre", "epicenter", "epicentres", "epicenters", "located", "struck", "hit", "deed", "rocked",
]);

/** Words that say someone was fleeing towards a place ("attempted to flee to", "en route to"). */
export const FLIGHT_WORDS = wordTable([
  "flee", "fled", "fleeing", "escape", "escaped", "escaping", "heading", "headed", "moving", "route", "bound", "making",
]);

/** Compass directions, folded (with the forms spinning sites use), to one spelling. */
export const DIRECTIONS: Record<string, string> = lookupTable({
  north: "north", northern: "north", northbound: "north", northward: "north", northwards: "north",
  south: "south", southern: "south", southbound: "south", southward: "south", southwards: "south",
  east: "east", eastern: "east", eastbound: "east", eastward: "east", eastwards: "east",
  west: "west", western: "west", westbound: "west", westward: "west", westwards: "west",
  northeast: "north-east", "north-east": "north-east", "north-eastern": "north-east", northeastern: "north-east",
  northwest: "north-west", "north-west": "north-west", "north-western": "north-west", northwestern: "north-west",
  southeast: "south-east", "south-east": "south-east", "south-eastern": "south-east", southeastern: "south-east",
  southwest: "south-west", "south-west": "south-west", "south-western": "south-west", southwestern: "south-west",
});

/** Time zones that mark a clock time as a conversion, not the local time of the incident. */
export const OTHER_ZONES = wordTable(["gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "cet", "bst", "ist", "jst", "aest", "msk"]);

function classOf(cls: string, ws: string): Record<string, string> {
  return Object.fromEntries(ws.split(" ").map((w) => [w, cls]));
}

/**
 * Verbs that say when an incident began ("the fire broke out on Tuesday", "it ignited around 4
 * p.m.", "the inferno commenced at 2:30 pm"): they date an incident only when its noun comes
 * earlier in the sentence ("Rescue operations began on Tuesday" dates no quake). "broke" counts
 * with "out" after it.
 */
export const START_VERBS = wordTable(["ignited", "sparked", "started", "began", "commenced", "erupted", "broke"]);

/**
 * Incidents that last (a fire burns for days, a flood rises): their noun does not date them
 * ("still battling the fire on Wednesday"), only a start verb or an incident verb does.
 */
export const LASTING_INCIDENTS = wordTable(["fire", "flood"]);

/** Words that make a sentence about an aircraft, where "landed", "landing", "diverted" name the incident's landing. */
export const AIRCRAFT_WORDS = wordTable([
  "aircraft", "plane", "jet", "airliner", "airplane", "aeroplane", "helicopter", "flight", "pilot", "pilots", "airline", "cockpit",
]);

/** Incident words after which a bare place name says where it happened ("landed in Tervola", "diverted to Marsby"). */
export const BARE_PLACE_WORDS = wordTable(["landing", "landed", "diverted", "land"]);

/** Verbs that say where an incident hit ("tore through a plant on the southern outskirts of X"). */
export const THROUGH_VERBS = wordTable(["tore", "ripped", "swept", "raced", "roared"]);

/** Nouns after a direction that place an incident from a town ("on the southern outskirts of Brannock"). */
export const EDGE_NOUNS = wordTable(["outskirts", "edge", "suburbs", "fringes"]);
