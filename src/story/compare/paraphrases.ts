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
import { preview } from "../report/preview.js";
import { alignWords } from "./alignTokens.js";
import { sameLetters } from "./sameLetters.js";

export interface ParaphraseOptions {
  /** Share of the shorter statement's content words (weighted by rarity) the other must have (default 0.4). */
  minOverlap?: number;
  /** Fewest shared content words (default 3; a statement of three words or fewer may share one). */
  minShared?: number;
}

const NUMBER_WORD = /^(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?)$/;

/** One wording of one speaker: the same words in several articles (wire copies) are one wording. */
/** The numbers written in digits in a text ("1,014" → "1014"). */
function numbersIn(text: string): Set<string> {
  return new Set((text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/,/g, "").replace(/\.$/, "")));
}

interface Stmt {
  doc: StoryDoc;
  claim: QuoteClaim;
  words: Map<string, number>;
  /** Every article with these words from this speaker (first = `doc`). */
  all: { doc: StoryDoc; claim: QuoteClaim }[];
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
  const byWording = new Map<string, Stmt>();
  for (const doc of docs) {
    for (const claim of doc.claims.quotes) {
      if (!claim.speakerKey) continue;
      const id = `${personKey(claim)}|${claim.norm}`;
      const same = byWording.get(id);
      if (same) {
        if (!same.all.some((x) => x.doc === doc)) same.all.push({ doc, claim });
        continue;
      }
      const words = new Map<string, number>();
      for (const w of contentWords(claim.evidence.span.text)) words.set(w, (words.get(w) ?? 0) + 1);
      if (words.size === 0) continue;
      const st: Stmt = { doc, claim, words, all: [{ doc, claim }] };
      byWording.set(id, st);
      stmts.push(st);
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
      if (personKey(a.claim) !== personKey(b.claim)) continue;
      if (a.all.some((x) => b.all.some((y) => x.doc === y.doc || x.doc.group === y.doc.group))) continue;
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
      // Both must be quoted fragments: a short reported clause ("the port would reopen on Monday") is a statement of its own.
      const short = Math.min(a.words.size, b.words.size) <= 3 && a.claim.direct && b.claim.direct;
      const enough = (shared >= minShared && overlap >= minOverlap) || (short && shared >= 1 && overlap >= 0.35);
      if (!enough) continue;
      const cos = overlap;
      const ta = a.claim.tokens.map((t) => t.norm);
      const tb = b.claim.tokens.map((t) => t.norm);
      const al = alignWords(ta, tb);
      if (al.innerChanges === 0 && al.containment >= 0.95) continue; // the same words: not a rewording
      if (sameLetters(ta, tb)) continue; // only a hyphen, a space or an article differs
      // Different numbers and none in common ("raised the toll to 912" / "the toll had risen to
      // 3,549"): two updates of a figure, which the figure timelines report.
      const na = numbersIn(ea.span.text);
      const nb = numbersIn(eb.span.text);
      if (na.size > 0 && nb.size > 0 && ![...na].some((x) => nb.has(x))) continue;
      // Only a number differs ("killed 412" / "killed 421"): a figure difference, reported as one.
      if (al.diff.every((d) => d.op === "same" || `${d.a} ${d.b}`.trim().split(/\s+/).every((w) => NUMBER_WORD.test(w)))) continue;
      used.add(a);
      used.add(b);
      out.push({
        speaker: a.claim.speakerName ?? a.claim.speakerKey!,
        a: { label: `${a.claim.direct ? "" : "(reported) "}“${preview(ea.span.text, 200)}”`, evidence: a.all.map((x) => x.claim.evidence), sources: new Set(a.all.map((x) => x.doc.group)).size },
        b: { label: `${b.claim.direct ? "" : "(reported) "}“${preview(eb.span.text, 200)}”`, evidence: b.all.map((x) => x.claim.evidence), sources: new Set(b.all.map((x) => x.doc.group)).size },
        diff: al.diff,
        similarity: Math.round(cos * 100) / 100,
      });
    }
  }
  return out;
}
