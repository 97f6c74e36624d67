import type { Sentence } from "../../types.js";
import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { insideSegment, segmentsIn, tokenSpan, trimContent } from "./QuoteContext.js";
import { finiteClause, STATEMENT_HEADS } from "./phraseShapes.js";
import { adverbialAt, nounPhraseStartingAt, type TokenRange } from "./speakerPhrase.js";
import { CLAUSE_ENDING_PARTICIPLES, ISSUED_DOCUMENTS, ISSUING_PARTICIPLES } from "../../lexicons/en/reportingVerbs.js";
import { ACCORDING_CUES, NON_SPEAKER_HEADS, SOURCELESS_HEADS } from "../../lexicons/en/quoteWords.js";

const ISSUED = new Set(ISSUING_PARTICIPLES);
const DOCUMENTS = new Set(ISSUED_DOCUMENTS);
const RELAYING = new Set(["citing", "quoting"]);

/** How many tokens of an `ACCORDING_CUES` phrase start at token `k` (0 when none). */
export function accordingCueAt(T: QuoteContext["tokens"], k: number): number {
  for (const cue of ACCORDING_CUES) if (cue.every((w, i) => T[k + i]?.norm === w && T[k + i].sentence === T[k].sentence)) return cue.length;
  return 0;
}

/** "according to X" (and "as per X", "as reported by X"): the rest of the sentence (or the clause before) is X's. */
export function findAccordingTo(ctx: QuoteContext): QuoteCandidate[] {
  const T = ctx.tokens;
  const out: QuoteCandidate[] = [];
  for (const s of ctx.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const n = accordingCueAt(T, k);
      if (!n) continue;
      const c = accordingTo(ctx, s, k, n);
      if (c) out.push(c);
      k += n - 1;
    }
  }
  return out;
}

