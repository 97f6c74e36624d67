/** Pronouns and what they may refer to. Written for dossier. */
export const PERSON_PRONOUNS: Record<string, "m" | "f" | "x"> = {
  he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", hers: "f", herself: "f",
};
export const THING_PRONOUNS = new Set(["it", "its", "itself"]);
export const PLURAL_PRONOUNS = new Set(["they", "them", "their", "themselves"]);
