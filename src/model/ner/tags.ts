/**
 * Tag sets of the NER model. The model predicts BILOU internally (B = begin, I = inside,
 * L = last, U = unit-length, O = outside; Ratinov & Roth 2009 found it better than BIO) or BIO,
 * and always returns BIO (IOB2) tags.
 */

/** Entity types, in the order used for type bits and label ids. */
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

/** Tagging scheme used inside the model. */
export type TagScheme = "bio" | "bilou";

/** Labels of a scheme: `O` first, then for each type its prefixes. */
export function labelsOf(scheme: TagScheme, types: readonly string[] = ENTITY_TYPES): string[] {
  const prefixes = scheme === "bio" ? ["B", "I"] : ["B", "I", "L", "U"];
  const out = ["O"];
  for (const t of types) for (const p of prefixes) out.push(`${p}-${t}`);
  return out;
}

/** Converts IOB2 tags to the scheme (BIO is returned unchanged). */
export function fromBio(tags: readonly string[], scheme: TagScheme): string[] {
  if (scheme === "bio") return tags.slice();
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === "O") {
      out[i] = "O";
      continue;
    }
    const type = t.slice(2);
    const next = i + 1 < tags.length ? tags[i + 1] : "O";
    const continues = next === `I-${type}`;
    if (t[0] === "B") out[i] = (continues ? "B-" : "U-") + type;
    else out[i] = (continues ? "I-" : "L-") + type;
  }
  return out;
}

/** Converts scheme tags to IOB2 (B/U → B, I/L → I). Entity spans are then read with the CoNLL rule. */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((t) => (t === "O" ? "O" : t[0] === "B" || t[0] === "U" ? `B-${t.slice(2)}` : `I-${t.slice(2)}`));
}

/**
 * `allowed[prev * n + cur]` is 1 when label `cur` may follow label `prev`. Row `n` (one past the
 * last label) is the sentence start. For BIO every transition is allowed except `O`/start → `I-X`
 * and `B-Y`/`I-Y` → `I-X` (X ≠ Y); for BILOU, B/I must be followed by I/L of the same type and
 * nothing else may be.
 */
export function transitionMask(labels: readonly string[], scheme: TagScheme): Uint8Array {
  const n = labels.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    const prev = p === n ? "O" : labels[p];
    const pp = prev[0];
    const pt = prev.slice(2);
    for (let c = 0; c < n; c++) {
      const cur = labels[c];
      const cp = cur[0];
      const ct = cur.slice(2);
      let ok: boolean;
      if (scheme === "bio") ok = cp !== "I" || ((pp === "B" || pp === "I") && pt === ct);
      else if (pp === "B" || pp === "I") ok = (cp === "I" || cp === "L") && ct === pt;
      else ok = cp === "O" || cp === "B" || cp === "U";
      allowed[p * n + c] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Type index (into {@link ENTITY_TYPES}) of a label, or -1 for `O`. */
export function typeIndexOf(label: string, types: readonly string[] = ENTITY_TYPES): number {
  return label === "O" ? -1 : types.indexOf(label.slice(2));
}
