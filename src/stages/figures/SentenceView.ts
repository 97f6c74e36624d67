import type { Sentence, Token } from "../../types.js";
import { capitalisedWords } from "../../document/capitalisedWords.js";

/** One sentence with what the figure rules need to look at. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  /** Headline-style capitalisation (computed on first use): capitalised number words are not names here. */
  readonly titleCase: boolean;
}

const ALPHA_RE = /^\p{L}{4,}$/u;

/** Title case = at least 70% of the words of four or more letters capitalised (3 words minimum). */
function isTitleCase(tokens: readonly Token[], sentence: Sentence): boolean {
  const { words, capitalised } = capitalisedWords(tokens, sentence, ALPHA_RE);
  return words >= 3 && capitalised / words >= 0.7;
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
