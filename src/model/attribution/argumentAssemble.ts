/**
 * Two-stage assembly: the cues come from the first stage's tags; each cue's source and content
 * come from the argument tagger's labels over its window. Content runs become the fragments of one
 * (possibly discontinuous) content; the source is the source run nearest the cue. A cue without
 * content is dropped.
 */
import { tagSpans, type ExtractedAttribution, type TagSpan } from "./assemble.js";
import type { TokenizedDocument } from "./tokens.js";
import type { CueRange } from "./argumentFeatures.js";

/** Builds one attribution from a cue and its window labels (null when no content). */
export function attributionFromArguments(doc: TokenizedDocument, cue: CueRange, from: number, tags: Uint8Array): ExtractedAttribution | null {
  const { text, tokens } = doc;
  const spans = tagSpans(tags).map((s): TagSpan => ({ role: s.role, first: s.first + from, last: s.last + from }));
  const contents = spans.filter((s) => s.role === "content");
  if (contents.length === 0) return null;
  const gap = (s: TagSpan) => (s.last < cue.first ? cue.first - s.last : s.first - cue.last);
  const sources = spans.filter((s) => s.role === "source").sort((a, b) => gap(a) - gap(b) || a.first - b.first);
  const fragments = contents.map((s) => ({ start: tokens[s.first].start, end: tokens[s.last].end }));
  const start = fragments[0].start;
  const end = fragments[fragments.length - 1].end;
  const span = (a: number, b: number) => ({ start: tokens[a].start, end: tokens[b].end, text: text.slice(tokens[a].start, tokens[b].end) });
  return {
    source: sources.length > 0 ? span(sources[0].first, sources[0].last) : null,
    cue: span(cue.first, cue.last),
    content: { start, end, text: text.slice(start, end), fragments },
    cueFirst: cue.first,
  };
}
