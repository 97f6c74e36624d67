import type { Token } from "../../types.js";
import {
  ED_NOT_PAST,
  FUTURE_AUXILIARIES,
  FUTURE_BEFORE_TO,
  FUTURE_WORDS,
  IRREGULAR_PAST,
  PAST_AUXILIARIES,
  PAST_WORDS,
  PRESENT_AUXILIARIES,
} from "../../lexicons/en/tenseCues.js";
import { sentenceAt, tokenIndexAt, type TimeContext } from "./TimeContext.js";

/** The time a clause talks about, relative to the publication date. */
export type Tense = "past" | "present" | "future" | "unknown";

type Cue = Tense | "weak-future" | null;

const VERBAL = new Set(["VERB", "AUX"]);
/** Conjunctions that, after a comma, start a new clause ("…, and on Tuesday he will …"). */
const CLAUSE_CONJ = new Set(["and", "but", "while", "whereas", "although", "though", "before", "after", "when"]);

const SUBJECT_TAGS = new Set(["NOUN", "PROPN", "PRON"]);

/** True when token `k` follows "be"/"being", possibly with an adverb between ("be formally signed"). */
function afterBe(ts: readonly Token[], k: number): boolean {
  const p1 = ts[k - 1];
  if (!p1) return false;
  if (LINKING.has(p1.norm)) return true;
  const p2 = ts[k - 2];
  return p1.pos === "ADV" && !!p2 && LINKING.has(p2.norm);
}

/** Verbs before a participle that take their tense from further left: "will be closed", "will stay closed", "to remain shut". */
const LINKING = new Set(["be", "being", "stay", "remain", "staying", "remaining", "keep", "get"]);

/** True when "has"/"have" at `k` forms a perfect ("has said", "have already met", "has been"). */
function perfectFollows(ts: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + 3; j++) {
    const t = ts[j];
    if (t.pos === "ADV" || t.pos === "PART") continue;
    return t.norm === "been" || IRREGULAR_PAST.has(t.norm) || (isVerb(t) && t.norm.endsWith("ed"));
  }
  return false;
}

function isVerb(t: Token | undefined): boolean {
  return !!t && VERBAL.has(t.pos);
}

/** What one token says about tense, looking at most two tokens ahead for "expected to visit". */
function cueAt(ts: readonly Token[], k: number, end: number): Cue {
  const t = ts[k];
  const n = t.norm;
  if (FUTURE_AUXILIARIES.has(n) && n !== "'d") return "future";
  const next = k + 1 < end ? ts[k + 1] : undefined;
  if (FUTURE_BEFORE_TO.has(n) && next && ((next.norm === "to" && k + 2 < end && isVerb(ts[k + 2])) || next.norm === "for")) return "future";
  if (FUTURE_WORDS.has(n)) return "future";
  if (PAST_WORDS.has(n)) return "past";
  if (n === "to" && next && next.pos === "VERB" && !next.norm.endsWith("ed") && !next.norm.endsWith("ing")) return "weak-future";
  if (!isVerb(t)) return null;
  if (n === "has" || n === "have") return perfectFollows(ts, k, end) ? "past" : null;
  if (PAST_AUXILIARIES.has(n)) return "past";
  if (PRESENT_AUXILIARIES.has(n)) return "present";
  if (IRREGULAR_PAST.has(n) || (n.endsWith("ed") && n.length > 3 && !ED_NOT_PAST.has(n))) {
    // A passive after "be" ("will be announced", "to be held") takes its tense from further left.
    return afterBe(ts, k) ? null : "past";
  }
  if (n.endsWith("s") && !n.endsWith("ss") && n.length > 2) return "present";
  // A base form right after its subject is a plural present ("the talks follow …").
  const prev = ts[k - 1];
  if (t.pos === "VERB" && prev && SUBJECT_TAGS.has(prev.pos) && prev.sentence === t.sentence) return "present";
  return null;
}

/**
 * The tense of the clause an expression at `[start, end)` sits in. Scans left from the expression
 * to the clause start for the nearest cue (future auxiliary or scheduling phrase, past-tense verb,
 * present-tense verb); when the expression opens its clause ("On Tuesday, he will …"), scans
 * right instead. A bare "to" + verb ("talks to resume on Monday") counts as future only when
 * nothing stronger is found.
 */
export function clauseTense(ctx: TimeContext, start: number, end: number, options: { untilPhrase?: boolean } = {}): Tense {
  const s = sentenceAt(ctx, start);
  if (!s) return "unknown";
  const ts = ctx.tokens;
  const first = tokenIndexAt(ctx, start);
  let last = tokenIndexAt(ctx, end);
  if (last < first) last = first;
  let weak = false;
  for (let k = first - 1; k >= s.tokenStart; k--) {
    const n = ts[k].norm;
    if (n === ";") break;
    if (CLAUSE_CONJ.has(n) && k > s.tokenStart && ts[k - 1].norm === ",") break;
    const c = cueAt(ts, k, s.tokenEnd);
    // "told to stay indoors until Friday": an infinitive nearer than the main verb looks ahead
    if (c === "weak-future" && options.untilPhrase) return "future";
    if (c === "weak-future") weak = true;
    else if (c) return c;
  }
  for (let k = last; k < s.tokenEnd; k++) {
    const n = ts[k].norm;
    if (n === ";") break;
    const c = cueAt(ts, k, s.tokenEnd);
    if (c === "weak-future") weak = true;
    else if (c) return c;
  }
  return weak ? "future" : "unknown";
}