function accordingTo(ctx: QuoteContext, s: Sentence, k: number, n: number): QuoteCandidate | null {
  const T = ctx.tokens;
  let np = nounPhraseStartingAt(T, k + n, s.tokenEnd);
  // (a plural the tagger reads as a verb: "According to sources, …")
  if (!np && /^\p{L}+s$/u.test(T[k + n]?.text ?? "") && T[k + n + 1]?.text === ",") np = { from: k + n, to: k + n + 1 };
  // (a document or tally the tagger reads as a verb, with its issuer: "according to figures from the ministry")
  if (!np && DOCUMENTS.has(T[k + n]?.norm ?? "") && /^(from|by|of)$/.test(T[k + n + 1]?.norm ?? "")) {
    const issuer = nounPhraseStartingAt(T, k + n + 2, s.tokenEnd);
    if (issuer) np = { from: k + n, to: issuer.to };
  }
  if (!np) return null;
  // ("as per the agreement", "according to the plan": a text or an arrangement is no source)
  if (NON_SPEAKER_HEADS[T[np.to - 1].norm]) return null;
  // ("according to preliminary data", "according to the latest figures": no one's; not "health
  // ministry data", "figures from the ministry", "Reuters calculations")
  if (SOURCELESS_HEADS[T[np.to - 1].norm] && T.slice(np.from, np.to - 1).every((t) => t.pos === "DET" || t.pos === "ADJ") && !/^(from|by|of)$/.test(T[np.to]?.norm ?? "")) return null;
  // "according to a statement released by the Qatari foreign ministry": the phrase runs on to
  // the issuer (resolveSpeaker takes the name after "by")
  const v = np.to;
  if (STATEMENT_HEADS.has(T[v - 1]?.norm ?? "") && ISSUED.has(T[v]?.norm ?? "") && (T[v + 1]?.norm === "by" || T[v + 1]?.norm === "from")) {
    const issuer = nounPhraseStartingAt(T, v + 2, s.tokenEnd);
    if (issuer) np = { from: np.from, to: issuer.to };
  }
  // "according to Reuters, citing AFAD, …": the innermost source speaks (the gold guidelines:
  // nested attribution credits the innermost speaker)
  if (T[np.to]?.text === "," && RELAYING.has(T[np.to + 1]?.norm ?? "")) {
    const inner = nounPhraseStartingAt(T, np.to + 2, s.tokenEnd);
    if (inner && !NON_SPEAKER_HEADS[T[inner.to - 1].norm]) np = inner;
  }
  // (after a list bullet too: "• According to Russian media, …")
  const atStart = k === s.tokenStart || (k === s.tokenStart + 1 && (T[s.tokenStart].pos === "CCONJ" || /^[\u2022\u25AA\u25CF*\u2013\u2014-]$/.test(T[s.tokenStart].text)));
  let content: { start: number; end: number };
  if (atStart) {
    let c = np.to;
    // ("According to the ministry on Monday, 40 people died": past the adverbial after the source)
    if (c < s.tokenEnd && adverbialAt(T, c)) {
      let q = c;
      while (q < s.tokenEnd && q < c + 6 && T[q].text !== ",") q++;
      if (T[q]?.text === ",") c = q;
    }
    // ("According to officials familiar with the matter, …", "According to Lima, who spoke to
    // reporters, …": a modifier of the source, not a clause, runs on to the comma)
    if (T[c]?.text !== ",") {
      let q = c;
      while (q < s.tokenEnd && q < c + 12 && T[q].text !== "," && !/^[\u201C"]$/.test(T[q].text)) q++;
      if (T[q]?.text === "," && q > c && !finiteClause(T.slice(c, q))) c = q;
    } else if (T[c + 1]?.norm === "who" || T[c + 1]?.norm === "which") {
      let q = c + 1;
      while (q < s.tokenEnd && q < c + 16 && T[q].text !== ",") q++;
      if (T[q]?.text === ",") c = q;
    }
    if (T[c]?.text === ",") c++;
    if (c >= s.tokenEnd - 1) return null;
    content = trimContent(ctx.text, T[c].start, writersParticiple(ctx, s, c + 2) ?? s.end, true);
  } else if (T[k - 1]?.text === "," && accordingToAside(ctx, s, k, np)) {
    // "The proposal, according to Egyptian officials, includes a phased withdrawal": the
    // attribution sits between the subject and its predicate (or after an adverbial opener:
    // "Over the long term, according to the budget office, the rise … is"); the whole sentence
    // is the content
    content = trimContent(ctx.text, s.start, s.end, true);
  } else {
    let b = k - 1;
    if (T[b]?.text === ",") b--;
    if (b - s.tokenStart < 2) return null;
    content = trimContent(ctx.text, s.start, T[b].end, false);
  }
  if (content.end - content.start < 8) return null;
  const segs = segmentsIn(ctx, content.start - 1, content.end + 1);
  return {
    type: segs.length ? "mixed" : "indirect",
    np,
    cue: tokenSpan(ctx, k, k + n),
    cueToken: k,
    content,
    claims: [],
    rejectIf: "none",
    method: "pattern:according-to",
    confidence: [0.75, 0.65],
    sentence: s.index,
    order: [1, s.index, 1, k],
  };
}

/**
 * Where a participle clause of the writer's starts after token `from` ("…, increasing the total
 * to 1,700"): the offset of its comma, or null.
 */
function writersParticiple(ctx: QuoteContext, s: Sentence, from: number): number | null {
  const T = ctx.tokens;
  for (let q = from; q < s.tokenEnd - 1; q++) {
    if (T[q].text === "," && CLAUSE_ENDING_PARTICIPLES.has(T[q + 1].norm) && !insideSegment(ctx, T[q].start)) return T[q].start;
  }
  return null;
}

/**
 * Is "according to" at token `k` (source `np`) an aside between commas inside the reported
 * clause? The words before it have no verb and no comma; the aside may run on past the source
 * with an apposition, a relative clause or a prepositional phrase ("according to Dennis Ross,
 * another former envoy,", "according to members who spoke with reporters,"); after it comes
 * the predicate ("…, was a decision") or, after a verbless opener, a clause ("…, the rise … is").
 */
function accordingToAside(ctx: QuoteContext, s: Sentence, k: number, np: TokenRange): boolean {
  const T = ctx.tokens;
  if (T.slice(s.tokenStart, k - 1).some((x) => x.pos === "VERB" || x.pos === "AUX" || x.text === ",")) return false;
  // the comma that closes the aside
  let close = np.to;
  while (close < s.tokenEnd && close < np.to + 12 && T[close].text !== "," && !/^[\u201C\u201D"(]$/.test(T[close].text)) close++;
  if (T[close]?.text !== ",") return false;
  if (close === np.to) {
    const app = nounPhraseStartingAt(T, close + 1, s.tokenEnd);
    if (app && T[app.to]?.text === "," && T[app.to + 1] && (T[app.to + 1].pos === "VERB" || T[app.to + 1].pos === "AUX")) close = app.to;
  }
  const next = T[close + 1];
  if (!next || next.sentence !== s.index) return false;
  return next.pos === "VERB" || next.pos === "AUX" || finiteClause(T.slice(close + 1, s.tokenEnd));
}
