/**
 * Paraphrased and translated quotations: the same speaker's statement in different words in
 * different outlets ("a huge tragedy" / "a great tragedy"; two translations of one sentence; a
 * direct quote in one outlet, reported speech in another). Two statements of one speaker are one
 * statement when their content words (stemmed, stop words out), weighted by how rare each word is
 * among the story's quotations, overlap by at least `minOverlap` of the shorter statement and
 * share at least `minShared` words, and they are not word-for-word the same (those are variants or agreements).
 */
import type { QuoteVariant } from "../StoryReport.js";
import type { QuoteClaim } from "../claims/types.js";
import { contentWords } from "../cluster/featuresText.js";
import type { StoryDoc } from "./docs.js";
import { alignWords } from "./alignTokens.js";

export interface ParaphraseOptions {
  /** Share of the shorter statement's content words (weighted by rarity) the other must have (default 0.4). */
  minOverlap?: number;
  /** Fewest shared content words (default 3; a statement of three words or fewer may share one). */
  minShared?: number;
}

interface Stmt {
  doc: StoryDoc;
  claim: QuoteClaim;
  words: Map<string, number>;
}

function preview(s: string, max = 200): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The speaker a statement is credited to, whatever the role it is named by ("spokesperson: watson" → "watson"). */
function personKey(c: QuoteClaim): string {
  return c.speakerKey!.replace(/^[a-z]+: /, "");
}

/** Same-speaker statements worded differently across outlets (direct or indirect). */
export function paraphrasedQuotes(docs: readonly StoryDoc[], known: readonly QuoteVariant[], opts: ParaphraseOptions = {}): QuoteVariant[] {
  const minOverlap = opts.minOverlap ?? 0.4;
  const minShared = opts.minShared ?? 3;
  const stmts: Stmt[] = [];
  for (const doc of docs) {
    for (const claim of doc.claims.quotes) {
      if (!claim.speakerKey) continue;
      const words = new Map<string, number>();
      for (const w of contentWords(claim.evidence.span.text)) words.set(w, (words.get(w) ?? 0) + 1);
      if (words.size >= 1) stmts.push({ doc, claim, words });
    }
  }
  // Rarity of a word among the story's quotations: topic words every statement shares count little.
  const df = new Map<string, number>();
  for (const s of stmts) for (const w of s.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + stmts.length / (df.get(w) ?? 1));
  const seen = new Set<string>();
  for (const v of known) for (const a of v.a.evidence) for (const b of v.b.evidence) seen.add(`${a.docId}:${a.span.start}|${b.docId}:${b.span.start}`);
  const out: QuoteVariant[] = [];
  const used = new Set<Stmt>();
  for (let i = 0; i < stmts.length; i++) {
    for (let j = i + 1; j < stmts.length; j++) {
      const a = stmts[i];
      const b = stmts[j];
      if (a.doc === b.doc || a.doc.group === b.doc.group || personKey(a.claim) !== personKey(b.claim)) continue;
      if (used.has(a) && used.has(b)) continue;
      const ea = a.claim.evidence;
      const eb = b.claim.evidence;
      if (seen.has(`${ea.docId}:${ea.span.start}|${eb.docId}:${eb.span.start}`) || seen.has(`${eb.docId}:${eb.span.start}|${ea.docId}:${ea.span.start}`)) continue;
      // Weighted overlap of content words, seen from the shorter statement: a translation or a
      // paraphrase keeps the rare words (names, numbers, the key nouns) and changes the rest.
      let shared = 0;
      let common = 0;
      let wa = 0;
      let wb = 0;
      for (const w of a.words.keys()) wa += idf(w);
      for (const w of b.words.keys()) wb += idf(w);
      for (const w of a.words.keys()) {
        if (!b.words.has(w)) continue;
        shared++;
        common += idf(w);
      }
      const overlap = common / Math.min(wa, wb);
      // A short fragment ("a huge tragedy" / "a great tragedy") may share one word, if it is most of both.
      const short = Math.min(a.words.size, b.words.size) <= 3;
      if (shared < minShared && !(short && shared >= 1 && overlap >= 0.45)) continue;
      if (overlap < minOverlap) continue;
      const cos = overlap;
      const ta = a.claim.tokens.map((t) => t.norm);
      const tb = b.claim.tokens.map((t) => t.norm);
      const al = alignWords(ta, tb);
      if (al.innerChanges === 0 && al.containment >= 0.95) continue; // the same words: not a rewording
      used.add(a);
      used.add(b);
      out.push({
        speaker: a.claim.speakerName ?? a.claim.speakerKey!,
        a: { label: `${a.claim.direct ? "" : "(reported) "}“${preview(ea.span.text)}”`, evidence: [ea], sources: 1 },
        b: { label: `${b.claim.direct ? "" : "(reported) "}“${preview(eb.span.text)}”`, evidence: [eb], sources: 1 },
        diff: al.diff,
        similarity: Math.round(cos * 100) / 100,
      });
    }
  }
  return out;
}
