/**
 * Quotations across outlets: the same speaker's words in different wording (a word-level diff),
 * the same words credited to different speakers (attribution shifts: a person in one outlet,
 * their office, spokesperson or nobody in another), and quotes several sources agree on.
 */
import type { Agreement, AttributedSide, AttributionShift, Evidence, QuoteVariant, SpeakerKind } from "../StoryReport.js";
import type { QuoteClaim } from "../claims/claims.js";
import type { StoryDoc } from "./docs.js";
import { preview } from "../report/preview.js";
import { alignWords, setContainmentBound } from "./alignTokens.js";
import { sentenceWords, spanOf } from "../claims/text.js";
import { paraphrasedQuotes } from "./paraphrases.js";
import { sameLetters } from "./sameLetters.js";
import { isRelay, sameSource } from "./figureAttribution.js";

export interface QuoteOptions {
  /** Same-speaker quotes are one quotation at this word containment (default 0.7). */
  variantContainment?: number;
  /** Fewest shared words for a variant (default 5). */
  variantMinShared?: number;
  /** Different-speaker quotes are the same words at this containment (default 0.85). */
  shiftContainment?: number;
  /** Fewest shared words for an attribution shift (default 6). */
  shiftMinShared?: number;
}

interface Item {
  doc: StoryDoc;
  claim: QuoteClaim;
  toks: string[];
  set: Set<string>;
}

interface Wording {
  speaker: string;
  norm: string;
  tokens: string[];
  set: Set<string>;
  items: Item[];
}

const REPORTING = /\b(?:said|says|say|told|tells|according|added|stated|declared|announced|insisted|warned|noted|wrote|tweeted|posted)\b/i;

function sources(items: Item[]): number {
  return new Set(items.map((i) => i.doc.group)).size;
}

/** Highlights, inside each evidence sentence, the words of that side that differ. */
function highlightDiff(ev: Evidence, claim: QuoteClaim, changedIdx: Set<number>): Evidence {
  const hl = claim.tokens.filter((_, k) => changedIdx.has(k)).map((t) => ({ start: t.start, end: t.end, text: ev.span.text.slice(t.start - ev.span.start, t.end - ev.span.start) }));
  return hl.length ? { ...ev, highlight: hl } : ev;
}

/** Marks where the sentence names the speaker (what differs in an attribution shift), when it does. */
function withSpeaker(ev: Evidence, speaker: string | null): Evidence {
  if (!speaker) return ev;
  const at = ev.sentence.text.toLowerCase().indexOf(speaker.toLowerCase());
  if (at < 0) return ev;
  const start = ev.sentence.start + at;
  return { ...ev, highlight: [{ start, end: start + speaker.length, text: ev.sentence.text.slice(at, at + speaker.length) }] };
}

function attributed(items: Item[], kind: SpeakerKind, speaker: string | null): AttributedSide {
  const first = items[0].claim;
  return {
    label: `${speaker ?? "(no one)"}: “${preview(first.evidence.span.text)}”`,
    speaker,
    speakerKind: kind,
    evidence: items.map((i) => withSpeaker(i.claim.evidence, i.claim.speakerName)),
    sources: sources(items),
  };
}

export interface QuoteFindings {
  variants: QuoteVariant[];
  shifts: AttributionShift[];
  agreements: Agreement[];
  /** Same-speaker quotation clusters (for presence). */
  clusters: { key: string; label: string; items: Item[] }[];
}

