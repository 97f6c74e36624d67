import type { EntityType } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { ORG_HEADS } from "../../lexicons/en/organisations.js";
import { LOC_HEADS, DIRECTIONS } from "../../lexicons/en/places.js";
import { HONORIFICS } from "../../lexicons/en/titles.js";
import { lowerKey } from "../../util/lowerKey.js";

export interface RoleSplit {
  /** Number of words of the chunk taken by the role (incl. a country qualifier). */
  roleWords: number;
  role: string | null;
  /** Country named before the role ("Israeli Prime Minister" → Israel). */
  country: string | null;
}

const lower = lowerKey;

/** Words that join an organisation head to its remit: "Department for Transport". */
const ORG_HEAD_LINKS = new Set(["of", "for"]);

/**
 * Splits a leading role off a chunk's words: an optional country or demonym, then the longest
 * role alias ("US Secretary of State | Antony Blinken"), then honorifics ("Gen", "Mr").
 */
export function splitRole(words: readonly string[], gaz: Gazetteer): RoleSplit {
  let i = 0;
  let country: string | null = null;
  const w0 = lower(words[0] ?? "");
  const dem = gaz.demonyms.get(w0);
  const gpe = gaz.names.get(w0);
  if (words.length > 1 && (dem || gpe?.type === "GPE")) {
    country = dem?.country ?? gpe!.name;
    i = 1;
  }
  let role: string | null = null;
  let roleEnd = i;
  for (let n = gaz.roleWords.has(lower(words[i] ?? "")) ? Math.min(gaz.maxRoleWords, words.length - i) : 0; n >= 1; n--) {
    const phrase = words.slice(i, i + n).map(lower).join(" ");
    const r = gaz.roles.get(phrase);
    if (r) {
      role = r;
      roleEnd = i + n;
      break;
    }
  }
  if (!role) return { roleWords: 0, role: null, country: null };
  // trailing honorifics after the role: "President Dr."; and "Gen" after a role
  while (roleEnd < words.length - 1 && (HONORIFICS.includes(lower(words[roleEnd])) || gaz.roles.has(lower(words[roleEnd])))) roleEnd++;
  return { roleWords: roleEnd, role, country };
}

/** Strips leading honorifics ("Mr", "Dr.") and returns how many words were dropped. */
export function honorificWords(words: readonly string[]): number {
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.includes(lower(words[i]))) i++;
  return i;
}

export interface NameClass {
  type: EntityType | null;
  canonical: string;
  method: string;
  confidence: number;
  country?: string;
}

/** Classifies a name (without role) by gazetteer, head words and shape. `null` type = undecided single word. */
export function classifyName(words: readonly string[], gaz: Gazetteer, hasRole: boolean): NameClass {
  const joined = words.join(" ").replace(/ - /g, "-").replace(/ ?- ?/g, "-");
  const key = lower(joined);
  const hit = gaz.names.get(key);
  if (hit) return { type: hit.type, canonical: hit.name, method: "lexicon:gazetteer", confidence: 0.95 };
  const dem = gaz.demonyms.get(key);
  if (dem) return { type: "NORP", canonical: dem.name, method: "lexicon:demonym", confidence: 0.9, country: dem.country };
  if (hasRole) return { type: "PER", canonical: joined, method: "pattern:role-name", confidence: 0.9 };
  const lw = words.map(lower);
  // "Ministry of Defence", "Department for Transport"
  if (lw.some((w, i) => ORG_HEADS.has(w) && (i > 0 || (words.length > 1 && ORG_HEAD_LINKS.has(lw[1]))))) {
    return { type: "ORG", canonical: joined, method: "pattern:org-head", confidence: 0.85 };
  }
  if (words.length > 1 && LOC_HEADS.has(lw[lw.length - 1])) return { type: "LOC", canonical: joined, method: "pattern:loc-head", confidence: 0.8 };
  if (words.length > 1 && DIRECTIONS.has(lw[0])) {
    const rest = gaz.names.get(lw.slice(1).join(" "));
    if (rest) return { type: rest.type === "GPE" ? "GPE" : "LOC", canonical: joined, method: "pattern:direction-place", confidence: 0.85 };
  }
  if (words.length === 1 && ORG_HEADS.has(lw[0])) return { type: "ORG", canonical: joined, method: "pattern:org-head", confidence: 0.4 };
  if (words.length === 1 && /^[A-Z][A-Z0-9]+$/.test(words[0]) && words[0].length >= 2) {
    return { type: "ORG", canonical: joined, method: "pattern:acronym", confidence: 0.6 };
  }
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}][\p{L}'.\-]*$/u.test(w) || /^(al|el|bin|ibn|de|van|von|der|-)$/.test(w))) {
    return { type: "PER", canonical: joined, method: "pattern:multiword-name", confidence: 0.6 };
  }
  return { type: null, canonical: joined, method: "pattern:single", confidence: 0.4 };
}
