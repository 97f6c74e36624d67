import type { Analysis, Span } from "../types.js";

/** brat's annotation.conf for what `bratStandoff` writes. */
export const BRAT_CONF = `[entities]
PER
ORG
LOC
GPE
NORP
MISC
Quote
Cue
Speaker

[relations]
Speaker\tArg1:Quote, Arg2:<ENTITY>
Cue\tArg1:Quote, Arg2:Cue
Continues\tArg1:Quote, Arg2:Quote
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteType\tArg:Quote, Value:direct|indirect|mixed
MentionKind\tArg:<ENTITY>, Value:name|title|pronoun|nominal
`;

/**
 * UTF-16 offset → Unicode code point offset (brat, like Python, counts code points). Identity
 * for texts without astral characters.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/**
 * brat standoff for one analysis: the `.txt` is the document text unchanged; the `.ann` has a
 * T line per entity mention (type PER/ORG/…, with a MentionKind attribute and an AnnotatorNotes
 * line naming the entity), per quote content (Quote, with a QuoteType attribute) and cue (Cue),
 * and Speaker / Cue / Continues relations. A span crossing a line break is written as fragments
 * (brat spans cannot contain newlines). Offsets are code points, as brat counts them.
 */
export function bratStandoff(a: Analysis): { txt: string; ann: string } {
  const text = a.document.text;
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0, r = 0, at = 0, note = 0;
  const bySpan = new Map<string, string>();

  const addT = (type: string, span: Span): string | null => {
    const key = `${type}:${span.start}:${span.end}`;
    const existing = bySpan.get(key);
    if (existing) return existing;
    const frags = fragments(text, span.start, span.end);
    if (frags.length === 0) return null;
    const id = `T${++t}`;
    const offs = frags.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(";");
    lines.push(`${id}\t${type} ${offs}\t${frags.map(([s, e]) => text.slice(s, e)).join(" ")}`);
    bySpan.set(key, id);
    bySpan.set(`any:${span.start}:${span.end}`, id);
    return id;
  };

  const entityType = new Map(a.entities.map((e) => [e.id, e.type]));
  for (const e of a.entities) {
    for (const m of e.mentions) {
      const id = addT(e.type, m);
      if (!id) continue;
      lines.push(`A${++at}\tMentionKind ${id} ${m.kind}`);
      lines.push(`#${++note}\tAnnotatorNotes ${id}\t${e.id} ${e.name.replace(/\s+/g, " ")}`);
    }
  }
  const quoteT = new Map<string, string>();
  for (const q of a.quotes) {
    const qt = addT("Quote", q.content);
    if (!qt) continue;
    quoteT.set(q.id, qt);
    lines.push(`A${++at}\tQuoteType ${qt} ${q.type}`);
    lines.push(`#${++note}\tAnnotatorNotes ${qt}\t${q.id}${q.speaker ? " " + q.speaker.name.replace(/\s+/g, " ") : ""}`);
    if (q.cue) {
      const ct = addT("Cue", q.cue);
      if (ct) lines.push(`R${++r}\tCue Arg1:${qt} Arg2:${ct}`);
    }
    if (q.speaker?.mention) {
      const m = q.speaker.mention;
      const type = (q.speaker.entity && entityType.get(q.speaker.entity)) || "Speaker";
      const st = bySpan.get(`${type}:${m.start}:${m.end}`) ?? addT(type, m);
      if (st) lines.push(`R${++r}\tSpeaker Arg1:${qt} Arg2:${st}`);
    }
  }
  for (const q of a.quotes) {
    const from = quoteT.get(q.id);
    const to = q.continues ? quoteT.get(q.continues) : undefined;
    if (from && to) lines.push(`R${++r}\tContinues Arg1:${from} Arg2:${to}`);
  }
  return { txt: text, ann: lines.length ? lines.join("\n") + "\n" : "" };
}

/** `[start, end)` split at line breaks, each piece trimmed of whitespace; empty pieces dropped. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = start; i < end; i++) {
    if (text[i] === "\n" || text[i] === "\r") {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, end);
  return out;
}
