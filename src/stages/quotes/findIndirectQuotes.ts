import type { Sentence, Token } from "../../types.js";
import type { CandidateFields, QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { insideSegment, isCueWord, namesSomeone, negated, segmentsIn, subjectStart, tokenAt, tokenSpan, trimContent } from "./QuoteContext.js";
import { appositionPhrase, asideOpening, isPersonDescription, isPersonName, namedHolder, onlyTrailing, openingComma, skipAside, speakerLike, subjectOfObject, trailingApposition, withApposition } from "./phraseShapes.js";
import { accordingCueAt } from "./findAccordingTo.js";
import { quotedAsSaying } from "./quotedAsSaying.js";
import { reportedClause, reverseClause, type FoundCue } from "./reportedClause.js";
import { REPORTING_LEMMA } from "./cueLexicon.js";
import { TIME_NOUNS, nounPhraseEndingAt, nounPhraseStartingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";
import { DIRECTIVE_COMPLEMENTS, ISSUED_DOCUMENTS, ISSUING_PARTICIPLES, PARTICLE_VERBS, REPORTING_PARTICIPLES, SPEECH_ONLY_PARTICIPLES } from "../../lexicons/en/reportingVerbs.js";

const ISSUED = new Set(ISSUING_PARTICIPLES);
const DOCUMENTS = new Set(ISSUED_DOCUMENTS);
import { CATENATIVES, CLAUSE_OPENERS, CONJOINED_LEMMAS, LINK_AUX, NON_SPEAKER_HEADS, PROGRESSIVE_AUX, RAISING_BEFORE_TO } from "../../lexicons/en/quoteWords.js";

/**
 * Indirect and mixed quotes around a reporting verb in a sentence: "X said (that) …",
 * "…, X said", "…, said X", "The deal, X said, could …", "X was quoted as saying …",
 * ", adding …" and "… and said …" (speaker from the sentence's quote: see `inheritSubjects`).
 */
export function findIndirectQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const s of ctx.sentences) {
    const T = ctx.tokens;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = T[k];
      const according = accordingCueAt(T, k);
      if (according) {
        k += according - 1; // findAccordingTo ("as reported by X" is no "X reported")
        continue;
      }
      const found = cueAt(ctx, s, k);
      for (let alt = 0; alt < found.length; alt++) out.push({ ...found[alt], order: [1, s.index, 1, k, alt] });
      if ((t.norm === "quoted" || t.norm === "cited") && T[k + 1]?.norm === "as" && /^(saying|stating|telling)$/.test(T[k + 2]?.norm ?? "")) k += 2;
    }
  }
  return out;
}

const NONE: CandidateFields[] = [];

