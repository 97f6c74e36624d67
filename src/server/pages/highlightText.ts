import { escapeHtml, raw, type SafeHtml } from "../html.js";

/** One highlighted span of the article text. */
export interface Annotation {
  start: number;
  end: number;
  /** CSS classes, e.g. "q q-direct" or "ent ent-PER". */
  cls: string;
  /** Anchor id of the annotation (given to the first piece of it), e.g. "q-q3". */
  id?: string;
  /** A group key several annotations share (an entity's mentions): listed in `data-a`. */
  group?: string;
  /** Hover text (a resolved date, a figure's source). */
  title?: string;
}

/**
 * The text as HTML with every annotation highlighted, overlaps included: the text is cut at
 * every annotation boundary and each piece is one `<span>` carrying the classes, group keys and
 * hover texts of all annotations covering it (so nesting never breaks). The first piece of an
 * annotation with an `id` gets that id, for links (`#q-q3`) to scroll to. Text is escaped.
 */
export function highlightText(text: string, annotations: readonly Annotation[]): SafeHtml {
  const anns = annotations.filter((a) => a.start >= 0 && a.end <= text.length && a.end > a.start);
  const cuts = new Set<number>([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: annotations sorted by start enter, those whose end passed leave.
  const byStart = [...anns].sort((a, b) => a.start - b.start || b.end - a.end);
  const active: Annotation[] = [];
  const started = new Set<Annotation>();
  let next = 0;
  let out = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= from) active.splice(k, 1);
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      out += piece;
      continue;
    }
    const classes = new Set<string>();
    const groups: string[] = [];
    const titles: string[] = [];
    let id: string | undefined;
    for (const a of active) {
      for (const c of a.cls.split(/\s+/)) if (c) classes.add(c);
      if (a.id) groups.push(a.id);
      if (a.group) groups.push(a.group);
      if (a.title && !titles.includes(a.title)) titles.push(a.title);
      if (a.id && !started.has(a) && id === undefined) {
        id = a.id;
        started.add(a);
      }
    }
    // Annotations starting here whose id was not placed (two starting at once) get an empty anchor.
    let anchors = "";
    for (const a of active) {
      if (a.id && !started.has(a)) {
        anchors += `<span id="${escapeHtml(a.id)}" class="anchor"></span>`;
        started.add(a);
      }
    }
    out +=
      anchors +
      `<span class="${escapeHtml([...classes].join(" "))}"` +
      (id ? ` id="${escapeHtml(id)}"` : "") +
      (groups.length ? ` data-a="${escapeHtml(groups.join(" "))}"` : "") +
      (titles.length ? ` title="${escapeHtml(titles.join(" · "))}"` : "") +
      `>${piece}</span>`;
  }
  return raw(out);
}
