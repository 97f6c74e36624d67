import type { Entity, Mention, Token } from "../../types.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";

/** Looks up a token by its start offset. */
export interface TokenByStart {
  /** Index of the token that starts at `offset`, or undefined. */
  get(offset: number): number | undefined;
}

/**
 * Token index by start offset, to step from a mention to the tokens around it: a binary search
 * over the tokens (sorted by start), so nothing is built or allocated per document.
 */
export function tokenByStart(tokens: readonly Token[]): TokenByStart {
  return {
    get(offset: number): number | undefined {
      const i = spanIndexAt(tokens, offset);
      return i >= 0 && tokens[i].start === offset ? tokens[i].index : undefined;
    },
  };
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
    if (ti === undefined) ti = spanIndexAt(tokens, mention.start);
    return { mention, entity, sentence: ti !== undefined && ti >= 0 ? tokens[ti].sentence : -1 };
  });
}
