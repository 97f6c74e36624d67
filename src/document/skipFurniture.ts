import type { FurnitureBlock, Layers, LayerName } from "../types.js";

/**
 * Drops from a stage's output every fact that lies in a furniture block (a caption, byline or
 * "Read more" link the HTML reader kept in the text): entity mentions (an entity left with no
 * mention goes, and a `head` pointing to it is cleared), quotes whose content or cue starts
 * there, times and figures. Run after each stage, so later stages never see those facts.
 */
export function skipFurniture<N extends LayerName>(layer: N, value: Layers[N], furniture: readonly FurnitureBlock[]): Layers[N] {
  if (!furniture.length) return value;
  const inside = (pos: number): boolean => {
    // binary search: the last block starting at or before pos
    let lo = 0;
    let hi = furniture.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (furniture[mid].start <= pos) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && pos < furniture[at].end;
  };
  switch (layer) {
    case "entities": {
      const entities = (value as Layers["entities"])
        .map((e) => {
          const mentions = e.mentions.filter((m) => !inside(m.start));
          return mentions.length === e.mentions.length ? e : { ...e, mentions };
        })
        .filter((e) => e.mentions.length > 0);
      const ids = new Set(entities.map((e) => e.id));
      return entities.map((e) => (e.head && !ids.has(e.head) ? { ...e, head: null } : e)) as Layers[N];
    }
    case "attributions": {
      // (as for quotes: an attribution whose content or cue starts in furniture is dropped)
      return (value as Layers["attributions"])?.filter((a) => !inside(a.content[0].start) && !(a.cue && inside(a.cue.start))) as Layers[N];
    }
    case "quotes": {
      const quotes = (value as Layers["quotes"]).filter((q) => !inside(q.content.start) && !(q.cue && inside(q.cue.start)));
      const ids = new Set(quotes.map((q) => q.id));
      return quotes.map((q) => (q.continues && !ids.has(q.continues) ? { ...q, continues: null } : q)) as Layers[N];
    }
    case "times":
      return (value as Layers["times"]).filter((t) => !inside(t.start)) as Layers[N];
    case "figures":
      return (value as Layers["figures"]).filter((f) => !inside(f.start)) as Layers[N];
    default:
      return value;
  }
}
