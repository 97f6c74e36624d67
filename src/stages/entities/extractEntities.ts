import type { Entity, EntityType, Mention, NewsDocument, Sentence, Stage, StageContext, Token } from "../../types.js";
import { SURNAME_FIRST } from "../../lexicons/en/surnameFirst.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { findNameChunks, type NameChunk } from "./nameChunks.js";
import { classifyName, honorificWords, splitRole } from "./classifyName.js";
import { EntityTable } from "./EntityTable.js";
import { editDistance } from "./editDistance.js";
import { resolveDescriptions } from "./resolveDescriptions.js";
import { resolvePronouns } from "./resolvePronouns.js";
import { addPossessiveOrgs } from "./addPossessiveOrgs.js";
import { REPORTING_FORMS } from "../quotes/cueLexicon.js";
import { defaultNerSpanFinder, mergeNer, type NerSpanFinder } from "./mergeNer.js";
import { typeByDemonym } from "./typeByDemonym.js";
import { lowerKey } from "../../util/lowerKey.js";

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** Where the trained model's entity spans come from; default the bundled model; null = lexicons and patterns only. */
  ner?: NerSpanFinder | null;
}

/** Side information about entities that is not part of the output contract. */
export interface EntityInfo {
  /** Country qualifying the role ("Israeli Prime Minister" → Israel). */
  country: Map<Entity, string>;
}

interface Single {
  chunk: NameChunk;
  from: number;
  word: string;
}

const lower = lowerKey;

/**
 * Position of a role that starts inside a chunk and is followed by a name ("European Council |
 * President | Charles Michel"), or 0.
 */
function midChunkRole(words: readonly string[], gaz: Gazetteer): number {
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^\p{Lu}/u.test(words[i]) || words[i - 1] === "of" || words[i - 1] === "-" || !gaz.roleWords.has(lower(words[i]))) continue;
    for (let n = Math.min(gaz.maxRoleWords, words.length - i - 1); n >= 1; n--) {
      const phrase = words.slice(i, i + n).map(lower).join(" ");
      if (!gaz.roles.has(phrase)) continue;
      // (not the tail of a longer role: "Prime | Minister" is one role)
      const tailOfRole = words.slice(0, i).some((_, j) => gaz.roles.has(words.slice(j, i + n).map(lower).join(" ")));
      if (!tailOfRole) {
        const rest = words.slice(i + n);
        if (rest.length >= 1 && rest.every((w) => /^\p{Lu}/u.test(w) || w === "-" || /^(al|el|bin|de|van|von)$/.test(w))) return i;
      }
    }
  }
  return 0;
}

const SURNAME_FIRST_SET = new Set(SURNAME_FIRST);

/**
 * Surname aliases of a person's name: the last word, without "al-"/"el-" prefixes, and the first
 * word of a two-word name that starts with a Chinese surname.
 */
function surnameKeys(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii)$/i.test(w));
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  const keys = [last];
  // "Xi Jinping" → "Xi", "He Lifeng" → "He": Chinese names put the surname first
  if (words.length === 2 && SURNAME_FIRST_SET.has(words[0])) keys.push(words[0]);
  const m = /^(?:al|el|bin|ibn)-(.+)$/i.exec(last);
  if (m) keys.push(m[1]);
  return keys;
}

/**
 * Extracts entities and their mentions: names (with titles split off), short names, typo'd
 * names one edit away, title and nominal descriptions, possessive organisations and pronouns.
 */