function cueAt(ctx: QuoteContext, s: Sentence, k: number): CandidateFields[] {
  const T = ctx.tokens;
  const t = T[k];
  if (t.norm !== "quoted" && t.norm !== "cited" && !isCueWord(ctx, k)) return NONE;
  const clause = (np: TokenRange, to: number, method: string, lemma = "say") => reportedClause(ctx, { s, np, from: k, to, method, lemma });
  // ("was quoted by IRNA as saying": past the relay)
  const by = (t.norm === "quoted" || t.norm === "cited") && T[k + 1]?.norm === "by" ? nounPhraseStartingAt(T, k + 2, s.tokenEnd) : null;
  if (by && T[by.to]?.norm === "as" && /^(saying|stating|telling)$/.test(T[by.to + 1]?.norm ?? "")) {
    let b = k - 1;
    while (b >= s.tokenStart && LINK_AUX[T[b].norm]) b--;
    const np = nounPhraseEndingAt(T, skipLeftAdverbs(T, b, s.tokenStart), s.tokenStart);
    return np ? reportedClause(ctx, { s, np, from: by.to, to: by.to + 2, method: "pattern:quoted-as-saying", lemma: "say" }) : [];
  }
  if ((t.norm === "quoted" || t.norm === "cited") && T[k + 1]?.norm === "as" && /^(saying|stating|telling)$/.test(T[k + 2]?.norm ?? "")) {
    let b = k - 1;
    while (b >= s.tokenStart && LINK_AUX[T[b].norm]) b--;
    const np = nounPhraseEndingAt(T, skipLeftAdverbs(T, b, s.tokenStart), s.tokenStart);
    return np ? clause(np, k + 3, "pattern:quoted-as-saying") : [];
  }
  if (!isCueWord(ctx, k)) return [];
  // ("a diplomat briefed on the talks said": a participle modifying its noun)
  if (/^(briefed|informed)$/.test(t.norm) && /^(on|about|of)$/.test(T[k + 1]?.norm ?? "") && T[k - 1]?.pos === "NOUN") return [];
  const lemma = REPORTING_LEMMA.get(t.norm)!;
  // "IRNA quoted Kanaani as saying that …": Kanaani speaks (the passive is handled above)
  const relayed = quotedAsSaying(T, k, s.tokenStart);
  if (relayed?.relay) return reportedClause(ctx, { s, np: relayed.np, from: k - 1, to: k + 1, method: "pattern:quoted-as-saying", lemma: "say" });
  // "was saying that", "has been insisting", "kept saying": the progressive is a finite cue
  const aux = /ing$/.test(t.norm) ? progressiveAux(T, k, s.tokenStart) : -1;
  if (/ing$/.test(t.norm) && aux < 0) {
    // (", pointing out they …": a particle verb needs its particle)
    const particle = PARTICLE_VERBS[lemma];
    if (!particle) return participle(ctx, s, k, lemma, k + 1);
    return T[k + 1] && particle.includes(T[k + 1].norm) ? participle(ctx, s, k, lemma, k + 2) : [];
  }
  if (negated(ctx, k, s.tokenStart)) return [];
  // the passive with its agent: "It was stated by the ministry that …", "Reporters were told by
  // the minister that …" (a "that" clause must follow the agent)
  if (LINK_AUX[T[k - 1]?.norm ?? ""] && T[k + 1]?.norm === "by") {
    const agent = nounPhraseStartingAt(T, k + 2, s.tokenEnd);
    const that = agent ? T.slice(agent.to, Math.min(agent.to + 4, s.tokenEnd)).findIndex((x) => x.norm === "that") : -1;
    return agent && that >= 0 ? reportedClause(ctx, { s, np: agent, from: k, to: k + 1, after: agent.to, method: "pattern:passive-by", lemma }) : [];
  }
  let after = k + 1;
  const particles = PARTICLE_VERBS[lemma];
  if (particles) {
    // ("pointed to the ruins", "called a meeting": without its particle the verb is no cue)
    if (!T[after] || !particles.includes(T[after].norm)) return [];
    after++;
  }
  let e = skipLeftAdverbs(T, (aux >= 0 ? aux : k) - 1, s.tokenStart);
  // "he continues to insinuate that", "went on to say that": the subject of the verb of going on;
  // "is expected to announce that", "is reported to have said": the subject of the auxiliary
  if (T[e]?.norm === "to" && (t.norm === lemma || T[k - 1]?.norm === "have")) {
    const g = T[e - 1]?.norm === "on" ? e - 2 : e - 1;
    if (CATENATIVES[T[g]?.norm ?? ""] && g > s.tokenStart) {
      e = skipLeftAdverbs(T, g - 1, s.tokenStart);
      // ("would go on to say": a narrative "would")
      if (T[e]?.norm === "would") e = skipLeftAdverbs(T, e - 1, s.tokenStart);
    } else if (RAISING_BEFORE_TO[T[g]?.norm ?? ""] && g - 1 > s.tokenStart && LINK_AUX[T[skipLeftAdverbs(T, g - 1, s.tokenStart)]?.norm ?? ""]) {
      e = skipLeftAdverbs(T, skipLeftAdverbs(T, g - 1, s.tokenStart) - 1, s.tokenStart);
    } else if (T[g]?.pos !== "VERB" && T[g]?.pos !== "AUX") {
      // "took to X to say that": the subject of "took"
      let v = g;
      while (v > s.tokenStart && v > g - 4 && T[v].norm !== "to") v--;
      if (T[v]?.norm === "to" && /^(took|takes|take|taking)$/.test(T[v - 1]?.norm ?? "")) e = skipLeftAdverbs(T, v - 2, s.tokenStart);
    }
  }
  if (T[e]?.text === ")") e = skipAside(T, e, s.tokenStart);
  let np: TokenRange | null = null;
  if (e > s.tokenStart + 1 && T[e].norm === "who" && T[e - 1].text === ",") {
    // "… by the mediators, who stated that …": the antecedent speaks
    np = nounPhraseEndingAt(T, e - 2, s.tokenStart);
    if (np) return clause(np, after, "pattern:relative-who-said", lemma);
  }
  if (e > s.tokenStart && (T[e].norm === "and" || T[e].norm === "but") && T[e].pos === "CCONJ" && CONJOINED_LEMMAS[lemma] && t.norm !== lemma) {
    // "Netanyahu's office described the meeting as “positive” and said …": the subject of the
    // first verb (the sentence's earlier quote, else the sentence subject when it names someone)
    const raw = nounPhraseStartingAt(T, subjectStart(ctx, s, e), e);
    // (or a noun that can speak: "The embassy urged citizens to leave, giving no reason, and said …")
    const alone = raw && (speakerLike(ctx, raw) || /^(he|she|it|they)$/.test(T[raw.from].norm)) ? raw : null;
    return clause(raw ?? { from: s.tokenStart, to: s.tokenStart + 1 }, after, "pattern:conjoined-said", lemma).map((c) => ({ ...c, np: null, subject: { needsNp: true, before: e, withHost: null, alone, verbAt: e } }));
  }
  if (e >= s.tokenStart && T[e].text === ",") {
    // "Clinton, during a town hall meeting in Columbus, Ohio, said": an aside opened by a
    // preposition or "whose" after the speaker; the speaker is the phrase before it
    const c0 = asideOpening(T, e, s);
    const before = c0 > s.tokenStart ? nounPhraseEndingAt(T, c0 - 1, subjectStart(ctx, s, c0)) : null;
    if (before && ctx.mentions.inside(T[before.from].start, T[before.to - 1].end).some((m) => m.entity.type === "PER" || m.entity.type === "ORG")) np = before;
    // ("The prime minister, addressing a rally in Delhi, said": a description that is the sentence's subject)
    else if (before && before.from === subjectStart(ctx, s, c0) && (T[before.to - 1].pos === "NOUN" || T[before.to - 1].pos === "PROPN") && !NON_SPEAKER_HEADS[T[before.to - 1].norm]) np = before;
    // "X, a senior official, said": prefer the name before the apposition
    const c2 = np ? -1 : openingComma(T, e, s);
    if (c2 > s.tokenStart) {
      // "China's envoy to the UN, Zhang Jun, told": the name between the commas
      const inner = appositionPhrase(T, c2, e);
      if (inner && isPersonName(ctx, inner)) np = inner;
      // ("the head of the Election Commission, K.M. Nurul Huda, told": a name after a description of one office-holder)
      const described = !np && inner ? nounPhraseEndingAt(T, c2 - 1, s.tokenStart) : null;
      if (inner && described && namedHolder(ctx, described, inner)) np = inner;
      const np1 = np ? null : nounPhraseEndingAt(T, c2 - 1, s.tokenStart);
      // "The official, who spoke on condition of anonymity, said": a relative clause about the
      // speaker (or about the end of its phrase: "The rescuer on the clip, which showed …, said")
      const relClause = T[c2 + 1]?.norm === "who" || T[c2 + 1]?.norm === "which";
      const relative = relClause && np1 !== null && np1.from === s.tokenStart;
      if (np1 && (namesSomeone(ctx, np1) || relative)) np = np1;
      else if (relClause && np1 && np1.from > s.tokenStart) {
        // (the subject's head before a prepositional phrase: "The rescuer on the clip, which …, said")
        const head = nounPhraseStartingAt(T, s.tokenStart, np1.from);
        if (head && head.to === np1.from - 1 && T[head.to].pos === "ADP" && !NON_SPEAKER_HEADS[T[head.to - 1].norm]) np = head;
      }
    }
  } else {
    np = nounPhraseEndingAt(T, e, s.tokenStart);
    // co-speakers: "Hamas and Israel said", "…, the DHA news agency and other media reported" (the
    // first speaks for both, as the gold guidelines credit them)
    if (np && T[np.from - 1]?.norm === "and" && T[np.from - 1].pos === "CCONJ") {
      const first = nounPhraseEndingAt(T, np.from - 2, s.tokenStart);
      if (first && speakerLike(ctx, first) && (first.from === subjectStart(ctx, s, first.from + 1) || T[first.from - 1]?.text === ",")) np = first;
    }
    const fr = np ? freeRelative(ctx, s, np) : null;
    if (fr === "none") return [];
    if (fr) {
      // ("The troops that Israel says are in Gaza will stay": a relative clause ends before the
      // main clause's auxiliary; a free relative's clause runs on)
      const relative = T[fr.from - 1].norm !== "what";
      return clause(fr, after, "pattern:free-relative", lemma).map((c) => (relative ? { ...c, content: relativeEnd(ctx, c.content) } : c));
    }
    // "The EU official coordinating talks on a nuclear deal said": the phrase before the cue
    // sits inside a prepositional or participle phrase; the speaker is the sentence's subject
    const before = np ? T[np.from - 1] : undefined;
    // "…, a source familiar with the matter told Reuters", "…, a diplomat briefed on the talks
    // said": a speaker with a modifier after its head, right after the comma of a reverse attribution
    const post = np ? postmodifiedSpeaker(ctx, s, np) : null;
    if (post) np = post;
    // ("a day after Tehran announced …" is a clause of its own: its subject speaks; not after a
    // participle of issuing: "A joint statement issued after the meeting said" is the statement's)
    else if (np && before && before.sentence === s.index && ((before.pos === "ADP" && before.norm !== "by" && (!CLAUSE_OPENERS[before.norm] || ISSUED.has(T[np.from - 2]?.norm ?? ""))) || before.pos === "VERB")) {
      const subj = nounPhraseStartingAt(T, s.tokenStart, np.from);
      // (not a fronted time: "Saturday at the convention Sen. Elizabeth Warren said" is Warren's)
      const timeOnly = subj !== null && subj.to - subj.from <= 2 && TIME_NOUNS.has(T[subj.to - 1].norm);
      if (subj && subj.to < np.from && !timeOnly) np = subj;
    }
  }
  if (np) return clause(np, after, "pattern:speaker-said", lemma);
  if (T[k - 1]?.text === ",") {
    // "…, said X" (inverted)
    // ("…, said the prefect of Aude, Alain Thirion.": the named apposition speaks)
    const rnp = withApposition(ctx, nounPhraseStartingAt(T, k + 1, s.tokenEnd), s);
    if (rnp && (onlyTrailing(ctx, rnp.to, s) || trailingApposition(ctx, rnp, s))) {
      // ("…, reported the BBC, quoting the weather service Vigicrues": the source quoted speaks,
      // as nested attribution is credited to the innermost speaker)
      const quoted = T[rnp.to]?.text === "," && /^(quoting|citing)$/.test(T[rnp.to + 1]?.norm ?? "") ? nounPhraseStartingAt(T, rnp.to + 2, s.tokenEnd) : null;
      const source = quoted && onlyTrailing(ctx, quoted.to, s) && speakerLike(ctx, quoted) ? quoted : rnp;
      const r = reverseClause(ctx, { s, np: source, from: k, to: k + 1 }, k - 1, "pattern:said-speaker-inverted");
      if (r) return [r];
    }
  }
  return [];
}

