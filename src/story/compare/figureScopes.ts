/**
 * Figure scopes across a story's articles, once every article's claims are known: which counts
 * are split by country, which held area or place an unscoped count belongs to when the story
 * says so elsewhere (the same exact value given for that place, or a count of the same sentence
 * given for it).
 */
import type { FigureClaim } from "../claims/types.js";
import { GROWING_QUANTITIES } from "../claims/lexicon.js";
import { ONE_LOCALITY } from "../claims/figureScope.js";
import { AREA_PHRASES, AREA_SCOPES } from "../claims/lexicon.js";
import { editDistance } from "../../stages/entities/editDistance.js";

const AREA_HELD = [...AREA_SCOPES.values(), ...AREA_PHRASES.map(([, v]) => v)];

interface ScopedDoc {
  claims: { figures: FigureClaim[]; text: string };
}

const HELD_AREAS = new Set(AREA_HELD);

function parts(scope: string): { country: string; area: string | null } {
  const m = /^(.*?)\s*(?:\((.*)\))?$/.exec(scope)!;
  return { country: m[1], area: m[2] ?? null };
}

/**
 * Settles the scopes of a story's figure claims (in place):
 * - a count is split by country only when the story gives it for two or more countries, each in
 *   two articles or more (a Turkey toll and a Syria toll); otherwise the country says nothing
 *   and is dropped ("Russian investigators said 143");
 * - a place is a part of the story's total only when the story gives the count for another place
 *   or held area too, or when at most half of the articles (or fewer than three) name it ("in a Moscow suburb",
 *   where the whole story happened, is no part);
 * - a held area or place named without its country takes the one country it is named with elsewhere;
 * - a count whose exact value another article gives for a held area or a place (371 "in the
 *   provinces of Aleppo, Latakia, Hama and Tartus" / "Syrian state media reported that at least
 *   371 people were killed") is that area's count;
 * - the counts of other quantities in a sentence take the one held area or place a count of
 *   that sentence is given for ("at least 371 people were killed and 1,089 were injured").
 */
export function settleScopes(docs: readonly ScopedDoc[]): void {
  const storyPlace = (area: string) =>
    !HELD_AREAS.has(area) && area.split(", ").some((name) => {
      const n = docs.filter((d) => d.claims.text.includes(name)).length;
      return n >= 3 && n * 2 > docs.length;
    });
  respellPlaces(docs, storyPlace);
  const countriesOf = new Map<string, Map<string, Set<ScopedDoc>>>();
  const areaCountry = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (!c.scope) continue;
      const { country, area } = parts(c.scope);
      const byCountry = countriesOf.get(c.quantity) ?? new Map<string, Set<ScopedDoc>>();
      if (country) byCountry.set(country, (byCountry.get(country) ?? new Set()).add(d));
      countriesOf.set(c.quantity, byCountry);
      if (country && area && area !== ONE_LOCALITY) areaCountry.set(area, (areaCountry.get(area) ?? new Set()).add(country));
    }
  }
  const areasOf = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      const area = c.scope ? parts(c.scope).area : null;
      if (area && area !== ONE_LOCALITY) areasOf.set(c.quantity, (areasOf.get(c.quantity) ?? new Set()).add(area));
    }
  }
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (!c.scope) continue;
      let { country, area } = parts(c.scope);
      if (area && area !== ONE_LOCALITY && (areasOf.get(c.quantity)?.size ?? 0) < 2 && storyPlace(area)) area = null;
      if (!country && area && areaCountry.get(area)?.size === 1) country = [...areaCountry.get(area)!][0];
      // A partition needs two countries, each given by two articles or more.
      const split = [...(countriesOf.get(c.quantity)?.values() ?? [])].filter((x) => x.size >= 2).length;
      if (split < 2 && !area) country = "";
      c.scope = join(country, area);
    }
  }
  // The same exact value given for a held area or a place elsewhere in the story.
  const narrow = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const c of d.claims.figures) {
      const area = c.scope ? parts(c.scope).area : null;
      if (!area || area === ONE_LOCALITY || !GROWING_QUANTITIES.has(c.quantity)) continue;
      const k = `${c.quantity}|${c.value}`;
      narrow.set(k, (narrow.get(k) ?? new Set()).add(c.scope!));
    }
  }
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (!GROWING_QUANTITIES.has(c.quantity) || c.value < 100 || c.rounding > 0) continue;
      const own = c.scope ? parts(c.scope) : { country: "", area: null };
      if (own.area) continue;
      const there = [...(narrow.get(`${c.quantity}|${c.value}`) ?? [])].filter((s) => !own.country || parts(s).country === own.country || !parts(s).country);
      if (there.length === 1) c.scope = there[0];
    }
  }
  // The counts of one sentence share the place or held area one of them is given for.
  for (const d of docs) {
    const bySentence = new Map<number, FigureClaim[]>();
    for (const c of d.claims.figures) {
      if (!GROWING_QUANTITIES.has(c.quantity)) continue;
      const s = c.evidence.sentence.start;
      bySentence.set(s, [...(bySentence.get(s) ?? []), c]);
    }
    for (const list of bySentence.values()) {
      const scoped = list.filter((c) => !!c.scope && !!parts(c.scope).area && parts(c.scope).area !== ONE_LOCALITY);
      const areas = new Set(scoped.map((c) => c.scope!));
      if (areas.size !== 1) continue;
      const [scope] = areas;
      for (const c of list) {
        if (c.scope && parts(c.scope).area) continue;
        // Only a count of another quantity ("371 killed and 1,089 injured"): two values of one
        // quantity in a sentence are two places' ("70 in Kahramanmaras, while 80 in Gaziantep").
        if (scoped.some((x) => x.quantity === c.quantity)) continue;
        if (c.scope && parts(c.scope).country !== parts(scope).country) continue;
        c.scope = scope;
      }
    }
  }
}

/**
 * A place one article misspells ("Derma" where the story's other articles say "Derna"): one
 * letter from a place most of the story names, in a name of five letters or more, is that place;
 * an unnamed locality in a sentence naming that place is that place too.
 */
function respellPlaces(docs: readonly ScopedDoc[], storyPlace: (area: string) => boolean): void {
  const areas = new Set<string>();
  for (const d of docs) for (const c of d.claims.figures) if (c.scope) areas.add(parts(c.scope).area ?? "");
  const known = [...areas].filter((a) => a && a !== ONE_LOCALITY && storyPlace(a));
  for (const d of docs) {
    for (const c of d.claims.figures) {
      if (!c.scope) continue;
      const { country, area } = parts(c.scope);
      // "18,000 to 20,000 deaths based on the destroyed districts in Derna": an unnamed locality
      // in a sentence that names the story's own place is that place.
      const named = area === ONE_LOCALITY ? known.filter((k) => c.evidence.sentence.text.includes(k)) : [];
      if (named.length === 1) {
        c.scope = join(country, named[0]);
        continue;
      }
      if (!area || area === ONE_LOCALITY || area.length < 5 || HELD_AREAS.has(area) || known.includes(area)) continue;
      const near = known.filter((k) => editDistance(k.toLowerCase(), area.toLowerCase(), 1) <= 1);
      if (near.length === 1) c.scope = join(country, near[0]);
    }
  }
}

function join(country: string, area: string | null): string | null {
  return country || area ? `${country}${area ? `${country ? " " : ""}(${area})` : ""}` : null;
}
