/**
 * Entity-level scorer that reproduces `conlleval` (the CoNLL-2000/2003 Perl script): an entity
 * (chunk) counts as correct only when its type and both boundaries match the gold chunk exactly.
 * Precision, recall and F1 are reported per type and micro-averaged over all chunks.
 *
 * Chunk boundaries follow conlleval's `startOfChunk` / `endOfChunk` rules, so IOB1, IOB2 and IOE
 * tag sequences are all read the way conlleval reads them (an `I-X` after `O` or after another type
 * starts a chunk; `B-X` always starts one). As an extension, IOBES/BILOU single-token tags (`S-X`,
 * `U-X`) are treated like conlleval's `[`/`]` (one-token chunks) and `L-X` like `E-X`.
 *
 * ```ts
 * const s = scoreConll([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]]);
 * s.micro.f1; // 0
 * ```
 */

/** A chunk: tokens `[start, end)` of one sentence, with its type. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Counts and scores for one type, or for all types together (micro). */
export interface ChunkScore {
  /** Gold chunks. */
  gold: number;
  /** Predicted ("found guessed") chunks. */
  predicted: number;
  /** Predicted chunks whose type and both boundaries match a gold chunk. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The result of {@link scoreConll}. */
export interface ConllScore {
  /** Micro-averaged over every chunk of every type. */
  micro: ChunkScore;
  /** Per chunk type (`PER`, `LOC`, `ORG`, `MISC`, …), for every type seen in gold or prediction. */
  byType: Record<string, ChunkScore>;
  /** Token accuracy (all tokens, including `O`), as conlleval prints it. */
  accuracy: number;
  tokens: number;
}

function split(tag: string): [string, string] {
  const dash = tag.indexOf("-");
  if (dash < 0) return [tag, ""];
  let prefix = tag.slice(0, dash);
  // Extension: IOBES / BILOU single-token and last tags, mapped onto conlleval's own symbols.
  if (prefix === "S" || prefix === "U") prefix = "[";
  else if (prefix === "L") prefix = "E";
  return [prefix, tag.slice(dash + 1)];
}

/** conlleval `endOfChunk`: does a chunk end between the previous and the current tag? */
function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === "B" && (tag === "B" || tag === "O")) return true;
  if (prevTag === "I" && (tag === "B" || tag === "O")) return true;
  if (prevTag === "E" && (tag === "E" || tag === "I" || tag === "O")) return true;
  if (prevTag !== "O" && prevTag !== "." && prevType !== type) return true;
  if (prevTag === "]" || prevTag === "[") return true;
  return false;
}

/** conlleval `startOfChunk`: does a chunk start at the current tag? */
function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === "B" && (prevTag === "B" || prevTag === "I" || prevTag === "O")) return true;
  if (prevTag === "O" && (tag === "I" || tag === "E")) return true;
  if (prevTag === "E" && (tag === "E" || tag === "I")) return true;
  if (tag !== "O" && tag !== "." && prevType !== type) return true;
  if (tag === "[" || tag === "]") return true;
  return false;
}

/**
 * Chunks of one tag sequence, read with conlleval's rules. The sequence is a sentence: chunks
 * never cross its ends.
 */
export function extractChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prevTag = "O";
  let prevType = "";
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? split(tags[i]) : ["O", ""];
    if (open && endOfChunk(prevTag, tag, prevType, type)) {
      open.end = i;
      chunks.push(open);
      open = null;
    }
    if (i < tags.length && startOfChunk(prevTag, tag, prevType, type)) {
      // conlleval never starts a chunk without ending the open one on well-formed input; on
      // ill-formed input (e.g. `I-X U-X`) close it here so chunks never overlap.
      if (open) {
        open.end = i;
        chunks.push(open);
      }
      open = { type, start: i, end: -1 };
    }
    prevTag = tag;
    prevType = type;
  }
  return chunks;
}

function emptyScore(): ChunkScore {
  return { gold: 0, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 };
}

function finish(s: ChunkScore): ChunkScore {
  s.precision = s.predicted > 0 ? s.correct / s.predicted : 0;
  s.recall = s.gold > 0 ? s.correct / s.gold : 0;
  s.f1 = s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

/**
 * Scores predicted tag sequences against gold ones, sentence by sentence (the two arrays must have
 * the same shape). Tags may be IOB1, IOB2 or mixed; see the module comment.
 */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) throw new Error(`scoreConll: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const micro = emptyScore();
  const byType: Record<string, ChunkScore> = {};
  const of = (t: string): ChunkScore => (byType[t] ??= emptyScore());
  let tokens = 0;
  let tokenCorrect = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k];
    const p = predicted[k];
    if (g.length !== p.length) throw new Error(`scoreConll: sentence ${k} has ${g.length} gold tags but ${p.length} predicted`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) tokenCorrect++;
    const gc = extractChunks(g);
    const pc = extractChunks(p);
    const goldKeys = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) {
      micro.gold++;
      of(c.type).gold++;
    }
    for (const c of pc) {
      micro.predicted++;
      of(c.type).predicted++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) {
        micro.correct++;
        of(c.type).correct++;
      }
    }
  }
  finish(micro);
  for (const t of Object.keys(byType)) finish(byType[t]);
  return { micro, byType, accuracy: tokens > 0 ? tokenCorrect / tokens : 0, tokens };
}

/** Formats a score the way conlleval prints it (percentages with two decimals). */
export function formatConllReport(score: ConllScore): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const m = score.micro;
  const lines = [
    `processed ${score.tokens} tokens with ${m.gold} phrases; found: ${m.predicted} phrases; correct: ${m.correct}.`,
    `accuracy: ${pct(score.accuracy)}%; precision: ${pct(m.precision)}%; recall: ${pct(m.recall)}%; FB1: ${pct(m.f1)}`,
  ];
  for (const t of Object.keys(score.byType).sort()) {
    const s = score.byType[t];
    lines.push(`${t.padStart(17)}: precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  ${s.predicted}`);
  }
  return lines.join("\n");
}
