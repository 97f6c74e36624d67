/** Quote claims: who is credited (person, office, spokesperson, …) with which words. */
import type { Analysis, Entity, Quote } from "../../types.js";
import type { SpeakerKind } from "../StoryReport.js";
import type { ActorKeyFn, QuoteClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { words } from "./text.js";
import { foldName, officeHolder } from "./nameVariants.js";

/** Roles held by people (an entity typed ORG by mistake but holding one is a person). */
const PERSON_ROLES = /^(?:President|Prime Minister|Foreign Minister|Defense Minister|Minister|Secretary of State|Chancellor|King|Secretary-General|Ambassador|Leader|General|Senator|Governor|Judge|Spokesperson)$/;

const SPOKES = /\bspokes(?:person|man|woman|people)\b|\bpress secretary\b/i;
const OFFICE = /\b(?:office|ministry|government|presidency|cabinet|administration|department|embassy|palace|kremlin|white house)\b/i;

interface Speaker {
  name: string | null;
  key: string | null;
  kind: SpeakerKind;
  principal: string | null;
}

function speakerOf(q: Quote, byId: Map<string, Entity>, key: ActorKeyFn, isPerson: (name: string) => boolean): Speaker {
  if (!q.speaker) return { name: null, key: null, kind: "unknown", principal: null };
  const ent = q.speaker.entity ? byId.get(q.speaker.entity) : undefined;
  const mention = q.speaker.mention?.text ?? "";
  if (ent) {
    if (ent.type === "PER" || (!ent.head && ent.role && PERSON_ROLES.test(ent.role)) || isPerson(ent.name)) {
      if (ent.role === "Spokesperson" || SPOKES.test(mention)) return { name: ent.name, key: `spokesperson: ${key(ent.name)}`, kind: "spokesperson", principal: null };
      return { name: ent.name, key: key(ent.name), kind: "person", principal: null };
    }
    const head = ent.head ? byId.get(ent.head) : undefined;
    const principal = head ? key(head.name) : null;
    if (SPOKES.test(ent.name) || SPOKES.test(mention)) return { name: ent.name, key: `spokesperson: ${foldName(ent.name)}`, kind: "spokesperson", principal };
    if (head || OFFICE.test(ent.name)) return { name: ent.name, key: principal ? `office: ${principal}` : foldName(ent.name), kind: "office", principal };
    return { name: ent.name, key: key(ent.name, false), kind: ent.type === "LOC" || ent.type === "MISC" ? "unknown" : "organisation", principal: null };
  }
  const name = q.speaker.name;
  const holder = officeHolder(name) ?? officeHolder(mention);
  const principal = holder ? key(holder) : null;
  if (SPOKES.test(name) || SPOKES.test(mention)) return { name, key: `spokesperson: ${foldName(name).replace(/^the\s+/, "")}`, kind: "spokesperson", principal };
  if (holder || OFFICE.test(name)) return { name, key: principal ? `office: ${principal}` : foldName(name).replace(/^the\s+/, ""), kind: "office", principal };
  return { name, key: foldName(name).replace(/^the\s+/, ""), kind: /^[A-Z]/.test(name) ? "organisation" : "unknown", principal: null };
}

const QUOTE_PAIR = /[“"«]([^”"»]{3,})[”"»]/g;

/** The quote claims of an article (quoted parts of mixed quotes as direct words). */
export function quoteClaims(a: Analysis, key: ActorKeyFn, byId: Map<string, Entity>, isPerson: (name: string) => boolean): QuoteClaim[] {
  const text = a.document.text;
  const out: QuoteClaim[] = [];
  for (const q of a.quotes) {
    const sp = speakerOf(q, byId, key, isPerson);
    const base = { kind: "quote" as const, quoteId: q.id, speakerName: sp.name, speakerKey: sp.key, speakerKind: sp.kind, principal: sp.principal };
    const push = (start: number, end: number, direct: boolean) => {
      // Words in brackets inside a quotation are the outlet's insertions ("(£43 billion)").
      const inserts = [...text.slice(start, end).matchAll(/\([^()]*\)|\[[^\[\]]*\]/g)].map((m) => [start + m.index!, start + m.index! + m[0].length]);
      const tokens = words(text, start, end).filter((t) => !inserts.some(([s, e]) => s <= t.start && t.end <= e));
      if (tokens.length < 2) return; // “a huge tragedy”: a two-word fragment is a quotation too
      out.push({ ...base, direct, tokens, norm: tokens.map((t) => t.norm).join(" "), evidence: evidenceFor(a, start, end) });
    };
    if (q.type === "mixed") {
      // Only the quoted parts are the speaker's exact words.
      const inner = q.content.text;
      QUOTE_PAIR.lastIndex = 0;
      let any = false;
      for (let m = QUOTE_PAIR.exec(inner); m; m = QUOTE_PAIR.exec(inner)) {
        const s = q.content.start + m.index + 1;
        push(s, s + m[1].length, true);
        any = true;
      }
      if (!any) push(q.content.start, q.content.end, false);
    } else {
      push(q.content.start, q.content.end, q.type === "direct");
    }
  }
  return out;
}
