import type { EntityType } from "../../types.js";
import { COUNTRIES, CITIES, REGIONS } from "../../lexicons/en/places.js";
import { KNOWN_ORGS } from "../../lexicons/en/organisations.js";
import { ROLES } from "../../lexicons/en/titles.js";
import { lowerKey } from "../../util/lowerKey.js";

/** A gazetteer hit: canonical name and type. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  /** For demonyms: the country they belong to. */
  country?: string;
}

/** Lower-cased surface form → entry. Built once from the lexicons. */
export interface Gazetteer {
  names: Map<string, GazetteerEntry>;
  demonyms: Map<string, GazetteerEntry>;
  /** Lower-cased role alias → normalised role. */
  roles: Map<string, string>;
  /** Longest role alias in words. */
  maxRoleWords: number;
  /** Every word of every role alias: a phrase with another word is no role (a cheap pre-check). */
  roleWords: Set<string>;
  /** Longest gazetteer name in words. */
  maxNameWords: number;
}

const norm = lowerKey;

/** Builds the default English gazetteer. */
export function buildGazetteer(): Gazetteer {
  const names = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, GazetteerEntry>();
  const add = (surface: string, e: GazetteerEntry) => {
    const k = norm(surface);
    if (k && !names.has(k)) names.set(k, e);
  };
  for (const row of COUNTRIES) {
    const [name, dems, aliases] = row.split("|");
    const e: GazetteerEntry = { name, type: "GPE" };
    add(name, e);
    for (const a of (aliases ?? "").split(",").filter(Boolean)) add(a, e);
    for (const d of (dems ?? "").split(",").filter(Boolean)) {
      const de: GazetteerEntry = { name: d, type: "NORP", country: name };
      const k = norm(d);
      if (!demonyms.has(k)) demonyms.set(k, de);
      const plural = k.endsWith("s") ? k : k + "s";
      if (!demonyms.has(plural)) demonyms.set(plural, { name: d.endsWith("s") ? d : d + "s", type: "NORP", country: name });
    }
  }
  for (const c of CITIES) add(c, { name: c, type: "GPE" });
  for (const r of REGIONS) add(r, { name: r, type: "LOC" });
  for (const aliases of KNOWN_ORGS) {
    const e: GazetteerEntry = { name: aliases[0], type: "ORG" };
    for (const a of aliases) add(a, e);
  }
  const roles = new Map<string, string>();
  const roleWords = new Set<string>();
  let maxRoleWords = 1;
  for (const r of ROLES) {
    for (const a of r.aliases) {
      roles.set(a, r.role);
      const words = a.split(/\s+/);
      maxRoleWords = Math.max(maxRoleWords, words.length);
      for (const w of words) roleWords.add(w);
    }
  }
  let maxNameWords = 1;
  for (const k of names.keys()) maxNameWords = Math.max(maxNameWords, k.split(/\s+/).length);
  return { names, demonyms, roles, maxRoleWords, roleWords, maxNameWords };
}

let shared: Gazetteer | null = null;
/** The default gazetteer, built on first use. */
export function defaultGazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
