import type { Entity } from "../../types.js";

/** Entity types a place name can be given by mistake when no lexicon knows it. */
const RETYPABLE = new Set(["PER", "ORG", "LOC", "MISC"]);

/** The demonyms English forms from a place name: Kestria → Kestrian, Almera → Almeran, Peru → Peruvian is not covered. */
function demonymsOf(name: string): string[] {
  const out = [name + "n", name + "an", name + "ian"];
  if (/a$/.test(name)) out.push(name.slice(0, -1) + "an");
  if (/y$/.test(name)) out.push(name.slice(0, -1) + "ian");
  return out;
}

/**
 * The words of the text: its maximal runs of letters and digits. A demonym (letters only) is in
 * the text as a whole word exactly when it is one of them; one pass over the text, where a
 * search per candidate name (each a Unicode regex compiled anew) cost time growing with the
 * text times its names.
 */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) words.add(m[0]);
  return words;
}

/**
 * Place names no lexicon knows, found by their demonym: a one-word name whose demonym is also
 * in the article ("Dovaria" with "Dovarian", "Almera" with "Almeran") is a country (GPE), and the
 * demonym entity is NORP. The model and the single-word patterns guess such names as a person
 * ("Dovaria said"), an organisation or MISC; one article could hold the same country under two
 * types, which are merged here. A name seen with a first name (a person's full name) is left.
 */
export function typeByDemonym(entities: Entity[], text: string): Entity[] {
  const byName = new Map<string, Entity[]>();
  for (const e of entities) {
    const list = byName.get(e.name) ?? [];
    list.push(e);
    byName.set(e.name, list);
  }
  const places = new Set<string>();
  let words: Set<string> | null = null;
  for (const [name, list] of byName) {
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name) || list.some((e) => !RETYPABLE.has(e.type) && e.type !== "GPE")) continue;
    if (list.some((e) => e.type === "PER" && e.mentions.some((m) => m.kind === "name" && /\s/.test(m.text)))) continue;
    words ??= wordsOf(text);
    const dem = demonymsOf(name).find((d) => words!.has(d));
    if (!dem) continue;
    const demEntities = byName.get(dem) ?? [];
    if (demEntities.some((e) => e.type === "PER")) continue; // "Julia" and "Julian": two people
    places.add(name);
    for (const e of demEntities) if (e.type === "MISC") e.type = "NORP";
  }
  if (!places.size) return entities;
  const kept: Entity[] = [];
  const mergedInto = new Map<string, string>();
  const first = new Map<string, Entity>();
  for (const e of entities) {
    if (!places.has(e.name)) {
      kept.push(e);
      continue;
    }
    const host = first.get(e.name);
    if (!host) {
      e.type = "GPE";
      e.role = null;
      first.set(e.name, e);
      kept.push(e);
      continue;
    }
    host.mentions = [...host.mentions, ...e.mentions.map((m) => ({ ...m, entity: host.id }))].sort((a, b) => a.start - b.start);
    mergedInto.set(e.id, host.id);
  }
  if (mergedInto.size) for (const e of kept) if (e.head && mergedInto.has(e.head)) e.head = mergedInto.get(e.head)!;
  return kept;
}
