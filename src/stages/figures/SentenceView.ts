import type { Sentence, Token } from "../../types.js";

/** One sentence with what the figure rules need to look at. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  /** Headline-style capitalisation (computed on first use): capitalised number words are not names here. */
  readonly titleCase: boolean;
}

const ALPHA_RE = /^\p{L}{4,}$/u;
const UPPER_RE = /^\p{Lu}/u;

/** Title case = at least 70% of the words of four or more letters capitalised (3 words minimum). */
function isTitleCase(tokens: readonly Token[], sentence: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k].text;
    if (!ALPHA_RE.test(t)) continue;
    words++;
    if (UPPER_RE.test(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** Builds the view for one sentence. */
export function sentenceView(text: string, tokens: readonly Token[], sentence: Sentence): SentenceView {
  let title: boolean | null = null;
  return {
    text,
    tokens,
    sentence,
    get titleCase() {
      if (title === null) title = isTitleCase(tokens, sentence);
      return title;
    },
  };
}
