/**
 * Tag sequence → attributions. Runs of `B-X I-X*` become role spans; every content span and every
 * source span is attached to one cue, and a cue with at least one content becomes an attribution:
 *
 * - **content → cue**: the nearest cue in the same sentence (by token distance); otherwise the
 *   nearest cue at most `maxSentenceGap` sentences away in the same paragraph, or — for a
 *   quotation running on across paragraphs — the cue of the attribution whose content ends right
 *   before it. Contents of one cue are the fragments of one discontinuous content (`“We will
 *   win,” Flynn said. “No doubt.”`).
 * - **source → cue**: the nearest cue in the same sentence (a source serves every cue of its
 *   sentence that has none of its own: `He said X, adding Y`), else in the adjacent sentence.
 */
import { LABELS, ROLE_OF_LABEL, isInside, type AttributionRole } from "./labels.js";
import type { AttToken } from "./tokens.js";

/** A role span as a token range `[first, last]` (inclusive). */
export interface TagSpan {
  role: AttributionRole;
  first: number;
  last: number;
}

export interface SpanOffsets {
  start: number;
  end: number;
  text: string;
}

/** One extracted attribution; `content.fragments` lists the pieces of a discontinuous content. */
export interface ExtractedAttribution {
  source: SpanOffsets | null;
  cue: SpanOffsets | null;
  content: SpanOffsets & { fragments: Array<{ start: number; end: number }> };
  /** Token index of the cue's first token (two-stage model). */
  cueFirst?: number;
  /** How sure the cue tagger was (see `AttributionModel.extractFrom`). */
  score?: number;
}

export interface AssembleOptions {
  /** How many sentences away (same paragraph) a content may be from its cue. Default 2. */
  maxSentenceGap?: number;
}

/** The role spans of a tag sequence, in order. An `I-` without its `B-` starts a span. */
export function tagSpans(tags: ArrayLike<number>): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const role = ROLE_OF_LABEL[tags[i]];
    if (role && cur && cur.role === role && isInside(tags[i])) {
      cur.last = i;
      continue;
    }
    cur = role ? { role, first: i, last: i } : null;
    if (cur) out.push(cur);
  }
  return out;
}

function offsets(text: string, tokens: AttToken[], s: TagSpan): SpanOffsets {
  const start = tokens[s.first].start;
  const end = tokens[s.last].end;
  return { start, end, text: text.slice(start, end) };
}

function tokenGap(a: TagSpan, b: TagSpan): number {
  return a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0;
}

/** Assembles attributions from a label sequence over `tokens` of `text`. */
export function assembleAttributions(text: string, tokens: AttToken[], tags: ArrayLike<number>, options: AssembleOptions = {}): ExtractedAttribution[] {
  const maxGap = options.maxSentenceGap ?? 2;
  const spans = tagSpans(tags);
  const cues = spans.filter((s) => s.role === "cue");
  const sent = (s: TagSpan) => tokens[s.first].sentence;
  const para = (s: TagSpan) => tokens[s.first].paragraph;
  const contents = new Map<TagSpan, TagSpan[]>(cues.map((c) => [c, []]));
  const sources = new Map<TagSpan, TagSpan | null>(cues.map((c) => [c, null]));

  const nearestCue = (s: TagSpan, sameSentenceOnly: boolean): TagSpan | null => {
    let best: TagSpan | null = null;
    let bestCost = Infinity;
    for (const c of cues) {
      const sd = Math.abs(sent(c) - sent(s));
      if (sameSentenceOnly ? sd !== 0 : sd > maxGap || para(c) !== para(s)) continue;
      const cost = sd * 10000 + tokenGap(s, c);
      if (cost < bestCost) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  };

  let lastContentCue: TagSpan | null = null;
  let lastContentEnd = -1;
  for (const s of spans) {
    if (s.role !== "content") continue;
    let cue = nearestCue(s, true) ?? nearestCue(s, false);
    if (!cue && lastContentCue && lastContentEnd >= 0 && para(s) - tokens[lastContentEnd].paragraph <= 1) cue = lastContentCue;
    if (!cue) continue;
    contents.get(cue)!.push(s);
    lastContentCue = cue;
    lastContentEnd = s.last;
  }
  for (const s of spans) {
    if (s.role !== "source") continue;
    const cue = nearestCue(s, true) ?? nearestCue(s, false);
    if (cue && !sources.get(cue)) sources.set(cue, s);
  }
  // A source shared by the other cues of its sentence that have none.
  for (const c of cues) {
    if (sources.get(c)) continue;
    const mate = cues.find((o) => o !== c && sent(o) === sent(c) && sources.get(o) && sources.get(o)!.last < c.first);
    if (mate) sources.set(c, sources.get(mate)!);
  }

  const out: ExtractedAttribution[] = [];
  for (const c of cues) {
    const parts = contents.get(c)!;
    if (parts.length === 0) continue;
    parts.sort((a, b) => a.first - b.first);
    const fragments = parts.map((p) => ({ start: tokens[p.first].start, end: tokens[p.last].end }));
    const start = fragments[0].start;
    const end = fragments[fragments.length - 1].end;
    const src = sources.get(c);
    out.push({
      source: src ? offsets(text, tokens, src) : null,
      cue: offsets(text, tokens, c),
      content: { start, end, text: text.slice(start, end), fragments },
    });
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

/** Label names of a tag sequence (debugging aid). */
export function labelNames(tags: ArrayLike<number>): string[] {
  return Array.from(tags, (t) => LABELS[t]);
}