/**
 * A relative clause whose gap is the reported clause's subject: "in what officials say is one of
 * the most powerful quakes" (the content is the rest of the clause, "is one of …"), "debris that
 * officials have said prevented …". The phrase after "what"/"that" speaks; "none" for a
 * sentence-initial "What X said was …", whose gap is the object of the cue (no report).
 */
function freeRelative(ctx: QuoteContext, s: Sentence, np: TokenRange): TokenRange | "none" | null {
  const T = ctx.tokens;
  let at = -1;
  for (let i = np.from; i < np.to - 1; i++) if (RELATIVE_GAPS.has(T[i].norm)) at = i;
  if (at < 0 && RELATIVE_GAPS.has(T[np.from - 1]?.norm ?? "")) at = np.from - 1;
  if (at < 0) return null;
  // ("the deal that Hamas said …" is no gap before a "that" clause: only "what" and a relative
  // "that"/"which" after a noun)
  if (T[at].norm !== "what" && !(T[at - 1] && /^(NOUN|PROPN)$/.test(T[at - 1].pos))) return null;
  if (T[at].norm === "what" && at === subjectStart(ctx, s, at + 1)) return "none";
  const speaker = { from: at + 1, to: np.to };
  return speaker.to > speaker.from ? speaker : null;
}

const RELATIVE_GAPS = new Set(["what", "that", "which"]);

