/**
 * Organisation cues and well-known organisations. Written for dossier from general knowledge of
 * news usage.
 */
import { lookupTable } from "../lookupTable.js";

/** Head words that make a capitalised name an organisation ("Department of State", "Security Council"). */
export const ORG_HEADS = new Set([
  "ministry", "department", "agency", "organization", "organisation", "council", "court", "embassy", "union", "forces",
  "army", "party", "bank", "fund", "committee", "commission", "office", "corporation", "corp", "corp.", "inc", "inc.",
  "ltd", "ltd.", "group", "news", "times", "post", "press", "network", "service", "services", "authority", "authorities",
  "assembly", "parliament", "senate", "congress", "government", "administration", "cabinet", "house", "institute",
  "university", "college", "association", "federation", "foundation", "movement", "front", "brigades", "brigade",
  "guard", "guards", "police", "navy", "command", "coalition", "alliance", "league", "board", "bureau", "tribunal",
  "company", "co", "co.", "airlines", "airways", "media", "television", "tv", "radio", "channel", "journal",
  "herald", "tribune", "gazette", "daily", "telegraph", "guardian", "observer", "monitor", "review", "club",
  "center", "centre", "program", "programme", "mission", "secretariat", "directorate", "jazeera", "watch",
  "international", "nations", "community", "society", "red", "crescent", "cross", "unicef", "presidency",
]);

/** Well-known organisations with aliases (first entry is the canonical name). */
export const KNOWN_ORGS: string[][] = [
  ["Hamas"], ["Hezbollah", "Hizbollah", "Hizbullah"], ["Islamic Jihad"], ["Fatah"], ["Houthis", "Houthi", "Ansar Allah"],
  ["Taliban"], ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"], ["al-Qaeda", "al Qaeda", "Al-Qaeda"],
  ["NATO", "North Atlantic Treaty Organization"], ["United Nations", "UN", "U.N."], ["European Union", "EU", "E.U."],
  ["African Union", "AU"], ["Arab League"], ["IAEA", "International Atomic Energy Agency"],
  ["WHO", "World Health Organization"], ["IMF", "International Monetary Fund"], ["World Bank"],
  ["UNRWA"], ["UNICEF"], ["OPEC"], ["G7", "G-7"], ["G20", "G-20"], ["BRICS"], ["ASEAN"], ["OSCE"], ["ECOWAS"], ["IGAD"],
  ["Reuters"], ["Associated Press", "AP"], ["AFP", "Agence France-Presse"], ["Anadolu Agency", "Anadolu"], ["BBC"], ["CNN"],
  ["Al Jazeera", "Al-Jazeera"], ["Xinhua"], ["TASS"], ["RIA Novosti"], ["Interfax"], ["dpa"], ["Kremlin"], ["Pentagon"],
  ["White House"], ["State Department", "US State Department", "U.S. State Department", "US Department of State", "Department of State"],
  ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military"], ["Rapid Support Forces", "RSF"], ["Sudanese Armed Forces", "SAF"],
  ["Tigray People's Liberation Front", "TPLF"], ["Wagner", "Wagner Group"], ["Security Council", "UN Security Council", "U.N. Security Council"],
  ["General Assembly", "UN General Assembly"], ["International Court of Justice", "ICJ"], ["International Criminal Court", "ICC"],
  ["Red Cross", "ICRC", "International Committee of the Red Cross"], ["Democrats"], ["Republicans"], ["Likud"],
  ["Mossad"], ["Shin Bet"], ["CIA"], ["FBI"], ["Congress"], ["Knesset"], ["Duma", "State Duma"], ["Bundestag"],
  ["European Commission"], ["European Council"], ["European Parliament"], ["Supreme Court"], ["INEC"], ["MPLA"], ["UNITA"], ["APC"], ["PDP"],
];

/** Nominal descriptions of organisations, by kind (lower case, without article). */
export const ORG_DESCRIPTIONS: Record<string, string[]> = {
  armed: [
    "group", "resistance group", "militant group", "palestinian group", "islamist group", "armed group", "movement",
    "resistance movement", "islamist movement", "palestinian resistance group", "terror group", "terrorist group",
    "militants", "militia", "paramilitary group", "paramilitaries", "rebels", "rebel group", "islamist armed group",
    "palestinian militant group", "lebanese group", "iran-backed group", "militant movement", "faction", "organisation", "organization",
  ],
  state: ["ministry", "department", "agency", "government", "administration", "army", "military", "embassy", "office", "council", "court", "bloc", "alliance", "union"],
};

/** Words that, as the last word of a possessive phrase, make an organisation headed by the owner ("Netanyahu's office"). */
export const POSSESSIVE_ORGS: Record<string, string> = lookupTable({
  office: "Office",
  government: "Government",
  administration: "Administration",
  cabinet: "Cabinet",
  campaign: "Campaign",
  party: "Party",
  ministry: "Ministry",
  spokesperson: "Spokesperson",
  spokesman: "Spokesperson",
  spokeswoman: "Spokesperson",
  team: "Team",
  camp: "Camp",
  aides: "Aides",
});

/** Armed groups and movements that "the group", "the movement", "militants" usually refer to. */
export const ARMED_GROUPS = new Set([
  "Hamas", "Hezbollah", "Islamic Jihad", "Houthis", "Taliban", "Islamic State", "al-Qaeda", "RSF", "TPLF", "Wagner",
  "Fatah", "al-Shabab", "Rapid Support Forces", "Tigray People's Liberation Front", "Boko Haram", "M23", "PKK", "YPG", "SDF", "HTS",
]);
