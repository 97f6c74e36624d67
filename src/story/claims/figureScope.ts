/**
 * The scope of a figure: which part of a total it counts, from the words of its own clause —
 * the country it is given for ("912 people have died in Turkey", "Syrian state media reported
 * 371") and a part of a country held by one side ("in the rebel-held north-west"). A toll for
 * Turkey and one for Syria are two quantities, not one that changed.
 */
import { COUNTRIES } from "../../lexicons/en/places.js";
import { AREA_SCOPES } from "./lexicon.js";

const LOCAL_WORDS = new Set(["town", "village", "province", "district", "neighbourhood", "neighborhood"]);

const MISSION_WORDS = new Set(["embassy", "embassies", "consulate", "ambassador", "envoy", "intelligence"]);

/** Folded country name or demonym → canonical country name. */
const COUNTRY_WORDS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const row of COUNTRIES) {
    const [name, demonyms] = row.split("|");
    m.set(name.toLowerCase(), name);
    for (const d of demonyms ? demonyms.split(",") : []) if (d) m.set(d.toLowerCase(), name);
  }
  // Common alternative spellings in wire copy.
  m.set("turkiye", "Turkey");
  m.set("türkiye", "Turkey");
  return m;
})();

/**
 * The scope named in `clause` (its words, folded), e.g. "Syria", "Syria, Turkey" or
 * "Syria (opposition-held areas)"; null when the clause names none.
 */
export function figureScope(clause: readonly string[]): string | null {
  const countries = new Set<string>();
  let area: string | null = null;
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i];
    const two = i + 1 < clause.length ? `${w} ${clause[i + 1]}` : "";
    const c = COUNTRY_WORDS.get(two) ?? COUNTRY_WORDS.get(w);
    // "the US embassy", "the Russian ambassador": the country of a mission, not of the count.
    const next = clause[i + (COUNTRY_WORDS.has(two) ? 2 : 1)] ?? "";
    if (c && !MISSION_WORDS.has(next)) countries.add(c);
    area ??= AREA_SCOPES.get(w) ?? null;
  }
  // "11 dead in a northwestern Syrian town alone", "140 buildings in Malatya province": a count
  // for one locality is a part of no total the story compares.
  if (clause.some((w) => LOCAL_WORDS.has(w))) area = "one locality";
  if (countries.size === 0 && !area) return null;
  const names = [...countries].sort().join(", ");
  return area ? `${names || "?"} (${area})`.replace(/^\? /, "") : names;
}

/**
 * The scope a figure's sentence gives when its clause names none: only when the sentence names
 * exactly one country ("According to Turkey's disaster agency, at least 1,014 people have died");
 * a sentence naming two ("struck Turkey, near the Syrian border, killing more than 1,000") is
 * left unscoped.
 */
export function sentenceScope(sentence: readonly string[]): string | null {
  const s = figureScope(sentence);
  return s !== null && !s.replace(/ \(.*\)$/, "").includes(",") ? s : null;
}