/**
 * The speaker of a reverse attribution whose head has a modifier after it: ", a source familiar
 * with the matter", ", officials at the ministry", ", a diplomat briefed on the talks" (`np` is
 * the phrase ending at the cue, "the matter"); null when no such phrase follows a comma.
 */
function postmodifiedSpeaker(ctx: QuoteContext, s: Sentence, np: TokenRange): TokenRange | null {
  const T = ctx.tokens;
  let c = np.from - 1;
  // back to the comma, over nouns, prepositions and adjectives and at most a participle ("briefed")
  const participle = (i: number) => T[i].pos === "VERB" && /ed$/.test(T[i].norm) && T[i + 1]?.pos === "ADP";
  while (c > s.tokenStart && c > np.from - 8 && T[c].text !== "," && (!/^(VERB|AUX|PUNCT)$/.test(T[c].pos) || participle(c))) c--;
  if (c <= s.tokenStart + 2 || T[c].text !== "," || insideSegment(ctx, T[c].start)) return null;
  let head = nounPhraseStartingAt(T, c + 1, np.from);
  // ("a source familiar with": the adjective before the preposition modifies the head)
  if (head && head.to - head.from > 1 && T[head.to - 1].pos === "ADJ" && T[head.to]?.pos === "ADP") head = { from: head.from, to: head.to - 1 };
  if (!head || head.to >= np.from || !/^(NOUN|PROPN)$/.test(T[head.to - 1].pos)) return null;
  const m = T[head.to];
  // the modifier: a preposition, "familiar with", "close to", or a participle with its preposition ("briefed on")
  const modifier = m.pos === "ADP" || (m.pos === "ADJ" && T[head.to + 1]?.pos === "ADP") || (m.pos === "VERB" && /ed$/.test(m.norm) && T[head.to + 1]?.pos === "ADP");
  if (!modifier || NON_SPEAKER_HEADS[T[head.to - 1].norm]) return null;
  return { from: c + 1, to: np.to };
}

