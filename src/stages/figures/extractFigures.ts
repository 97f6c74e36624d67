import type { Figure, Layers, Stage, StageContext, TimeExpression } from "../../types.js";
import { ONE_IDIOM_NOUNS, ONE_PRONOUN_BEFORE, ORDINAL_IDIOM_NEXT } from "../../lexicons/en/figureUnits.js";
import type { NumberCandidate } from "./NumberCandidate.js";
import { sentenceView } from "./SentenceView.js";
import { findCandidates } from "./findCandidates.js";
import { findApprox, findPostApprox, type ApproxMatch } from "./findApprox.js";
import { rejectReason } from "./rejectCandidate.js";
import { linkRanges } from "./linkRanges.js";
import { findUnit, type UnitMatch } from "./findUnit.js";
import { findSentenceSource, findTrailingSource, type SentenceSource } from "./findSentenceSource.js";
import { attachSource, quoteContents } from "./attachSource.js";

/** Ordinals that are usually not ranks unless a noun follows ("at first", "a second"). */
const WEAK_ORDINALS = new Set(["first", "second"]);
const DIGIT_START = /^\d/;

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/**
 * Figures: every number stated as a fact, with what it counts, how exact it is and who is
 * credited. Per sentence: propose number expressions (findCandidates), find qualifiers before
 * them (findApprox), drop dates, years, clock times, identifiers, names and numbers inside time
 * expressions (rejectCandidate), pair ranges (linkRanges), read the counted noun and casualty
 * verb (findUnit), and credit a source (attachSource).
 */
export function extractFigures(text: string, layers: Readonly<Pick<Layers, "sentences" | "tokens" | "quotes" | "times">>, _ctx?: StageContext): Figure[] {
  const tokens = layers.tokens;
  const quotes = quoteContents(layers.quotes ?? []);
  // Counted durations ("two days of talks", "38 years in charge") are figures too; dates, clock
  // times and sets are not.
  let times: readonly TimeExpression[] = (layers.times ?? []).filter((t) => t.type !== "DURATION");
  for (let k = 1; k < times.length; k++) {
    if (times[k].start < times[k - 1].start) {
      times = [...times].sort(byStart);
      break;
    }
  }
  const out: Figure[] = [];
  const sentences = layers.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    const view = sentenceView(text, tokens, sentence);
    const found = findCandidates(view);
    if (found.length === 0) continue;
    const cands: NumberCandidate[] = [];
    const approxes: ApproxMatch[] = [];
    for (const c of found) {
      const a: ApproxMatch = c.tokenRange === "high" ? { approx: null, first: c.first, range: false } : findApprox(tokens, c.first, sentence.tokenStart);
      if (rejectReason(c, view, times, a.approx !== null) !== null) continue;
      cands.push(c);
      approxes.push(a);
    }
    if (cands.length === 0) continue;
    const partner = linkRanges(cands, approxes, tokens);
    const units: (UnitMatch | null)[] = [];
    const unitText: (string | null)[] = [];
    const keep: boolean[] = [];
    for (let x = 0; x < cands.length; x++) {
      const c = cands[x];
      const searchNoun = c.unitKind === null;
      // "300 or more demonstrators": the noun comes after the post-qualifier.
      const next = findPostApprox(tokens, c.last + 1, sentence.tokenEnd) !== null ? c.next + 2 : c.next;
      const u = searchNoun ? findUnit(view, next, approxes[x].first, { ordinal: c.ordinal, vague: c.kind === "vague", searchNoun }) : null;
      units.push(u);
      keep.push(isKept(c, u, view.tokens, sentence.tokenStart, sentence.tokenEnd));
      unitText.push(c.unitKind !== null ? c.unit : composeUnit(c, u));
    }
    // The low end of a range counts what the high end counts ("two to three days").
    for (let x = 0; x < cands.length; x++) {
      const p = partner[x];
      if (p >= 0 && units[x]?.noun == null && unitText[p] !== null && (unitText[x] === null || units[x]?.casualty)) unitText[x] = unitText[p];
    }
    // "killed 40,130 Palestinians … and injured more than 92,740": carry the noun.
    for (let x = 1; x < cands.length; x++) {
      const u = units[x];
      if (!u || u.noun !== null || u.casualty === null || unitText[x] !== u.casualty) continue;
      for (let y = x - 1; y >= 0; y--) {
        const pu = units[y];
        if (keep[y] && pu && pu.noun !== null && pu.casualty !== null && !cands[y].ordinal) {
          unitText[x] = pu.noun + " " + u.casualty;
          break;
        }
      }
    }
    let sentSource: SentenceSource | null | undefined;
    for (let x = 0; x < cands.length; x++) {
      if (!keep[x]) continue;
      const c = cands[x];
      const u = units[x];
      const post = findPostApprox(tokens, c.last + 1, sentence.tokenEnd) ?? (u && u.nounLast >= 0 ? findPostApprox(tokens, u.nounLast + 1, sentence.tokenEnd) : null);
      const approx = approxes[x].approx ?? c.approx ?? post ?? "exact";
      if (sentSource === undefined) {
        sentSource = findSentenceSource(view);
        // "… has risen to 143. The Investigative Committee of Russia reported."
        if (sentSource === null && si + 1 < sentences.length) sentSource = findTrailingSource(sentenceView(text, tokens, sentences[si + 1]));
      }
      const fig: Figure = {
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: c.value,
        unit: unitText[x],
        approx,
        source: attachSource(c.start, c.end, quotes, sentSource),
        method: c.method,
        confidence: c.confidence,
      };
      if (c.ordinal) fig.ordinal = true;
      out.push(fig);
    }
  }
  out.sort(byStart);
  // Candidates never overlap within a sentence; guard against anything odd across sentences.
  const result: Figure[] = [];
  for (const f of out) if (result.length === 0 || f.start >= result[result.length - 1].end) result.push(f);
  return result;
}

