import type { Entity, Mention, Token } from "../../types.js";

/** Token index by start offset, to step from a mention to the tokens around it. */
export function tokenByStart(tokens: readonly Token[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of tokens) m.set(t.start, t.index);
  return m;
}

/** Token index by end offset. */
export function tokenByEnd(tokens: readonly Token[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const t of tokens) m.set(t.end, t.index);
  return m;
}

export interface PlacedMention {
  mention: Mention;
  entity: Entity;
  sentence: number;
}

/** Mentions with the sentence they start in, sorted by start. */
export function placeMentions(all: { mention: Mention; entity: Entity }[], tokens: readonly Token[]): PlacedMention[] {
  const byStart = tokenByStart(tokens);
  return all.map(({ mention, entity }) => {
    let ti = byStart.get(mention.start);
    if (ti === undefined) {
      // mention not starting on a token boundary: find the covering token
      ti = tokens.findIndex((t) => t.start <= mention.start && mention.start < t.end);
    }
    return { mention, entity, sentence: ti !== undefined && ti >= 0 ? tokens[ti].sentence : -1 };
  });
}
