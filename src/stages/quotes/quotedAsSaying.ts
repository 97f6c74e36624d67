import type { Token } from "../../types.js";
import { LINK_AUX, QUOTING_VERBS } from "../../lexicons/en/quoteWords.js";
import { nounPhraseEndingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";

/**
 * "X was quoted as saying" and "Y quoted X as saying" around the participle at token `k`
 * ("saying", "stating", "telling", …): the speaker is X (the innermost: Y, the `relay`, only
 * passes the words on), the cue runs from the quoting verb to the participle. Null when token `k` is not
 * after "as" in one of those shapes; `min` bounds the scan to the left.
 */
export function quotedAsSaying(T: readonly Token[], k: number, min: number): { np: TokenRange; cueFrom: number; relay: TokenRange | null } | null {
  if (!/^(saying|stating|telling|adding|warning)$/.test(T[k]?.norm ?? "") || T[k - 1]?.norm !== "as") return null;
  if (QUOTING_VERBS[T[k - 2]?.norm ?? ""]) {
    // passive: "the minister was quoted as saying (by the state news agency)"
    let b = k - 3;
    while (b >= min && LINK_AUX[T[b].norm]) b--;
    const np = nounPhraseEndingAt(T, skipLeftAdverbs(T, b, min), min);
    return np ? { np, cueFrom: k - 2, relay: null } : null;
  }
  // active: "IRNA quoted Kanaani as saying", "Interfax cited the FSB as saying"
  const np = nounPhraseEndingAt(T, k - 2, min);
  if (!np || np.from - 1 < min || !QUOTING_VERBS[T[np.from - 1].norm]) return null;
  const relay = nounPhraseEndingAt(T, skipLeftAdverbs(T, np.from - 2, min), min);
  return relay ? { np, cueFrom: np.from - 1, relay } : null;
}
