/**
 * Token labels of the attribution tagger: BIO over the three PolNeAR roles (source, cue, content).
 * PolNeAR is univocal (each token has at most one role in at most one attribution), so a document
 * is one tag sequence. `I-X` may only follow `B-X` or `I-X` ({@link allowedTransition}).
 */

export const LABELS = ["O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content"] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

export const O = 0;
export type AttributionRole = "source" | "cue" | "content";
export const ROLE_OF_LABEL: Array<AttributionRole | null> = [null, "source", "source", "cue", "cue", "content", "content"];

/** Label index of `B-role` (`inside` false) or `I-role` (`inside` true). */
export function labelOf(role: AttributionRole, inside: boolean): number {
  const base = role === "source" ? 1 : role === "cue" ? 3 : 5;
  return base + (inside ? 1 : 0);
}

/** True for the `I-` labels. */
export function isInside(label: number): boolean {
  return label === 2 || label === 4 || label === 6;
}

/** Whether label `to` may follow label `from` (`from` = -1 at the start of the sequence). */
export function allowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from === to || from === to - 1;
}
