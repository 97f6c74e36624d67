import type { Entity, EntityType, Mention, MentionKind, Span } from "../../types.js";

/** Mutable builder for the entity layer: entities keyed for merging, mentions in text order. */
export class EntityTable {
  private readonly byKey = new Map<string, Entity>();
  readonly entities: Entity[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** Finds or creates the entity with this merge key. */
  upsert(key: string, name: string, type: EntityType, method: string, confidence: number): Entity {
    const k = key.toLowerCase();
    let e = this.byKey.get(k);
    if (!e) {
      e = { id: "", name, type, mentions: [], head: null, role: null, method, confidence };
      this.byKey.set(k, e);
      this.entities.push(e);
    } else if (name.length > e.name.length && type === e.type && type === "PER") {
      e.name = name;
    }
    return e;
  }

  get(key: string): Entity | undefined {
    return this.byKey.get(key.toLowerCase());
  }

  alias(key: string, e: Entity): void {
    if (!this.byKey.has(key.toLowerCase())) this.byKey.set(key.toLowerCase(), e);
  }

  /** Merges entity `from` into `to`: its mentions move over and its keys point at `to`. */
  merge(from: Entity, to: Entity): void {
    for (const m of from.mentions) this.mention(to, m.start, m.end, m.kind, m.method, m.confidence);
    from.mentions.length = 0;
    if (from.role && !to.role) to.role = from.role;
    for (const [k, e] of this.byKey) if (e === from) this.byKey.set(k, to);
  }

  /** Adds a mention `[start, end)` of kind to entity e (ignored if e already has that exact span). */
  mention(e: Entity, start: number, end: number, kind: MentionKind, method: string, confidence: number): Mention | null {
    if (e.mentions.some((m) => m.start === start && m.end === end)) return null;
    const m: Mention = { start, end, text: this.text.slice(start, end), kind, entity: "", method, confidence };
    e.mentions.push(m);
    return m;
  }

  /** All mentions of all entities, sorted by start (then longer first). */
  allMentions(): { mention: Mention; entity: Entity }[] {
    const out: { mention: Mention; entity: Entity }[] = [];
    for (const e of this.entities) for (const m of e.mentions) out.push({ mention: m, entity: e });
    out.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
    return out;
  }

  /**
   * Finalises: drops entities without mentions, sorts mentions, numbers entities e1… in order of
   * first mention, and fills each mention's `entity` id and each `head` reference.
   */
  finish(): Entity[] {
    const kept = this.entities.filter((e) => e.mentions.length > 0);
    for (const e of kept) e.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    kept.sort((a, b) => a.mentions[0].start - b.mentions[0].start || b.mentions[0].end - a.mentions[0].end);
    const oldIds = new Map<Entity, string>();
    kept.forEach((e, i) => oldIds.set(e, `e${i + 1}`));
    const headRef = new Map<string, Entity>();
    for (const e of this.entities) if (e.id) headRef.set(e.id, e);
    for (const e of kept) {
      const head = e.head ? headRef.get(e.head) : undefined;
      e.head = head ? oldIds.get(head) ?? null : null;
    }
    for (const e of kept) {
      e.id = oldIds.get(e)!;
      for (const m of e.mentions) m.entity = e.id;
    }
    return kept;
  }

  /** Temporary ids so `head` can point at an entity before numbering. */
  tempId(e: Entity): string {
    if (!e.id) e.id = `tmp${this.entities.indexOf(e)}`;
    return e.id;
  }

  spanText(s: Span): string {
    return this.text.slice(s.start, s.end);
  }
}