export function extractEntities(doc: Readonly<NewsDocument>, sentences: readonly Sentence[], tokens: readonly Token[], ctx: StageContext, gaz: Gazetteer = defaultGazetteer(), options: ExtractEntitiesOptions = {}): Entity[] {
  const text = doc.text;
  const table = new EntityTable(text);
  const info: EntityInfo = { country: new Map() };
  const isKnownWord = (w: string) => gaz.names.has(lower(w)) || gaz.demonyms.has(lower(w));
  const chunks = findNameChunks(text, sentences, tokens, isKnownWord);
  const singles: Single[] = [];
  const roleOnly: { from: number; to: number; role: string; country: string | null }[] = [];

  const addNamed = (type: EntityType, canonical: string, start: number, end: number, method: string, confidence: number, role: string | null, country: string | null): Entity => {
    const key = type === "PER" ? `per:${lower(canonical)}` : `${lower(canonical)}`;
    const e = table.get(key) ?? table.upsert(key, canonical, type, method, confidence);
    if (type === "PER") {
      for (const s of surnameKeys(canonical)) table.alias(`per1:${lower(s)}`, e);
      table.alias(`per:${lower(canonical)}`, e);
    }
    if (role && !e.role) e.role = role;
    if (country && !info.country.has(e)) info.country.set(e, country);
    table.mention(e, start, end, "name", method, confidence);
    return e;
  };

  for (const chunk of chunks) {
    let from = chunk.from;
    if (tokens[from].text === "The" && chunk.to - from > 1) from++;
    const words = tokens.slice(from, chunk.to).map((t) => t.text);
    // "US-Saudi": a hyphenated pair of places or demonyms is two mentions
    if (words.includes("-") && words.filter((w) => w !== "-").every((w) => gaz.names.has(lower(w)) || gaz.demonyms.has(lower(w)))) {
      for (let i = from; i < chunk.to; i++) {
        const t = tokens[i];
        if (t.text === "-") continue;
        const g = gaz.names.get(lower(t.text)) ?? gaz.demonyms.get(lower(t.text))!;
        addNamed(g.type, g.name, t.start, t.end, "lexicon:gazetteer", 0.9, null, null);
      }
      continue;
    }
    // "European Council President Charles Michel": an organisation or place, a role, a name
    const mid = midChunkRole(words, gaz);
    if (mid > 0) {
      const left = tokens.slice(from, from + mid).map((t) => t.text);
      const lc = classifyName(left, gaz, false);
      if (lc.type && lc.type !== "PER") addNamed(lc.type, lc.canonical, tokens[from].start, tokens[from + mid - 1].end, lc.method, lc.confidence, null, null);
      from += mid;
      words.splice(0, mid);
    }
    const rs = splitRole(words, gaz);
    let nameFrom = from + rs.roleWords;
    if (rs.role && nameFrom >= chunk.to) {
      roleOnly.push({ from, to: chunk.to, role: rs.role, country: rs.country });
      continue;
    }
    nameFrom += honorificWords(words.slice(rs.roleWords));
    let role = rs.role;
    let country = rs.country;
    if (!role) {
      // a lower-case role right before the name: "army commander Gen …", "spokesman Dmitry …"
      for (let n = 3; n >= 1 && !role && from > 0 && gaz.roleWords.has(lower(tokens[from - 1].text)); n--) {
        if (from - n < 0) continue;
        const phrase = tokens.slice(from - n, from).map((t) => lower(t.text)).join(" ");
        if (/^[a-z][a-z .'-]*$/.test(phrase) && gaz.roles.has(phrase)) {
          role = gaz.roles.get(phrase)!;
          const before = tokens[from - n - 1];
          if (before) {
            const d = gaz.demonyms.get(lower(before.text)) ?? gaz.names.get(lower(before.text));
            if (d && (d.type === "NORP" || d.type === "GPE")) country = d.country ?? d.name;
          }
        }
      }
    }
    const nameWords = tokens.slice(nameFrom, chunk.to).map((t) => t.text);
    const start = tokens[nameFrom].start;
    const end = tokens[chunk.to - 1].end;
    const cls = classifyName(nameWords, gaz, !!role || nameFrom > from + rs.roleWords);
    if (cls.type === null) {
      singles.push({ chunk: { ...chunk, from: nameFrom, start, end }, from: nameFrom, word: text.slice(start, end) });
      continue;
    }
    const e = addNamed(cls.type, cls.canonical, start, end, cls.method, cls.confidence, cls.type === "PER" ? role : null, cls.type === "PER" ? country : cls.country ?? null);
    // "Rapid Support Forces (RSF)": the acronym becomes an alias
    const p = chunk.to;
    if (tokens[p]?.text === "(" && tokens[p + 2]?.text === ")" && /^[A-Z][A-Z0-9]{1,7}$/.test(tokens[p + 1].text)) {
      table.alias(lower(tokens[p + 1].text), e);
    }
  }

  // "Vice Premier He" before "He Lifeng" is named in full: a one-word person that is the surname
  // of a fuller name found later joins it (the emptied entity is dropped at the end)
  for (const e of table.entities) {
    if (e.type !== "PER" || /\s/.test(e.name) || e.mentions.length === 0) continue;
    const full = table.get(`per1:${lower(e.name)}`);
    if (!full || full === e || !/\s/.test(full.name)) continue;
    table.merge(e, full);
  }

  // Single words: known aliases, short names of people, typos one edit away, else new.
  const surnames = () => {
    const out: { key: string; e: Entity }[] = [];
    for (const e of table.entities) if (e.type === "PER") for (const s of surnameKeys(e.name)) out.push({ key: lower(s), e });
    return out;
  };
  let known = surnames();
  for (const s of singles) {
    const k = lower(s.word);
    const e = table.get(`per1:${k}`) ?? table.get(`per:${k}`) ?? table.get(k);
    if (e) {
      table.mention(e, s.chunk.start, s.chunk.end, "name", "alias:short-name", 0.85);
      continue;
    }
    if (s.word.length >= 5) {
      const near = known.filter((c) => c.key.length >= 5 && c.key[0] === k[0] && editDistance(c.key, k, 1) === 1);
      if (near.length === 1) {
        const m = table.mention(near[0].e, s.chunk.start, s.chunk.end, "name", "fuzzy:edit1", 0.7);
        if (m) {
          ctx.report({ stage: "entities", rule: "name-typo", span: { start: m.start, end: m.end, text: m.text }, message: `"${m.text}" read as "${near[0].e.name}" (one edit away)` });
        }
        continue;
      }
    }
    // "Zelensky said", "Zelensky has previously said", "Peskov also told": a speaker is a person
    let nx = s.chunk.to;
    while (nx < s.chunk.to + 3 && tokens[nx] && (tokens[nx].pos === "AUX" || tokens[nx].pos === "ADV")) nx++;
    const next = tokens[nx];
    const speaks = next && REPORTING_FORMS.has(next.norm) && next.pos !== "NOUN";
    const type: EntityType = speaks ? "PER" : tokens[s.from].pos === "PROPN" ? "MISC" : "MISC";
    const e2 = table.upsert(type === "PER" ? `per:${k}` : k, s.word, type, speaks ? "pattern:single-speaker" : "pattern:single-propn", speaks ? 0.5 : 0.3);
    if (type === "PER") table.alias(`per1:${k}`, e2);
    table.mention(e2, s.chunk.start, s.chunk.end, "name", e2.method, e2.confidence);
    // Only a new person adds surnames (a MISC key was not found above, so it is a new entity).
    if (type === "PER") known = surnames();
  }

  // The trained model adds the names the lexicons and patterns missed (mergeNer.ts).
  const ner = options.ner === undefined ? defaultNerSpanFinder() : options.ner;
  if (ner) mergeNer(text, table, ner(text, sentences, tokens), gaz, roleOnly.map((r) => ({ start: tokens[r.from].start, end: tokens[r.to - 1].end })));

  resolveDescriptions(text, tokens, table, info, roleOnly, gaz);
  addPossessiveOrgs(text, tokens, table, "names");
  resolvePronouns(text, tokens, table);
  addPossessiveOrgs(text, tokens, table, "pronouns");
  return typeByDemonym(table.finish(), text);
}

/** Stage: entities with all their mentions; `options` as for {@link extractEntities}. */
export function makeEntitiesStage(options: ExtractEntitiesOptions = {}): Stage<"entities"> {
  return {
    name: "entities",
    requires: ["sentences", "tokens"],
    produces: ["entities"],
    run(doc, layers, ctx) {
      return { entities: extractEntities(doc, layers.sentences, layers.tokens, ctx, defaultGazetteer(), options) };
    },
  };
}

/** Stage: entities with all their mentions (lexicons, patterns and the bundled NER model). */
export const entitiesStage: Stage<"entities"> = makeEntitiesStage();

export type { Mention };
