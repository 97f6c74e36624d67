/**
 * How many full-text matches a search ranks at most, the most recently stored first. Bounding
 * it keeps a word found in most of a million articles as cheap as one found in a few thousand;
 * for such words the top hits come from the newest RANK_CANDIDATES matches.
 */
export const RANK_CANDIDATES = 5000;
