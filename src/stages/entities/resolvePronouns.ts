import type { Entity, Token } from "../../types.js";
import type { EntityTable } from "./EntityTable.js";
import { PERSON_PRONOUNS } from "../../lexicons/en/pronouns.js";
import { REPORTING_FORMS } from "../quotes/cueLexicon.js";
import { placeMentions, type PlacedMention } from "./mentionIndex.js";

/**
 * Links third-person pronouns to antecedents. Persons (he, his, she, her): the first person
 * mentioned earlier in the same sentence (its subject), else the first person of the nearest
 * earlier sentence that has one (up to three back). "it" before a reporting verb ("it added"):
 * the nearest organisation that was itself the subject of a reporting verb, else the nearest
 * organisation or place.
 */
export function resolvePronouns(text: string, tokens: readonly Token[], table: EntityTable): void {
  const placed = placeMentions(table.allMentions(), tokens).filter((p) => p.mention.kind !== "pronoun");
  const bySentence = new Map<number, PlacedMention[]>();
  for (const p of placed) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  const gender = new Map<Entity, "m" | "f">();
  const speaks = (p: PlacedMention) => {
    const after = text.slice(p.mention.end, p.mention.end + 40).toLowerCase();
    const m = /^(?:'s\s+\w+\s+)?\s*(?:also\s+)?([a-z]+)/.exec(after);
    return !!m && REPORTING_FORMS.has(m[1]);
  };

  for (const t of tokens) {
    const g = Object.hasOwn(PERSON_PRONOUNS, t.norm) ? PERSON_PRONOUNS[t.norm] : undefined;
    const isIt = t.norm === "it" && tokens[t.index + 1] && REPORTING_FORMS.has(tokens[t.index + 1].norm);
    if (!g && !isIt) continue;
    // "Vice Premier He said": a capitalised "He" after a capitalised word inside a sentence is the
    // Chinese surname He (a name mention of its own, see nameChunks), not a pronoun
    const prevTok = tokens[t.index - 1];
    if (g && t.text === "He" && prevTok && prevTok.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(prevTok.text)) continue;
    // “…,” he said: names inside the quotation just closed are not its speaker; the antecedent is
    // before the quotation (earlier in the sentence or in an earlier one)
    const quoteStart = quotationStartBefore(tokens, t.index);
    let found: Entity | null = null;
    for (let s = t.sentence; s >= 0 && s >= t.sentence - 3 && !found; s--) {
      const cands = (bySentence.get(s) ?? []).filter((p) => (quoteStart !== undefined ? p.mention.end <= quoteStart : p.mention.end <= t.start || s < t.sentence));
      if (g) {
        const per = cands.filter((p) => p.entity.type === "PER" && !p.entity.head && (gender.get(p.entity) ?? g) === g);
        if (per.length) found = per[0].entity;
      } else {
        const org = cands.filter((p) => p.entity.type === "ORG" || p.entity.type === "GPE");
        const speaking = org.filter(speaks);
        if (speaking.length) found = speaking[speaking.length - 1].entity;
        else if (org.length) found = org[org.length - 1].entity;
      }
    }
    if (!found) continue;
    if (g === "m" || g === "f") if (!gender.has(found)) gender.set(found, g);
    table.mention(found, t.start, t.end, "pronoun", "coref:pronoun", 0.6);
  }
}

const CLOSING = /^[\u201D"']$/;
const OPENING = /^[\u201C"'`]$/;

/**
 * When token `i` (a pronoun) follows a closing quotation mark (“…,” he said), the offset where
 * that quotation opens (up to 200 tokens back, across sentences); otherwise undefined.
 */
function quotationStartBefore(tokens: readonly Token[], i: number): number | undefined {
  let k = i - 1;
  if (!tokens[k] || !CLOSING.test(tokens[k].text)) return undefined;
  while (k > 0 && CLOSING.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start) k--;
  for (let j = k - 1; j >= 0 && j >= k - 200; j--) {
    const t = tokens[j];
    if (t.text === "\u201C" || t.text === "`" || ((t.text === '"' || t.text === "'") && (j === 0 || tokens[j - 1].end < t.start || OPENING.test(tokens[j - 1].text)))) {
      while (j > 0 && OPENING.test(tokens[j - 1].text) && tokens[j - 1].end === tokens[j].start) j--;
      return tokens[j].start;
    }
  }
  return undefined;
}