/** The counted unit: noun (+ casualty word), casualty alone, or an ordinal's noun phrase. */
function composeUnit(c: NumberCandidate, u: UnitMatch | null): string | null {
  if (!u) return c.unit;
  if (c.ordinal) {
    if (c.unit && u.noun) return c.unit + " " + u.noun;
    return c.unit ?? u.noun;
  }
  if (u.noun && u.casualty) return u.noun + " " + u.casualty;
  return u.noun ?? u.casualty;
}

/** Drops pronoun "one" ("no one", "one of the", "at one point") and idiomatic "first"/"second". */
function isKept(c: NumberCandidate, u: UnitMatch | null, tokens: Parameters<typeof findUnit>[0]["tokens"], sStart: number, sEnd: number): boolean {
  const prev = c.first > sStart ? tokens[c.first - 1] : undefined;
  const next = c.last + 1 < sEnd ? tokens[c.last + 1] : undefined;
  if (c.isOne && c.unitKind === null) {
    if (!u || u.partitiveOf || u.noun === null) return false;
    if (prev && ONE_PRONOUN_BEFORE.has(prev.norm)) return false;
    if (ONE_IDIOM_NOUNS.has(tokens[u.nounFirst].norm)) return false;
    if (next && next.norm === "another") return false;
    return true;
  }
  // "on the 5th": a bare digit ordinal up to 31 after "the" is a day of the month.
  if (c.kind === "ordinal" && c.value <= 31 && DIGIT_START.test(tokens[c.first].text) && (!u || u.noun === null) && prev?.norm === "the") return false;
  if (c.kind === "ordinal" && WEAK_ORDINALS.has(tokens[c.first].norm)) {
    if (c.last === c.first && (!u || u.noun === null)) return false;
    if (next && ORDINAL_IDIOM_NEXT.has(next.norm)) return false;
    if (prev && prev.norm === "at") return false;
  }
  if (c.kind === "words" && c.value === 1 && u && u.partitiveOf && c.last === c.first) return false;
  return true;
}

/** Stage: figures — numbers stated as facts, after quotes (for credit) and times (to skip dates). */
export const figuresStage: Stage<"figures"> = {
  name: "figures",
  requires: ["sentences", "tokens", "quotes", "times"],
  produces: ["figures"],
  run(doc, layers, ctx) {
    return { figures: extractFigures(doc.text, layers, ctx) };
  },
};
