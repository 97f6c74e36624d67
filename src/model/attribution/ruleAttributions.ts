/**
 * The quotes the rules accepted, as attributions the model reads (`ruleRoles.ts`): a chain of
 * continuations is one attribution (its speaker's mention is the source, its first cue the cue,
 * every quote's content a fragment), as the PolNeAR scorer reads them.
 *
 * ```ts
 * const rules = ruleAttributions(analysis.quotes);
 * rules[0].members; // ["q1", "q2"]: the quotes of the chain
 * ```
 */
import type { Quote } from "../../types.js";
import type { RuleAttribution } from "./ruleRoles.js";

export interface RuleChain extends RuleAttribution {
  /** Ids of the chain's quotes, in text order. */
  members: string[];
}

/** Groups quotes into chains (by `continues`, followed to its root). */
export function ruleAttributions(quotes: readonly Quote[]): RuleChain[] {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const rootOf = (q: Quote): string => {
    const seen = new Set<string>();
    let r = q;
    while (r.continues && byId.has(r.continues) && !seen.has(r.id)) {
      seen.add(r.id);
      r = byId.get(r.continues)!;
    }
    return r.id;
  };
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const root = rootOf(q);
    const g = groups.get(root);
    if (g) g.push(q);
    else groups.set(root, [q]);
  }
  return [...groups.values()].map((qs) => {
    qs.sort((x, y) => x.content.start - y.content.start);
    const withSpeaker = qs.find((q) => q.speaker?.mention);
    const withCue = qs.find((q) => q.cue);
    return {
      source: withSpeaker?.speaker?.mention ? { start: withSpeaker.speaker.mention.start, end: withSpeaker.speaker.mention.end } : null,
      cue: withCue?.cue ? { start: withCue.cue.start, end: withCue.cue.end } : null,
      fragments: qs.map((q) => ({ start: q.content.start, end: q.content.end })),
      members: qs.map((q) => q.id),
    };
  });
}
