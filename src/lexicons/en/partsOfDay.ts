/**
 * Parts of the day and their TIMEX3 codes (MO morning, MI midday, AF afternoon, EV evening,
 * NI night, DT daytime). Source: the TIMEX3 part-of-day tokens from the TimeML annotation
 * guidelines (the codes only), mapped to English words written for dossier.
 */
import { lookupTable } from "../lookupTable.js";

export const PARTS_OF_DAY: Record<string, string> = lookupTable({
  morning: "MO",
  dawn: "MO",
  daybreak: "MO",
  sunrise: "MO",
  midday: "MI",
  afternoon: "AF",
  evening: "EV",
  dusk: "EV",
  sunset: "EV",
  night: "NI",
  overnight: "NI",
  nightfall: "NI",
});

