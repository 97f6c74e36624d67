/**
 * Gold attributions → one BIO label per token (the training target). A token takes a role when it
 * intersects a (whitespace-trimmed) fragment of that role's span; each fragment starts a new `B-`.
 * PolNeAR is univocal, so clashes are rare; the first attribution (in reading order) keeps a token.
 */
import type { AttToken } from "./tokens.js";
import { labelOf, O, type AttributionRole } from "./labels.js";

export interface GoldFragment {
  start: number;
  end: number;
}

/** A gold span: its fragments (one for a contiguous span). */
export interface GoldSpanLike {
  start: number;
  end: number;
  fragments?: GoldFragment[];
}

export interface GoldTriple {
  source?: GoldSpanLike | null;
  cue?: GoldSpanLike | null;
  content: GoldSpanLike;
}

function trimmed(text: string, f: GoldFragment): GoldFragment | null {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** First token index whose end is after `pos` (tokens sorted by offset). */
export function firstTokenEndingAfter(tokens: AttToken[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Label sequence (indices into `LABELS`) for `gold` over `tokens`. */
export function goldTags(text: string, tokens: AttToken[], gold: GoldTriple[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const sorted = [...gold].sort((a, b) => a.content.start - b.content.start);
  for (const a of sorted) {
    const roles: Array<[AttributionRole, GoldSpanLike | null | undefined]> = [
      ["source", a.source],
      ["cue", a.cue],
      ["content", a.content],
    ];
    for (const [role, span] of roles) {
      if (!span) continue;
      const frags = span.fragments && span.fragments.length > 0 ? span.fragments : [span];
      for (const raw of frags) {
        const f = trimmed(text, raw);
        if (!f) continue;
        let first = true;
        for (let i = firstTokenEndingAfter(tokens, f.start); i < tokens.length && tokens[i].start < f.end; i++) {
          if (tags[i] !== O) {
            first = true;
            continue;
          }
          tags[i] = labelOf(role, !first);
          first = false;
        }
      }
    }
  }
  return tags;
}
