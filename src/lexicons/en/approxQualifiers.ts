import type { Approx } from "../../types.js";
import { lookupTable } from "../lookupTable.js";

/**
 * Words before or after a number that qualify how exact it is, mapped to dossier's `Approx`.
 * Source: written for dossier from newswire usage (AP style notes that "over" is acceptable for
 * "more than", and "as many as" sets an upper bound). Phrases are lower case, space-separated,
 * matched against token `norm`s.
 */
export const PRE_QUALIFIERS: Record<string, Approx> = lookupTable({
  // more than
  "more than": "more than",
  "over": "more than",
  "well over": "more than",
  "just over": "more than",
  "above": "more than",
  "well above": "more than",
  "just above": "more than",
  "upwards of": "more than",
  "upward of": "more than",
  "in excess of": "more than",
  "exceeding": "more than",
  "greater than": "more than",
  "north of": "more than",
  "more then": "more than",
  // at least
  "at least": "at least",
  "no fewer than": "at least",
  "no less than": "at least",
  "not less than": "at least",
  "a minimum of": "at least",
  "a minimum": "at least",
  "minimum of": "at least",
  // about
  "about": "about",
  "around": "about",
  "approximately": "about",
  "approx.": "about",
  "roughly": "about",
  "some": "about",
  "an estimated": "about",
  "estimated": "about",
  "circa": "about",
  "c.": "about",
  "in the region of": "about",
  "on the order of": "about",
  "more or less": "about",
  "or so": "about",
  // nearly
  "nearly": "nearly",
  "almost": "nearly",
  "close to": "nearly",
  "just under": "nearly",
  "just below": "nearly",
  "just shy of": "nearly",
  "approaching": "nearly",
  "the best part of": "nearly",
  // less than
  "less than": "less than",
  "fewer than": "less than",
  "under": "less than",
  "below": "less than",
  "well under": "less than",
  "well below": "less than",
  // at most
  "up to": "at most",
  "at most": "at most",
  "no more than": "at most",
  "not more than": "at most",
  "as many as": "at most",
  "as much as": "at most",
  "as high as": "at most",
  "a maximum of": "at most",
  "a maximum": "at most",
});

/** Words after a number ("300 or more", "50-odd", "5,000+"). */
export const POST_QUALIFIERS: Record<string, Approx> = lookupTable({
  "or more": "at least",
  "or so": "about",
  "or fewer": "at most",
  "or less": "at most",
  "+": "more than",
  "plus": "more than",
  "odd": "about",
});

/** Words before the first number of a range ("between 10 and 15"). */
export const RANGE_OPENERS = new Set(["between"]);
