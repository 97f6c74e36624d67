/**
 * The rule quotes of a document as features of the attribution model: every token gets the role
 * it has in the quotes the rule finders and refiners accepted (`src/stages/quotes/`), and the
 * index of that quote. The model reads them as evidence (the rules are precise where they fire),
 * and the quotes stage keeps rule quotes the model does not replace.
 *
 * ```ts
 * const view = ruleRoles(doc, [{ source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, fragments: [{ start: 11, end: 30 }] }]);
 * view.role[0]; // RULE_SOURCE
 * ```
 */
import type { TokenizedDocument } from "./tokens.js";

/** One rule quote (a continuation chain as one): offsets into the document text. */
export interface RuleAttribution {
  source: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
  /** The content's pieces (one per quote of the chain), in text order. */
  fragments: ReadonlyArray<{ start: number; end: number }>;
}

export const RULE_NONE = 0;
export const RULE_CUE_B = 1;
export const RULE_CUE_I = 2;
export const RULE_CONTENT = 3;
export const RULE_SOURCE = 4;

/** Per token: its role in a rule quote and that quote's index (-1 for none). */
export interface RuleView {
  role: Uint8Array;
  owner: Int32Array;
}

/** No rule quotes (a document analysed without the rules). */
export function emptyRuleView(n: number): RuleView {
  return { role: new Uint8Array(n), owner: new Int32Array(n).fill(-1) };
}

/** Marks the tokens of each rule quote (a token already marked keeps the earlier quote's role). */
export function ruleRoles(doc: TokenizedDocument, rules: readonly RuleAttribution[]): RuleView {
  const { tokens } = doc;
  const view = emptyRuleView(tokens.length);
  const mark = (span: { start: number; end: number }, q: number, role: (first: boolean) => number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, first = true; i < tokens.length && tokens[i].start < span.end; i++, first = false) {
      if (view.owner[i] >= 0) continue;
      view.role[i] = role(first);
      view.owner[i] = q;
    }
  };
  rules.forEach((r, q) => {
    if (r.cue) mark(r.cue, q, (first) => (first ? RULE_CUE_B : RULE_CUE_I));
    if (r.source) mark(r.source, q, () => RULE_SOURCE);
    for (const f of r.fragments) mark(f, q, () => RULE_CONTENT);
  });
  return view;
}
