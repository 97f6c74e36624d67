/** Scores a story report against a probe story's hand-listed differences and negatives. */
import type { Evidence } from "../../src/story/StoryReport.js";
import type { DifferenceItem } from "../../src/story/report/differenceItems.js";
import type { ProbeStory } from "./probeStories.js";
import type { FramingKind, FramingProbeDifference, FramingProbeStory } from "./probeFramingStories.js";
import type { MixedProbeDifference, MixedProbeStory } from "./probeStories4.js";

/** The claim with a few characters around it (a unit after "3", "p.m." after "10"), lower case. */
function around(e: Evidence): string {
  const s = e.sentence.text;
  const a = e.span.start - e.sentence.start;
  const b = e.span.end - e.sentence.start;
  return s.slice(Math.max(0, a - 1), Math.min(s.length, b + 7)).toLowerCase();
}

function sideHas(side: Evidence[], cues: string[]): boolean {
  return side.some((e) => cues.some((c) => around(e).includes(c)));
}

/** An omission's evidence: the claim with the words after it ("14" → "14 aircraft"), lower case. */
function omissionHas(side: Evidence[], cues: string[]): boolean {
  return side.some((e) => {
    const a = e.span.start - e.sentence.start;
    const near = e.sentence.text.slice(Math.max(0, a - 1), e.span.end - e.sentence.start + 12).toLowerCase();
    return cues.some((c) => near.includes(c));
  });
}

/** Whether one item sets a side matching `a` against a side matching `b`. */
export function itemMatches(it: DifferenceItem, a: string[], b: string[]): boolean {
  return it.sides.some((x, i) => sideHas(x, a) && it.sides.some((y, j) => j !== i && sideHas(y, b)));
}

export interface ProbeScore {
  found: string[];
  missed: string[];
  /** Items that set two things of a negative against each other. */
  wrong: string[];
  items: number;
}

export function scoreProbe(story: ProbeStory, items: DifferenceItem[]): ProbeScore {
  const relevant = items.filter((it) => it.kind !== "label" && it.kind !== "omission" && it.kind !== "quote");
  const found: string[] = [];
  const missed: string[] = [];
  const omissions = items.filter((it) => it.kind === "omission");
  for (const d of story.differences) {
    const hit = d.kind === "omission"
      ? omissions.some((it) => omissionHas(it.sides[0], d.sides[0]))
      : relevant.some((it) => itemMatches(it, d.sides[0], d.sides[1]));
    (hit ? found : missed).push(d.fact);
  }
  const wrong: string[] = [];
  for (const n of story.negatives) {
    for (const it of relevant) {
      // A timeline listing both is fine when it does not mark them as disagreeing; pairs are not.
      if (it.kind === "figure-timeline") continue;
      if (itemMatches(it, n.sides[0], n.sides[1])) wrong.push(`${n.fact}: ${it.title}`);
    }
  }
  return { found, missed, wrong, items: relevant.length };
}

/** The text a framing difference's words are looked for in, by kind (see FramingProbeDifference). */
function framingText(e: Evidence, kind: FramingKind): string {
  if (kind === "attribution") return e.sentence.text.toLowerCase();
  return [e.span.text, ...(e.highlight ?? []).map((h) => h.text)].join(" ").toLowerCase();
}

function framingSideHas(side: Evidence[], cues: string[], kind: FramingKind): boolean {
  return side.some((e) => cues.some((c) => framingText(e, kind).includes(c)));
}

/** Whether an item of the difference's kind sets a side matching `sides[0]` against one matching `sides[1]`. */
export function framingItemMatches(it: DifferenceItem, d: FramingProbeDifference): boolean {
  if (it.kind !== d.kind) return false;
  const [a, b] = d.sides;
  return it.sides.some((x, i) => framingSideHas(x, a, d.kind) && it.sides.some((y, j) => j !== i && framingSideHas(y, b, d.kind)));
}

/** Scores a story report against a framing probe story (test/story/probeFramingStories.ts). */
export function scoreFramingProbe(story: FramingProbeStory, items: DifferenceItem[]): ProbeScore {
  const relevant = items.filter((it) => it.kind === "label" || it.kind === "quote" || it.kind === "attribution");
  const found: string[] = [];
  const missed: string[] = [];
  for (const d of story.differences) (relevant.some((it) => framingItemMatches(it, d)) ? found : missed).push(d.fact);
  const wrong: string[] = [];
  for (const n of story.negatives) for (const it of relevant) if (framingItemMatches(it, n)) wrong.push(`${n.fact}: ${it.title}`);
  return { found, missed, wrong, items: relevant.length };
}

/**
 * Scores a story report against a mixed probe story (test/story/probeStories4.ts): framing kinds
 * as in the framing probe, omissions and figure, date, place and cause pairs as in the first probes.
 */
export function scoreMixedProbe(story: MixedProbeStory, items: DifferenceItem[]): ProbeScore {
  const relevant = items.filter((it) => it.kind !== "label" && it.kind !== "omission" && it.kind !== "quote" && it.kind !== "attribution");
  const omissions = items.filter((it) => it.kind === "omission");
  const hits = (d: MixedProbeDifference, negative: boolean): DifferenceItem[] => {
    if (d.kind === "omission") return omissions.filter((it) => omissionHas(it.sides[0], d.sides[0]));
    if (d.kind) return items.filter((it) => framingItemMatches(it, { kind: d.kind as FramingKind, fact: d.fact, sides: d.sides }));
    // A timeline listing both values is fine for a negative when it does not mark them as disagreeing.
    return relevant.filter((it) => !(negative && it.kind === "figure-timeline") && itemMatches(it, d.sides[0], d.sides[1]));
  };
  const found: string[] = [];
  const missed: string[] = [];
  for (const d of story.differences) (hits(d, false).length > 0 ? found : missed).push(d.fact);
  const wrong: string[] = [];
  for (const n of story.negatives) for (const it of hits(n, true)) wrong.push(`${n.fact}: ${it.title}`);
  return { found, missed, wrong, items: items.length };
}
