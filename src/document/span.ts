import type { Span } from "../types.js";

/** Builds a span `[start, end)` over `text`, trimming surrounding whitespace. */
export function makeSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Builds a span exactly `[start, end)` without trimming. */
export function rawSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** True when a and b overlap by at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorts spans by start, then by longer first. Returns a new array. */
export function sortSpans<T extends { start: number; end: number }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Visits every `{start, end, text}` object inside a value (deeply). Used by the span invariant
 * test and by `checkSpans`.
 */
export function walkSpans(value: unknown, visit: (span: Span, path: string) => void, path = "$"): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkSpans(v, visit, `${path}[${i}]`));
    return;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
      visit(o as unknown as Span, path);
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "document") continue;
      if (v && typeof v === "object") walkSpans(v, visit, `${path}.${k}`);
    }
  }
}
