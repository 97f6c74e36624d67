/**
 * Nouns for a person by age, sex or role that outlets give an age to when they give no name ("a
 * 14-year-old boy", "a boy of 15 years", "a woman aged 71"). Folded singular words, each mapped
 * to the key its age is compared under (a "kid" and a "boy" of one story are one person). Written
 * for dossier from general English usage.
 */
import { lookupTable } from "../lookupTable.js";

export const PERSON_AGE_NOUNS: Record<string, string> = lookupTable({
  boy: "boy", kid: "boy", lad: "boy", schoolboy: "boy",
  girl: "girl", schoolgirl: "girl",
  man: "man", woman: "woman", child: "child", toddler: "child", baby: "baby", infant: "baby",
  teenager: "teenager", teen: "teenager", youth: "teenager",
  student: "student", pupil: "student", pensioner: "pensioner", retiree: "pensioner",
});
