import type { Sentence, Token } from "../../types.js";
import type { CandidateFields as Found, QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { isCueWord, negated, subjectStart, tokenAt, tokenSpan, trimContent } from "./QuoteContext.js";
import { appositionPhrase, clauseAfter, introducesQuote, isPersonDescription, isPersonName, namedHolder, openingComma, skipAside, speakerLike, STATEMENT_HEADS, subjectOfObject, titleRun, verbBefore, withApposition } from "./phraseShapes.js";
import { quotedAsSaying } from "./quotedAsSaying.js";
import { segmentWords, type QuoteSegment } from "./quoteSegments.js";
import { nounPhraseEndingAt, nounPhraseStartingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";
import { PERSON_DESCRIPTION_HEADS } from "../../lexicons/en/titles.js";
import { APPEAL_VERBS, ATTRIBUTION_DASHES, COPULAS, SPEECH_NOUNS } from "../../lexicons/en/quoteWords.js";

const PERSON_HEADS = new Set(PERSON_DESCRIPTION_HEADS);

/**
 * Direct quotes: an attribution right after the quotation (“…,” X said / “…,” said X / “…” — X)
 * or right before it (X said: “…” / X said, “…” / X: “…”). One candidate per side and quotation;
 * the after-side one comes first, so it wins the quotation when both are found.
 */
export function findDirectQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  ctx.segments.forEach((seg, i) => {
    if (segmentWords(ctx.text, seg) < 1) return;
    const content = trimContent(ctx.text, seg.start, seg.end, false);
    if (content.end <= content.start) return;
    const after = seg.close >= 0 ? attributionAfter(ctx, seg, content) : null;
    const before = attributionBefore(ctx, seg, content);
    // "X told reporters: “…,” the DHA news agency reported": the agency relays X's words; the
    // speaker the colon introduces wins the quotation.
    const relayed = after && before && before.method === "pattern:speaker-said-colon" && isMediaRelay(ctx, after);
    if (after) out.push({ ...after, order: [0, i, relayed ? 1 : 0] });
    if (before) out.push({ ...before, order: [0, i, relayed ? 0 : 1] });
  });
  return out;
}

/** Words that make a reporting subject a news medium ("the DHA news agency", "state television"). */
const MEDIA_WORDS = /\b(?:agency|news|newspaper|media|television|tv|radio|broadcaster|daily|outlet|channel|reuters|afp|ap)\b/i;

/** Whether an after-side attribution is a news medium reporting (“…,” the DHA news agency reported). */
function isMediaRelay(ctx: QuoteContext, f: Found): boolean {
  if (!f.np || !/^report(?:ed|s)?$/i.test(f.cue?.text ?? "")) return false;
  const np = ctx.text.slice(ctx.tokens[f.np.from].start, ctx.tokens[f.np.to - 1].end);
  return MEDIA_WORDS.test(np);
}

function direct(ctx: QuoteContext, seg: QuoteSegment, content: { start: number; end: number }, np: TokenRange, cueFrom: number, cueTo: number, claimsCue: boolean, method: string, sentence: number): Found {
  return { type: "direct", np, cue: tokenSpan(ctx, cueFrom, cueTo), cueToken: claimsCue ? cueFrom : -1, content, claims: [seg], rejectIf: "any", method, confidence: [0.9, 0.75], sentence, segment: seg };
}

function attributionAfter(ctx: QuoteContext, seg: QuoteSegment, content: { start: number; end: number }): Found | null {
  const T = ctx.tokens;
  let j = tokenAt(ctx, seg.closeEnd);
  const t0 = T[j];
  // “… constructive.” He Lifeng said both parties agreed …: a quote that ends its sentence is
  // not attributed by a next sentence whose cue has a clause of its own
  const endsSentence = /[.!?]\s*$/.test(ctx.text.slice(seg.start, seg.close));
  if (!t0 || ctx.sentences[t0.sentence].paragraph !== seg.paragraph) return null;
  const s = ctx.sentences[t0.sentence];
  if (t0.text === "," || t0.text === ";") j++;
  const t = T[j];
  if (!t || j >= s.tokenEnd) return null;
  if (ATTRIBUTION_DASHES[t.text] && t.start > seg.closeEnd) {
    const np = nounPhraseStartingAt(T, j + 1, s.tokenEnd);
    if (np && np.to >= s.tokenEnd - 1) return direct(ctx, seg, content, np, j, j + 1, false, "pattern:dash-after", s.index);
  }
  if (isCueWord(ctx, j) && !/ing$/.test(t.norm)) {
    const np = withApposition(ctx, nounPhraseStartingAt(T, j + 1, s.tokenEnd), s);
    if (np) return direct(ctx, seg, content, np, j, j + 1, true, "pattern:said-speaker", s.index);
  }
  // (an apposition may be long: “…,” Jeb Bush, the former Florida governor and a Republican presidential candidate, told …)
  for (let k = j + 1; k < Math.min(j + 20, s.tokenEnd); k++) {
    const tk = T[k];
    if (/^[\u201C\u201D"\u00AB\u00BB]$/.test(tk.text) || tk.text === "." || tk.text === ";") break;
    if (!isCueWord(ctx, k) && !statementReads(T, k, j)) continue;
    // (“…,” one witness, who asked not to be named, told Reuters: the relative clause's verb is not the cue)
    if (T[k - 1]?.norm === "who" && T[k - 2]?.text === ",") continue;
    if (negated(ctx, k, j)) break;
    // “…,” the minister was quoted as saying (by …) / “…,” IRNA quoted Kanaani as saying
    const relayed = quotedAsSaying(T, k, j);
    if (relayed) return (relayed.relay ?? relayed.np).from === j ? direct(ctx, seg, content, relayed.np, relayed.relay ? k - 1 : relayed.cueFrom, k + 1, true, "pattern:quoted-as-saying", s.index) : null;
    let e = skipAside(T, skipLeftAdverbs(T, k - 1, j), j);
    let np = nounPhraseEndingAt(T, e, j);
    // “…,” another friend, Mariam Emara told CNN: a description, then the name
    if (np && np.from > j && T[np.from - 1].text === "," && isPersonName(ctx, np)) {
      const desc = nounPhraseEndingAt(T, np.from - 2, j);
      const head = desc ? T[desc.to - 1] : undefined;
      if (desc && head && desc.from === j && desc.to - desc.from <= 6 && /^(DET|PRON)$/.test(T[desc.from].pos) && (head.pos === "NOUN" || PERSON_HEADS.has(head.norm))) {
        return direct(ctx, seg, content, np, k, k + 1, true, "pattern:speaker-said", s.index);
      }
    }
    if (!np && T[e]?.text === ",") {
      // “…,” Brent Bozell, founder of the Media Research Center, told …: the name before the apposition
      const c2 = openingComma(T, e, s);
      const name = c2 > j ? nounPhraseEndingAt(T, c2 - 1, j) : null;
      // (a relative clause about the speaker: “…,” one witness, who asked not to be named, told …)
      if (name && name.from === j && (isPersonName(ctx, name) || T[c2 + 1]?.norm === "who")) {
        e = c2 - 1;
        np = name;
      } else if (name && name.from === j) {
        // “…,” the foreign minister, Ana Lima, said: the name in the apposition
        const inner = c2 > j ? appositionPhrase(T, c2, e) : null;
        if (inner && (isPersonName(ctx, inner) || namedHolder(ctx, name, inner))) return direct(ctx, seg, content, inner, k, k + 1, true, "pattern:speaker-said", s.index);
      }
    }
    if (np && (np.from === j || titleRun(T, j, np.from))) {
      // (He calls her “… experience.” He adds, “In a campaign …”: after a quotation inside a
      // clause of its sentence, a cue before a quotation of its own is that one's)
      if (endsSentence && (clauseAfter(T, k, s) || (introducesQuote(T, k) && verbBefore(ctx, seg.open)))) break;
      return direct(ctx, seg, content, { from: j, to: np.to }, k, k + 1, true, "pattern:speaker-said", s.index);
    }
    break;
  }
  return null;
}

function attributionBefore(ctx: QuoteContext, seg: QuoteSegment, content: { start: number; end: number }): Found | null {
  const T = ctx.tokens;
  const p = tokenAt(ctx, seg.open) - 1;
  if (p < 0) return null;
  const tp = T[p];
  const s: Sentence = ctx.sentences[tp.sentence];
  // "In a 1963 speech, he declared:" ending a paragraph introduces a quotation opening the next one
  const blockQuote = tp.text === ":" && s.paragraph === seg.paragraph - 1 && p === s.tokenEnd - 1 && ctx.paragraphs[seg.paragraph]?.start === seg.open;
  if ((s.paragraph !== seg.paragraph && !blockQuote) || p < s.tokenStart) return null;
  if (tp.text !== ":" && tp.text !== ",") return null;
  for (let k = p - 1; k >= Math.max(s.tokenStart, p - 12); k--) {
    // "stated in a statement reported by the Saudi News Agency, SPA: “…”": "reported by"
    // describes the statement; the cue is further left
    if (STATEMENT_HEADS.has(T[k - 1]?.norm ?? "") && T[k + 1]?.norm === "by") continue;
    const reads = statementReads(T, k, s.tokenStart);
    if (T[k].pos === "VERB" && !isCueWord(ctx, k) && !reads) break;
    if (!isCueWord(ctx, k) && !reads) continue;
    if (negated(ctx, k, s.tokenStart)) return null;
    if (/ing$/.test(T[k].norm) && T[k - 1]?.text === ",") {
      // "Here in Columbia, Sanders stepped up …, saying, “…”": the participle's subject is the sentence's
      // (“Nefzi said, adding, “…””: the speaker of the sentence's earlier quote comes first)
      const raw = nounPhraseStartingAt(T, subjectStart(ctx, s, k), k);
      return { ...direct(ctx, seg, content, raw ?? { from: k, to: k }, k, k + 1, true, "pattern:participle-colon", s.index), np: null, subject: { needsNp: true, withHost: raw, alone: raw, mustName: true } };
    }
    const e = skipLeftAdverbs(T, k - 1, s.tokenStart);
    let np = nounPhraseEndingAt(T, e, s.tokenStart);
    // "The senator emailed supporters saying: “…”": the participle follows the verb's object
    if (np && /ing$/.test(T[k].norm)) np = subjectOfObject(ctx, np, s) ?? np;
    const c2 = !np && T[e]?.text === "," ? openingComma(T, e, s) : -1;
    if (c2 >= 0) {
      // "An Israeli government spokesman, David Mencer, said: “…”": the apposition
      const inner = appositionPhrase(T, c2, e);
      const described = c2 > s.tokenStart ? nounPhraseEndingAt(T, c2 - 1, s.tokenStart) : null;
      if (inner && (isPersonName(ctx, inner) || (described && namedHolder(ctx, described, inner)))) np = inner;
      else np = described;
    }
    return np ? direct(ctx, seg, content, np, k, k + 1, true, "pattern:speaker-said-colon", s.index) : null;
  }
  if (tp.text === ":") {
    const np = nounPhraseEndingAt(T, p - 1, s.tokenStart);
    if (np && np.from === s.tokenStart && ctx.mentions.inside(T[np.from].start, T[np.to - 1].end).length) return direct(ctx, seg, content, np, p, p + 1, false, "pattern:colon-speaker", s.index);
    // "This resident begs rescue teams to come to his town: “…”": the subject of a verb of
    // appeal or outcry right after it speaks the words after the colon
    const subj = nounPhraseStartingAt(T, subjectStart(ctx, s, p), p);
    let v = subj ? subj.to : p;
    while (v < p && T[v].pos === "ADV") v++;
    if (subj && v < p && APPEAL_VERBS[T[v].norm] && (speakerLike(ctx, subj) || /^(he|she|they)$/.test(T[subj.from].norm))) return direct(ctx, seg, content, subj, v, v + 1, true, "pattern:appeal-colon", s.index);
    // "The minister was blunt: “…”", "Lima's message was clear: “…”": a speaker described by an
    // adjective of manner, the words after the colon being theirs
    // (the tagger may read the adjective as a verb: "blunt"; not a participle: "was asked:")
    const manner = T[p - 1]?.pos === "ADJ" || (T[p - 1]?.pos === "VERB" && !/(ed|ing|en)$/.test(T[p - 1].norm));
    if (manner && COPULAS[T[p - 2]?.norm ?? ""]) {
      let subj = nounPhraseEndingAt(T, skipLeftAdverbs(T, p - 3, s.tokenStart), s.tokenStart);
      if (subj && subj.from === subjectStart(ctx, s, p)) {
        // (the possessor of "words", "message", "response": "Lima's message was clear")
        const poss = T.slice(subj.from, subj.to).findIndex((t) => /^('s|\u2019s)$/.test(t.norm));
        if (poss > 0 && SPEECH_NOUNS[T[subj.to - 1].norm]) subj = { from: subj.from, to: subj.from + poss };
        const pronoun = subj.to - subj.from === 1 && /^(he|she|they)$/.test(T[subj.from].norm);
        if (pronoun || isPersonDescription(T, subj) || ctx.mentions.inside(T[subj.from].start, T[subj.to - 1].end).some((m) => m.entity.type === "PER" || m.entity.type === "ORG")) {
          return direct(ctx, seg, content, subj, p, p + 1, false, "pattern:manner-colon", s.index);
        }
      }
    }
  }
  return null;
}

/**
 * "the statement read", "a statement from Lima's office read" (`k` at "read"/"reads", a
 * statement's head just before it or before "from"/"by"/"of" and its issuer, after `min`).
 */
function statementReads(T: readonly Token[], k: number, min: number): boolean {
  if (!/^(read|reads)$/.test(T[k]?.norm ?? "") || k - 1 < min) return false;
  if (STATEMENT_HEADS.has(T[k - 1].norm)) return true;
  for (let j = k - 3; j >= Math.max(min, k - 8); j--) {
    if (T[j].pos === "VERB" || T[j].pos === "PUNCT") return false;
    if (STATEMENT_HEADS.has(T[j].norm) && /^(from|by|of)$/.test(T[j + 1].norm)) return true;
  }
  return false;
}
