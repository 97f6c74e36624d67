import type { Entity, Token } from "../../types.js";
import type { EntityTable } from "./EntityTable.js";
import { POSSESSIVE_ORGS } from "../../lexicons/en/organisations.js";
import { tokenByStart } from "./mentionIndex.js";

const POSSESSIVE = new Set(["'s", "\u2019s", "'", "\u2019"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their"]);
/** Adjectives that name a ministry ("Egypt's foreign ministry" → Egypt Foreign Ministry). */
const MINISTRY_ADJECTIVES = new Set(["foreign", "interior", "defence", "defense", "health", "finance", "justice", "trade", "economy", "education", "energy", "information", "home", "agriculture", "environment"]);

/**
 * Possessive organisations: "Netanyahu's office", "the Israeli prime minister's office", "his
 * office" become an entity of their own (the Prime Minister's Office) whose `head` is the owner.
 * `mode` picks which owner mentions to look at: names and titles first, pronouns after they are
 * resolved.
 */
export function addPossessiveOrgs(text: string, tokens: readonly Token[], table: EntityTable, mode: "names" | "pronouns"): void {
  const byStart = tokenByStart(tokens);
  for (const { mention, entity } of table.allMentions()) {
    if (entity.head) continue;
    let ti: number | undefined;
    if (mode === "pronouns") {
      if (mention.kind !== "pronoun" || !POSSESSIVE_PRONOUNS.has(mention.text.toLowerCase())) continue;
      ti = byStart.get(mention.end + 1) ?? byStart.get(mention.end);
    } else {
      if (mention.kind === "pronoun") continue;
      const p = byStart.get(mention.end);
      if (p === undefined || !POSSESSIVE.has(tokens[p].norm)) continue;
      ti = byStart.get(tokens[p].end + 1) ?? byStart.get(tokens[p].end);
    }
    if (ti === undefined) continue;
    let t = tokens[ti];
    let adjective = "";
    if (t.pos === "ADJ" && tokens[ti + 1] && !POSSESSIVE_ORGS[t.norm]) {
      adjective = t.text;
      t = tokens[ti + 1];
    }
    const kind0 = POSSESSIVE_ORGS[t.norm];
    if (!kind0) continue;
    // "Egypt's foreign ministry" → Egypt Foreign Ministry
    const kind = adjective && kind0 !== "Spokesperson" && (entity.type === "GPE" || entity.type === "ORG") && MINISTRY_ADJECTIVES.has(adjective.toLowerCase()) ? `${adjective[0].toUpperCase()}${adjective.slice(1).toLowerCase()} ${kind0}` : kind0;
    const head = entity;
    const headId = table.tempId(head);
    const isPerson = kind === "Spokesperson";
    let name: string;
    if (isPerson) name = `Spokesperson for ${head.name}`;
    else if (head.type === "PER" && head.role) name = `${head.role}'s ${kind}`;
    else if (head.type === "GPE" || head.type === "ORG") name = `${head.name} ${kind}`;
    else name = `${head.name}'s ${kind.toLowerCase()}`;
    const e: Entity = table.upsert(`poss:${headId}:${kind}`, name, isPerson ? "PER" : "ORG", "pattern:possessive-org", 0.8);
    e.head = headId;
    if (isPerson) e.role = "Spokesperson";
    table.mention(e, mention.start, t.end, "nominal", "pattern:possessive-org", 0.8);
  }
  void text;
}