/** `content` up to the first auxiliary after its first word that follows no auxiliary ("are in Gaza | will stay"). */
function relativeEnd(ctx: QuoteContext, content: { start: number; end: number }): { start: number; end: number } {
  const T = ctx.tokens;
  let k = tokenAt(ctx, content.start) + 1;
  for (; k < T.length && T[k].end <= content.end; k++) {
    if (T[k].pos === "AUX" && T[k - 1].pos !== "AUX" && T[k - 1].text !== ",") return trimContent(ctx.text, content.start, T[k - 1].end, false);
  }
  return content;
}

/**
 * The first auxiliary of a progressive (or "keep") before the -ing cue at `k` ("was saying",
 * "has been insisting", "kept saying", adverbs between), or -1.
 */
function progressiveAux(T: readonly Token[], k: number, min: number): number {
  let b = k - 1;
  while (b >= min && T[b].pos === "ADV" && !PROGRESSIVE_AUX[T[b].norm]) b--;
  if (b < min || !PROGRESSIVE_AUX[T[b].norm]) return -1;
  // ("has been saying", "had been telling", "will be saying"; "being" is no finite auxiliary)
  while (b - 1 >= min && (LINK_AUX[T[b - 1].norm] || /^(will|would)$/.test(T[b - 1].norm)) && /^(been|be)$/.test(T[b].norm)) b--;
  return b;
}

