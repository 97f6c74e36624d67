/**
 * Lower-case particles that begin or join personal names ("de Silva", "Joost van der
 * Westhuizen", "al Assad", "bin Salman"). The NER predictor scores such a word before a
 * capitalised one even when the rest of its lower-case run is skipped (see `inactiveTokens`).
 */
export const NAME_PARTICLES: readonly string[] = [
  "abu", "al", "bin", "ben", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du",
  "el", "ibn", "la", "le", "st", "st.", "ter", "van", "von",
];
