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
import { quoteChains } from "../../stages/quotes/quoteChains.js";

export interface RuleChain extends RuleAttribution {
  /** Ids of the chain's quotes, in text order. */
  members: string[];
}

/** Groups quotes into chains (by `continues`, followed to its root). */
export function ruleAttributions(quotes: readonly Quote[]): RuleChain[] {
  return quoteChains(quotes).map((qs) => {
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