/** ", adding that …", "…, with officials saying …", "released a statement saying …". */
function participle(ctx: QuoteContext, s: Sentence, k: number, lemma: string, to: number): CandidateFields[] {
  const T = ctx.tokens;
  const t = T[k];
  // "…, with the New York Times reporting the hall suffered …", "with authorities cautioning that …":
  // the noun phrase between "with" and a participle of a clause-reporting verb speaks
  const withNp = nounPhraseEndingAt(T, k - 1, s.tokenStart);
  if (withNp && T[withNp.from - 1]?.norm === "with" && (REPORTING_PARTICIPLES.has(t.norm) || t.norm === "reporting") && !DIRECTIVE_COMPLEMENTS[lemma] && speakerLike(ctx, withNp)) return reportedClause(ctx, { s, np: withNp, from: k, to, method: "pattern:with-participle", lemma });
  // ("X, reporting from Amman, said": "reporting" is a cue only after "with"; "…, adding to fears
  // of …" adds no words)
  if (t.norm === "reporting" || (t.norm === "adding" && T[k + 1]?.norm === "to")) return [];
  if (k === subjectStart(ctx, s, k + 1) && T[to]?.norm === "that" && REPORTING_PARTICIPLES.has(t.norm)) return frontedParticiple(ctx, s, k, to);
  if (T[k - 1]?.text === "," && REPORTING_PARTICIPLES.has(t.norm)) {
    // ", adding that …", ", saying …": the subject of the sentence's earlier quote, else the
    // sentence subject when it is a name, a pronoun or a person description ("The billionaire
    // businessman began …, saying …")
    const raw = nounPhraseStartingAt(T, subjectStart(ctx, s, k), k);
    // (a directive or accusation has an agent for subject: "The opposition walked out, accusing …")
    const agent = !!DIRECTIVE_COMPLEMENTS[lemma] && raw !== null && /^(NOUN|PROPN)$/.test(T[raw.to - 1].pos) && !TIME_NOUNS.has(T[raw.to - 1].norm);
    // (or any noun that can speak before a participle only speakers use: "Residents have
    // criticised the response, saying …")
    // (not a document, which speaks only as a verb's subject: "The report was released, saying …")
    const speaker = (np: TokenRange) => SPEECH_ONLY_PARTICIPLES.has(t.norm) && speakerLike(ctx, np) && !DOCUMENTS.has(T[np.to - 1].norm);
    const alone = raw && (agent || namesSomeone(ctx, raw) || /^(he|she|they)$/.test(T[raw.from].norm) || isPersonDescription(T, raw) || speaker(raw)) ? raw : null;
    const at = raw ?? { from: s.tokenStart, to: s.tokenStart + 1 };
    return reportedClause(ctx, { s, np: at, from: k, to, method: "pattern:participle", lemma }).map((c) => ({ ...c, np: null, subject: { needsNp: false, withHost: raw, alone } }));
  }
  // (also another reporting participle before "that": "released final figures … confirming that …")
  if (t.norm === "saying" || t.norm === "stating" || (REPORTING_PARTICIPLES.has(t.norm) && T[k + 1]?.norm === "that" && !DIRECTIVE_COMPLEMENTS[lemma])) {
    const np = withNp;
    if (np) {
      // "She released a statement saying the deal was dead": the subject of the verb before the object
      const subj = subjectOfObject(ctx, np, s);
      if (subj) return reportedClause(ctx, { s, np: subj, from: k, to: k + 1, method: "pattern:object-participle", lemma });
    }
  }
  return [];
}


/**
 * A fronted reporting participle with its clause: "Stressing that aid must reach the region,
 * Demir underlined: …", "Noting that talks had stalled, the minister said …". The clause runs to
 * the comma before the main clause, whose subject speaks.
 */
function frontedParticiple(ctx: QuoteContext, s: Sentence, k: number, that: number): CandidateFields[] {
  const T = ctx.tokens;
  for (let q = that + 3; q < Math.min(s.tokenEnd - 2, that + 40); q++) {
    if (T[q].text !== "," || insideSegment(ctx, T[q].start)) continue;
    const np = nounPhraseStartingAt(T, q + 1, s.tokenEnd);
    if (!np) continue;
    let v = np.to;
    while (v < s.tokenEnd && T[v].pos === "ADV") v++;
    if (!T[v] || (T[v].pos !== "VERB" && T[v].pos !== "AUX")) continue;
    const head = T[np.to - 1];
    if (!namesSomeone(ctx, np) && !/^(he|she|they|it)$/.test(T[np.from].norm) && (!/^(NOUN|PROPN)$/.test(head.pos) || NON_SPEAKER_HEADS[head.norm])) return [];
    const content = trimContent(ctx.text, T[that + 1].start, T[q - 1].end, false);
    const claims = segmentsIn(ctx, content.start, content.end);
    return [{ type: claims.length ? "mixed" : "indirect", np, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content, claims, rejectIf: "any", method: "pattern:fronted-participle", confidence: [0.75, 0.6], sentence: s.index }];
  }
  return [];
}
