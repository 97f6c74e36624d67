import type { Entity, Mention, Token } from "../../types.js";
import { spanIndexAt } from "../../document/spanIndexAt.js";

const byStartCache = new WeakMap<readonly Token[], ReadonlyMap<number, number>>();

/**
 * Token index by start offset, to step from a mention to the tokens around it. Built once per
 * token array (the token layer is immutable; several entity steps ask for it).
 */
export function tokenByStart(tokens: readonly Token[]): ReadonlyMap<number, number> {
  let m = byStartCache.get(tokens);
  if (!m) {
    const built = new Map<number, number>();
    for (const t of tokens) built.set(t.start, t.index);
    byStartCache.set(tokens, built);
    m = built;
  }
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
    if (ti === undefined) ti = spanIndexAt(tokens, mention.start);
    return { mention, entity, sentence: ti !== undefined && ti >= 0 ? tokens[ti].sentence : -1 };
  });
}
