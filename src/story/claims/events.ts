/** Event words: which event a date or a duration in a clause is about. */
import { EVENT_TRIGGERS, PLANNED_CUES } from "./lexicon.js";
import type { WordToken } from "./text.js";

interface TriggerHit {
  event: string;
  distance: number;
  index: number;
}

/** The event a time or duration at word index `i` (of `ws`) is about: nearest trigger before it. */
export function eventAt(ws: WordToken[], i: number, j: number, allowOfAfter: boolean): { event: string; planned: boolean } | null {
  let hit: TriggerHit | null = null;
  for (let k = i - 1, d = 1; k >= 0 && d <= 10; k--, d++) {
    const ev = triggerOf(ws[k].norm);
    if (ev) {
      hit = { event: ev, distance: d, index: k };
      break;
    }
  }
  if (allowOfAfter && j < ws.length - 1 && /^(?:of|in)$/.test(ws[j].norm)) {
    // "two days of talks", "12 years in prison"
    const ev = triggerOf(ws[j + 1].norm);
    if (ev) hit = { event: ev, distance: 1, index: j + 1 };
  } else if (allowOfAfter && j < ws.length) {
    // "a 12-year sentence", "jailed … after a six-week trial": the event noun right after a
    // duration is what it lasted, whatever comes before.
    const ev = triggerOf(ws[j].norm);
    if (ev) hit = { event: ev, distance: 0, index: j };
  }
  if (!hit) return null;
  const lo = Math.max(0, Math.min(hit.index, i) - 3);
  const hi = Math.max(hit.index, i);
  let planned = false;
  for (let k = lo; k < hi; k++) if (PLANNED_CUES.has(ws[k].norm) && ws[k].norm !== "to") planned = true;
  return { event: hit.event, planned };
}

const TRIGGER_INDEX = new Map<string, string>();
for (const [ev, ws] of Object.entries(EVENT_TRIGGERS)) for (const w of ws) TRIGGER_INDEX.set(w, ev);
function triggerOf(w: string): string | null {
  return TRIGGER_INDEX.get(w) ?? null;
}

/** Word index range [i, j) of the words covering [start, end). */
export function wordRange(ws: WordToken[], start: number, end: number): [number, number] {
  let i = ws.findIndex((w) => w.end > start);
  if (i < 0) i = ws.length;
  let j = i;
  while (j < ws.length && ws[j].start < end) j++;
  return [i, j];
}