/** Compares quotations across the story's articles. */
export function compareQuotes(docs: readonly StoryDoc[], opts: QuoteOptions = {}): QuoteFindings {
  const vC = opts.variantContainment ?? 0.7;
  const vMin = opts.variantMinShared ?? 5;
  const sC = opts.shiftContainment ?? 0.85;
  const sMin = opts.shiftMinShared ?? 6;
  const items: Item[] = docs.flatMap((doc) =>
    doc.claims.quotes.map((claim) => {
      const toks = claim.norm.split(" ");
      return { doc, claim, toks, set: new Set(toks) };
    }),
  );
  const out: QuoteFindings = { variants: [], shifts: [], agreements: [], clusters: [] };

  // ── wordings: one per (speaker, normalised words), direct quotes only
  const wordings: Wording[] = [];
  for (const it of items) {
    if (!it.claim.direct || !it.claim.speakerKey) continue;
    let w = wordings.find((x) => x.speaker === it.claim.speakerKey && x.norm === it.claim.norm);
    if (!w) wordings.push((w = { speaker: it.claim.speakerKey, norm: it.claim.norm, tokens: it.toks, set: it.set, items: [] }));
    if (!w.items.some((x) => x.doc === it.doc)) w.items.push(it);
  }
  // ── clusters of one quotation (same speaker, high containment) and variants inside them
  const parent = wordings.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (let i = 0; i < wordings.length; i++) {
    for (let j = i + 1; j < wordings.length; j++) {
      const a = wordings[i];
      const b = wordings[j];
      if (a.speaker !== b.speaker) continue;
      if (a.items.every((x) => b.items.some((y) => y.doc === x.doc))) continue; // one article's own repeats
      if (setContainmentBound(a.tokens, a.set, b.tokens, b.set) < vC) continue;
      const al = alignWords(a.tokens, b.tokens);
      if (al.containment < vC || al.pairs.length < vMin) continue;
      parent[find(j)] = find(i);
      if (al.innerChanges === 0) continue; // one is an excerpt of the other
      if (sameLetters(a.tokens, b.tokens)) continue; // "cross-checked" / "cross checked", "from the flooding" / "from flooding"
      const changedWords = al.diff.filter((d) => d.op !== "same").reduce((n, d) => n + Math.max(d.a ? d.a.split(" ").length : 0, d.b ? d.b.split(" ").length : 0), 0);
      if (changedWords > 0.4 * Math.min(a.tokens.length, b.tokens.length)) continue;
      const [ia, ib] = changedIndexes(al.pairs, a.tokens.length, b.tokens.length);
      out.variants.push({
        speaker: a.items[0].claim.speakerName ?? a.speaker,
        a: { label: `“${preview(a.items[0].claim.evidence.span.text, 200)}”`, evidence: a.items.map((x) => highlightDiff(x.claim.evidence, x.claim, ia)), sources: sources(a.items) },
        b: { label: `“${preview(b.items[0].claim.evidence.span.text, 200)}”`, evidence: b.items.map((x) => highlightDiff(x.claim.evidence, x.claim, ib)), sources: sources(b.items) },
        diff: al.diff,
        similarity: Math.round(al.similarity * 100) / 100,
      });
    }
  }
  const clusters = new Map<number, Item[]>();
  wordings.forEach((w, i) => {
    const r = find(i);
    const list = clusters.get(r) ?? [];
    for (const it of w.items) if (!list.some((x) => x.doc === it.doc)) list.push(it);
    clusters.set(r, list);
  });
  for (const [r, list] of clusters) {
    const w = wordings[r];
    const key = `${w.speaker}: ${w.tokens.slice(0, 8).join(" ")}`;
    const label = `${list[0].claim.speakerName ?? w.speaker}: “${preview(list[0].claim.evidence.span.text)}”`;
    out.clusters.push({ key, label, items: list });
    const n = sources(list);
    if (n >= 2) out.agreements.push({ kind: "quote", key, label, sources: n, evidence: list.map((x) => x.claim.evidence) });
  }

  // ── attribution shifts: the same words, different speakers
  // A wire agency an outlet credits ("…, according to the Associated Press") relays the words; it is no speaker of its own.
  // An unnamed source ("a security researcher", "an unnamed Western diplomat") is a speaker too.
  const usable = items.filter((it) => it.claim.tokens.length >= sMin && (it.claim.speakerKind !== "unknown" || isUnnamedSource(it.claim.speakerName)) && it.claim.speakerKey && !isRelay(it.claim.speakerName ?? ""));
  // Reported speech shifts tense and person ("The port will reopen" / "the port would reopen"): compared folded.
  const folded = new Map<Item, { toks: string[]; set: Set<string> }>(usable.map((it) => {
    const toks = backshift(it.toks);
    return [it, { toks, set: new Set(toks) }];
  }));
  const shiftPairs = new Map<string, { a: Item[]; b: Item[]; sim: number; ka: string; kb: string }>();
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const x = usable[i];
      const y = usable[j];
      if (x.doc === y.doc || x.claim.speakerKey === y.claim.speakerKey) continue;
      // One organisation under two names ("USGS" / "US Geological Survey") is no shift.
      if (x.claim.speakerName && y.claim.speakerName && sameSource(x.claim.speakerName, y.claim.speakerName)) continue;
      if (x.claim.direct !== y.claim.direct) continue;
      const fx = folded.get(x)!;
      const fy = folded.get(y)!;
      if (setContainmentBound(fx.toks, fx.set, fy.toks, fy.set) < sC) continue;
      const al = alignWords(fx.toks, fy.toks);
      if (al.containment < sC || al.pairs.length < sMin) continue;
      const [p, q] = x.claim.speakerKey! < y.claim.speakerKey! ? [x, y] : [y, x];
      const id = `${p.claim.speakerKey}→${q.claim.speakerKey}|${p.claim.norm.slice(0, 40)}`;
      const rec = shiftPairs.get(id) ?? { a: [], b: [], sim: al.containment, ka: p.claim.speakerKey!, kb: q.claim.speakerKey! };
      if (!rec.a.some((z) => z.doc === p.doc)) rec.a.push(p);
      if (!rec.b.some((z) => z.doc === q.doc)) rec.b.push(q);
      shiftPairs.set(id, rec);
    }
  }
  for (const r of shiftPairs.values()) {
    // The person first when one side is a person.
    let [a, b] = [r.a, r.b];
    if (b[0].claim.speakerKind === "person" && a[0].claim.speakerKind !== "person") [a, b] = [b, a];
    out.shifts.push({
      shift: shiftName(a[0].claim, b[0].claim),
      a: attributed(a, a[0].claim.speakerKind, a[0].claim.speakerName),
      b: attributed(b, b[0].claim.speakerKind, b[0].claim.speakerName),
      similarity: Math.round(r.sim * 100) / 100,
    });
  }

  // ── the same words stated by an outlet as its own (no attribution at all)
  // Candidate sentences per article: outside quotations, no reporting verb, no quote marks.
  const plain = new Map<StoryDoc, { s: Evidence["sentence"]; sw: ReturnType<typeof sentenceWords>[number]["words"]; swn: string[]; set: Set<string> }[]>();
  for (const d of docs) {
    plain.set(
      d,
      sentenceWords(d.claims.text)
        .filter(({ sentence: s }) => !d.claims.quoteSpans.some((q) => q.start < s.end && s.start < q.end) && !REPORTING.test(s.text) && !/["“”]/.test(s.text))
        .map(({ sentence, words: sw, norms }) => ({ s: sentence, sw, swn: norms, set: new Set(norms) })),
    );
  }
  for (const it of items) {
    if (!it.claim.direct || !it.claim.speakerKey || it.claim.tokens.length < 8 || it.claim.speakerKind === "unknown") continue;
    const toks = it.toks;
    for (const d of docs) {
      if (d === it.doc || d.group === it.doc.group) continue;
      if (items.some((q) => q.doc === d && setContainmentBound(toks, it.set, q.toks, q.set) >= 0.6 && alignWords(toks, q.toks).containment >= 0.6)) continue;
      for (const { s, sw, swn, set } of plain.get(d)!) {
        if (sw.length < toks.length * 0.85) continue;
        if (setContainmentBound(toks, it.set, swn, set) * Math.min(toks.length, swn.length) < 0.85 * toks.length) continue;
        const al = alignWords(toks, swn);
        if (al.pairs.length / toks.length < 0.85) continue;
        const first = sw[al.pairs[0][1]];
        const last = sw[al.pairs[al.pairs.length - 1][1]];
        const ev: Evidence = { docId: d.analysis.document.id, outlet: d.analysis.document.outlet, published: d.analysis.document.published, span: spanOf(d.claims.text, first.start, last.end), sentence: s };
        out.shifts.push({
          shift: `${it.claim.speakerKind}→unattributed`,
          a: attributed([it], it.claim.speakerKind, it.claim.speakerName),
          b: { label: `(no one): “${preview(ev.span.text)}”`, speaker: null, speakerKind: "unknown", evidence: [ev], sources: 1 },
          similarity: Math.round((al.pairs.length / toks.length) * 100) / 100,
        });
      }
    }
  }
  // ── the same statement reworded or translated, direct or reported (content words, not strings)
  out.variants.push(...paraphrasedQuotes(docs, out.variants));
  return out;
}

/** A speaker named only by what they are: "a security researcher", "an unnamed Western diplomat", "officials". */
const UNNAMED_SOURCE =
  /^(?:(?:an?|one|two|several|some|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:officials?|officers?|researchers?|diplomats?|sources?|experts?|analysts?|aides?|advis[eo]rs?|witness(?:es)?|residents?|investigators?|insiders?|employees?|spokes(?:man|woman|person))$/iu;

export function isUnnamedSource(name: string | null): boolean {
  if (!name || !UNNAMED_SOURCE.test(name.trim())) return false;
  return name.trim().split(/\s+/).length >= 2 || /^(?:officials|sources)$/i.test(name.trim());
}

/** Words reported speech changes ("will" → "would", "we" → "they"), folded to one form. */
const BACKSHIFT = new Map<string, string>([
  ["will", "would"], ["is", "was"], ["are", "were"], ["has", "had"], ["have", "had"], ["can", "could"], ["may", "might"],
  ["shall", "should"], ["we", "they"], ["our", "their"], ["us", "them"], ["ours", "theirs"], ["i", "he"], ["my", "his"],
  ["she", "he"], ["her", "his"], ["me", "him"], ["'ll", "would"], ["won't", "wouldn't"], ["can't", "couldn't"],
]);

function backshift(toks: readonly string[]): string[] {
  return toks.map((t) => BACKSHIFT.get(t) ?? t);
}

function kindName(c: QuoteClaim): string {
  return c.speakerKind === "unknown" && isUnnamedSource(c.speakerName) ? "unnamed" : c.speakerKind;
}

function shiftName(a: QuoteClaim, b: QuoteClaim): string {
  if (a.speakerKind === "person" && b.speakerKind === "person") return "different person";
  if (kindName(a) === "unnamed" && kindName(b) === "unnamed") return "different unnamed source";
  const rel = b.principal && b.principal === a.speakerKey ? " (same principal)" : "";
  return `${kindName(a)}→${kindName(b)}${rel}`;
}

/** Token indexes of each side that differ: gaps between matched words, and ends changed on both sides. */
function changedIndexes(pairs: [number, number][], na: number, nb: number): [Set<number>, Set<number>] {
  const sa = new Set<number>();
  const sb = new Set<number>();
  const all: [number, number][] = [...pairs, [na, nb]];
  let pi = 0;
  let pj = 0;
  all.forEach(([i, j], k) => {
    const edge = k === 0 || k === all.length - 1;
    if ((i > pi && j > pj) || !edge) {
      for (let x = pi; x < i; x++) sa.add(x);
      for (let y = pj; y < j; y++) sb.add(y);
    }
    pi = i + 1;
    pj = j + 1;
  });
  return [sa, sb];
}
