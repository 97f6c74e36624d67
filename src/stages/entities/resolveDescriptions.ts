import type { Entity, Mention, Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import type { EntityTable } from "./EntityTable.js";
import type { EntityInfo } from "./extractEntities.js";
import { ROLES } from "../../lexicons/en/titles.js";
import { COUNTRY_EPITHETS } from "../../lexicons/en/places.js";
import { ORG_DESCRIPTIONS, ARMED_GROUPS } from "../../lexicons/en/organisations.js";

interface DescPattern {
  words: string[];
  role: string;
}

const ROLE_PATTERNS: DescPattern[] = ROLES.flatMap((r) => (r.descriptions ?? []).map((d) => ({ words: d.split(/\s+/), role: r.role })))
  .sort((a, b) => b.words.length - a.words.length);
const ARMED_PATTERNS = ORG_DESCRIPTIONS.armed.map((d) => d.split(/\s+/)).sort((a, b) => b.length - a.length);
const STATE_HEADS = new Set(ORG_DESCRIPTIONS.state);
const EPITHETS: [string[], string][] = COUNTRY_EPITHETS.map(([w, c]) => [w.split(/\s+/), c]);

/** The latest mention of an entity satisfying `ok` that starts before `pos`, else the first after. */
export function nearestEntity(table: EntityTable, pos: number, ok: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  let after: Entity | null = null;
  let afterAt = Infinity;
  for (const e of table.entities) {
    if (!ok(e)) continue;
    for (const m of e.mentions) {
      if (m.end <= pos && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      } else if (m.start >= pos && m.start < afterAt) {
        after = e;
        afterAt = m.start;
      }
    }
  }
  return best ?? after;
}

/**
 * The person named right after a role-only chunk ending at token `to`, in the same sentence, with
 * at most a "to/of/for [the] Organisation" link between ("Ambassador to the UN Vassily Nebenzia").
 */
function roleHolderAfter(tokens: readonly Token[], to: number, names: ReadonlyMap<number, Entity>): Entity | null {
  const sentence = tokens[to - 1].sentence;
  let j = to;
  if (j < tokens.length && /^(to|of|for|at)$/.test(tokens[j].norm)) {
    j++;
    if (j < tokens.length && tokens[j].norm === "the") j++;
    let caps = 0;
    while (j < tokens.length && caps < 4 && /^\p{Lu}/u.test(tokens[j].text) && !names.has(tokens[j].start)) {
      j++;
      caps++;
    }
    if (caps === 0) return null;
  }
  const t = tokens[j];
  if (!t || t.sentence !== sentence) return null;
  return names.get(t.start) ?? null;
}

/**
 * Common nouns written right before a person's name ("dictator" in "Russian dictator Vladimir
 * Putin", "contractor" in "contractor Yavuz Karakus"), each with the one person it precedes and
 * where; a noun seen before two different people is dropped (it tells them apart from no one).
 */
function premodifiers(tokens: readonly Token[], names: ReadonlyMap<number, Entity>): Map<string, { entity: Entity; at: number }> {
  const out = new Map<string, { entity: Entity; at: number }>();
  const dropped = new Set<string>();
  for (let n = 1; n < tokens.length; n++) {
    const e = names.get(tokens[n].start);
    const t = tokens[n - 1];
    const opens = n < 2 || tokens[n - 2].sentence !== t.sentence;
    if (!e || !(t.pos === "NOUN" || (opens && t.pos === "PROPN")) || t.sentence !== tokens[n].sentence || !/^\p{L}\p{Ll}{2,}$/u.test(t.text) || dropped.has(t.norm)) continue;
    // Capitalised only where it opens its sentence ("Contractor Yavuz Karakus"); elsewhere a capital is a title.
    if (/^\p{Lu}/u.test(t.text) && !opens) continue;
    const seen = out.get(t.norm);
    if (seen && seen.entity !== e) {
      out.delete(t.norm);
      dropped.add(t.norm);
    } else if (!seen) out.set(t.norm, { entity: e, at: t.start });
  }
  return out;
}

function roleMatches(e: Entity, role: string): boolean {
  if (e.type !== "PER" || !e.role) return false;
  if (e.role === role) return true;
  return role === "Minister" && /Minister$/.test(e.role);
}

/**
 * Title and nominal descriptions: role-only name chunks ("The Prime Minister"), definite
 * descriptions of role holders ("the top US diplomat", "the Israeli premier") and of groups
 * ("the resistance group"), each linked to the entity it most plausibly refers to.
 */
export function resolveDescriptions(
  text: string,
  tokens: readonly Token[],
  table: EntityTable,
  info: EntityInfo,
  roleOnly: { from: number; to: number; role: string; country: string | null }[],
  gaz: Gazetteer,
): void {
  const countryOf = (norm: string): string | null => {
    const d = gaz.demonyms.get(norm);
    if (d) return d.country ?? null;
    const g = gaz.names.get(norm);
    return g && g.type === "GPE" ? g.name : null;
  };
  const resolveRole = (role: string, country: string | null, pos: number) =>
    nearestEntity(table, pos, (e) => roleMatches(e, role) && (!country || !info.country.has(e) || info.country.get(e) === country));

  // person names by start offset (the first listed, as a scan would find it)
  const names = new Map<number, Entity>();
  for (const x of table.allMentions()) if (x.entity.type === "PER" && x.mention.kind === "name" && !names.has(x.mention.start)) names.set(x.mention.start, x.entity);
  for (const r of roleOnly) {
    let from = r.from;
    if (from > 0 && /^(the|The)$/.test(tokens[from - 1].text)) from--;
    const start = tokens[from].start;
    // "Russian Ambassador to the UN Vassily Nebenzia": the role of the name right after it
    const holder = roleHolderAfter(tokens, r.to, names);
    if (holder) {
      if (!holder.role) holder.role = r.role;
      if (r.country && !info.country.has(holder)) info.country.set(holder, r.country);
      table.mention(holder, start, tokens[r.to - 1].end, "title", "coref:role-title", 0.8);
      continue;
    }
    const e = resolveRole(r.role, r.country, start);
    if (e) table.mention(e, start, tokens[r.to - 1].end, "title", "coref:role-title", 0.75);
  }

  const premodified = premodifiers(tokens, names);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].norm !== "the") continue;
    let done = false;
    for (const p of ROLE_PATTERNS) {
      let country: string | null = null;
      let ok = true;
      for (let k = 0; k < p.words.length; k++) {
        const t = tokens[i + 1 + k];
        if (!t || t.sentence !== tokens[i].sentence) {
          ok = false;
          break;
        }
        if (p.words[k] === "{country}") {
          country = countryOf(t.norm);
          if (!country) {
            ok = false;
            break;
          }
        } else if (t.norm !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const last = tokens[i + p.words.length];
      const next = tokens[i + p.words.length + 1];
      if (next && (next.pos === "NOUN" || next.pos === "PROPN") && next.start === last.end + 1 && /^\p{L}/u.test(next.text)) continue;
      const e = resolveRole(p.role, country, tokens[i].start);
      if (e) table.mention(e, tokens[i].start, last.end, "title", "coref:role-description", 0.7);
      done = true;
      break;
    }
    if (done) continue;
    for (const [words, country] of EPITHETS) {
      if (!words.every((w, k) => tokens[i + 1 + k]?.norm === w && tokens[i + 1 + k].sentence === tokens[i].sentence)) continue;
      const e = table.get(country.toLowerCase());
      if (e && e.type === "GPE" && e.mentions.length > 0) table.mention(e, tokens[i].start, tokens[i + words.length].end, "nominal", "coref:country-epithet", 0.7);
      done = true;
      break;
    }
    if (done) continue;
    // "Russian dictator Vladimir Putin … the dictator said": a noun written before a person's
    // name earlier in the article refers back to that person.
    const d = premodified.get(tokens[i + 1]?.norm ?? "");
    const after = tokens[i + 2];
    if (d && tokens[i + 1].sentence === tokens[i].sentence && d.at < tokens[i].start && !(after && after.sentence === tokens[i].sentence && (after.pos === "NOUN" || after.pos === "PROPN"))) {
      table.mention(d.entity, tokens[i].start, tokens[i + 1].end, "nominal", "coref:premodifier-description", 0.6);
      continue;
    }
    for (const words of ARMED_PATTERNS) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const t = tokens[i + 1 + k];
        if (!t || t.norm !== words[k] || t.sentence !== tokens[i].sentence) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const last = tokens[i + words.length];
      const next = tokens[i + words.length + 1];
      if (next && (next.pos === "NOUN" || next.pos === "PROPN") && /^\p{L}/u.test(next.text)) continue;
      if (next && next.norm === "of") continue;
      const pos = tokens[i].start;
      const e =
        nearestEntity(table, pos, (x) => x.type === "ORG" && ARMED_GROUPS.has(x.name)) ??
        nearestEntity(table, pos, (x) => x.type === "ORG" && !x.name.split(/\s+/).some((w) => STATE_HEADS.has(w.toLowerCase())) && !x.head);
      if (e) table.mention(e, pos, last.end, "nominal", "coref:group-description", 0.6);
      break;
    }
  }
  void text;
}
