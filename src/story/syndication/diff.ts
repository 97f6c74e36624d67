import type { Span } from "../../types.js";
import { foldText } from "../cluster/featuresText.js";

/** A sentence of a reprint that differs in a few words from one of the source. */
export interface ChangedSentence {
  /** The sentence in the source copy and in the reprint (spans into their own texts). */
  from: Span;
  to: Span;
  /** Words of the source sentence the reprint dropped or replaced (spans into the source text). */
  removedWords: Span[];
  /** Words the reprint put in (spans into the reprint text). */
  addedWords: Span[];
}

/** What one reprint changed against the source copy. */
export interface ReprintDiff {
  /** Sentences only the reprint has (spans into the reprint text). */
  addedSentences: Span[];
  /** Sentences of the source the reprint left out (spans into the source text). */
  removedSentences: Span[];
  changedSentences: ChangedSentence[];
  /** One line, e.g. "+1 sentence, −2 sentences, 3 edited (−"Tuesday" +"Wednesday")". */
  summary: string;
}

/** Sentences of a text as spans: split after . ! ? (and closing quotes) before a capital, digit or quote, and at line breaks. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+?(?:[.!?]+["'”’)\]]*(?=\s+["“‘(\p{Lu}\p{N}])|$)|[^\n]+$/gmu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Word tokens with spans. */
export function wordSpans(text: string, base = 0): Span[] {
  const out: Span[] = [];
  const re = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  return out;
}

const key = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Longest common subsequence alignment of two key lists: matched index pairs, in order. */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

function wordJaccard(a: Span[], b: Span[]): number {
  const sa = new Set(a.map((w) => key(w.text)));
  const sb = new Set(b.map((w) => key(w.text)));
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const u = sa.size + sb.size - inter;
  return u === 0 ? 1 : inter / u;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/**
 * Word-level diff of a reprint against its source copy: sentences are aligned (LCS on folded
 * sentence text); an unmatched source sentence and an unmatched reprint sentence between the same
 * anchors that share half their words are one edited sentence, diffed word by word; the rest are
 * added or removed sentences. Case, diacritics and punctuation differences are ignored.
 */
export function diffReprint(source: string, reprint: string): ReprintDiff {
  const sa = sentenceSpans(source);
  const sb = sentenceSpans(reprint);
  const pairs = lcsPairs(sa.map((s) => key(s.text)), sb.map((s) => key(s.text)));
  const addedSentences: Span[] = [];
  const removedSentences: Span[] = [];
  const changedSentences: ChangedSentence[] = [];
  // Walk the gaps between matched sentences.
  const anchors: [number, number][] = [...pairs, [sa.length, sb.length]];
  let pi = 0;
  let pj = 0;
  for (const [ai, bj] of anchors) {
    const gapA = sa.slice(pi, ai);
    const gapB = sb.slice(pj, bj);
    const usedB = new Set<number>();
    for (const s of gapA) {
      const ws = wordSpans(s.text, s.start);
      let best = -1;
      let bestJ = 0.5;
      gapB.forEach((t, k) => {
        if (usedB.has(k)) return;
        const jac = wordJaccard(ws, wordSpans(t.text, t.start));
        if (jac >= bestJ) {
          best = k;
          bestJ = jac;
        }
      });
      if (best < 0) {
        removedSentences.push(s);
        continue;
      }
      usedB.add(best);
      const t = gapB[best];
      const wt = wordSpans(t.text, t.start);
      const wp = lcsPairs(ws.map((w) => key(w.text)), wt.map((w) => key(w.text)));
      const keptA = new Set(wp.map((p) => p[0]));
      const keptB = new Set(wp.map((p) => p[1]));
      changedSentences.push({
        from: s,
        to: t,
        removedWords: ws.filter((_, k) => !keptA.has(k)),
        addedWords: wt.filter((_, k) => !keptB.has(k)),
      });
    }
    gapB.forEach((t, k) => {
      if (!usedB.has(k)) addedSentences.push(t);
    });
    pi = ai + 1;
    pj = bj + 1;
  }
  addedSentences.sort((x, y) => x.start - y.start);
  const parts: string[] = [];
  if (addedSentences.length) parts.push(`+${plural(addedSentences.length, "sentence")}`);
  if (removedSentences.length) parts.push(`−${plural(removedSentences.length, "sentence")}`);
  if (changedSentences.length) {
    const words = changedSentences
      .flatMap((c) => [
        ...(c.removedWords.length ? [`−"${c.removedWords.map((w) => w.text).join(" ")}"`] : []),
        ...(c.addedWords.length ? [`+"${c.addedWords.map((w) => w.text).join(" ")}"`] : []),
      ])
      .slice(0, 6);
    parts.push(`${changedSentences.length} edited (${words.join(" ")})`);
  }
  return { addedSentences, removedSentences, changedSentences, summary: parts.length ? parts.join(", ") : "identical" };
}
