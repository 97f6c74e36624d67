import type { Sentence, Token } from "../types.js";

const UPPER_START = /^\p{Lu}/u;

/**
 * Counts a sentence's words (tokens whose text `isWord` accepts) and how many of them start with
 * an upper-case letter: the measure behind the headline and title-case tests of several stages.
 */
export function capitalisedWords(tokens: readonly Token[], sentence: Pick<Sentence, "tokenStart" | "tokenEnd">, isWord: RegExp): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const t = tokens[k].text;
    if (!isWord.test(t)) continue;
    words++;
    if (UPPER_START.test(t)) capitalised++;
  }
  return { words, capitalised };
}
