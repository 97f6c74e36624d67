/**
 * The scope of a figure: which part of a total it counts, from the words of its own clause —
 * the country it is given for ("912 people have died in Turkey", "Syrian state media reported
 * 371") and a part of a country held by one side ("in the rebel-held north-west"). A toll for
 * Turkey and one for Syria are two quantities, not one that changed.
 */
import { COUNTRIES } from "../../lexicons/en/places.js";
import { AREA_PHRASES, AREA_SCOPES } from "./lexicon.js";

const LOCAL_WORDS = new Set(["town", "village", "province", "district", "neighbourhood", "neighborhood", "towns", "villages", "provinces", "districts"]);

/** The area scope of an unnamed locality ("in a northwestern Syrian town alone"): a part of no total the story compares. */
export const ONE_LOCALITY = "one locality";

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

/** The country a folded word names ("syria", "syrian", "syria's"), if any. */
export function countryOfWord(w: string): string | undefined {
  return COUNTRY_WORDS.get(w) ?? COUNTRY_WORDS.get(w.replace(/'s?$/, ""));
}

/**
 * The scope named in `clause` (its words, folded), e.g. "Syria", "Syria, Turkey" or
 * "Syria (opposition-held areas)"; null when the clause names none. `places` are the towns,
 * cities or provinces the clause gives the count for ("80 people were killed in Gaziantep"): the
 * count is theirs ("Gaziantep"), a part of the country's.
 */
export function figureScope(clause: readonly string[], places: readonly string[] = []): string | null {
  const countries = new Set<string>();
  let area: string | null = null;
  const joined = ` ${clause.join(" ")} `;
  // "in areas under government control", "the parts … that the government does not control".
  for (const [phrase, held] of AREA_PHRASES) if (area === null && joined.includes(` ${phrase} `)) area = held;
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i];
    const two = i + 1 < clause.length ? `${w} ${clause[i + 1]}` : "";
    const c = countryOfWord(two) ?? countryOfWord(w);
    // "the US embassy", "the Russian ambassador": the country of a mission, not of the count.
    const next = clause[i + (countryOfWord(two) ? 2 : 1)] ?? "";
    if (c && !MISSION_WORDS.has(next)) countries.add(c);
    area ??= AREA_SCOPES.get(w) ?? null;
  }
  // "11 dead in a northwestern Syrian town alone": a count for one unnamed locality is a part of
  // no total the story compares; a named one is that place's ("Malatya").
  if (places.length > 0) area = [...new Set(places)].sort().join(", ");
  else if (clause.some((w) => LOCAL_WORDS.has(w))) area = ONE_LOCALITY;
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
