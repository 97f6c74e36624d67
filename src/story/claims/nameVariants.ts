/**
 * Actor keys: one key per actor so that spelling variants match across outlets ("Sisi",
 * "el-Sissi", "Al-Sisi", "Abdel Fattah al-Sisi"; "Antony" / "Anthony J. Blinken"; "Blinken"
 * alone when only one Blinken is in the story). Keys are lookup helpers; no text is rewritten.
 */

/** Honorifics and titles dropped before a name ("President", "Mr.", "Foreign Minister"). */
const TITLE_WORDS = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "sheik", "ayatollah", "pope", "president",
  "vice", "prime", "minister", "foreign", "defense", "defence", "secretary", "state", "of", "general", "gen",
  "lt", "maj", "brig", "col", "colonel", "admiral", "adm", "senator", "sen", "rep", "representative", "governor",
  "gov", "mayor", "king", "queen", "prince", "princess", "crown", "emir", "sultan", "chancellor", "premier",
  "ambassador", "envoy", "judge", "justice", "chief", "spokesperson", "spokesman", "spokeswoman", "deputy",
  "the", "former", "acting", "his", "her", "excellency", "honourable", "honorable", "us", "u.s", "un",
]);

/** Name particles folded away ("al-Sisi" = "Sisi", "el-Sissi" = "Sissi"). */
const PARTICLES = new Set(["al", "el", "al-", "el-", "bin", "ibn", "von", "van", "der", "de", "da", "di", "le", "la"]);

/** Generational suffixes dropped from the end. */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Folds diacritics, case and punctuation: "Sissí" → "sissi". */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .trim();
}

/**
 * A phonetic-ish fold for one name token, so transliteration variants meet: "th"→"t" (Anthony /
 * Antony), "ph"→"f", "dzh"/"zh"→"j" and a "y" between vowels dropped (Dalerdzhon Mirzoyev /
 * Dalerjon Mirzoev), doubled letters single (Sissi / Sisi), "ou"→"u", trailing "h" dropped.
 */
export function foldToken(t: string): string {
  let s = foldName(t).replace(/[^a-z]/g, "");
  s = s.replace(/th/g, "t").replace(/ph/g, "f").replace(/ck/g, "k").replace(/ou/g, "u");
  // Russian and Central Asian names in Latin letters: "Dalerdzhon"/"Dalerjon", "Mirzoyev"/"Mirzoev".
  s = s.replace(/dzh/g, "j").replace(/zh/g, "j").replace(/([aeiou])y([ae])/g, "$1$2").replace(/y/g, "i");
  s = s.replace(/(.)\1+/g, "$1");
  if (s.length > 3) s = s.replace(/h$/, "");
  return s;
}

/** Name tokens with titles, honorifics, initials, particles and suffixes removed. */
export function nameTokens(name: string): string[] {
  let s = foldName(name).replace(/'s\b/g, "");
  s = s.replace(/\b(al|el)-/g, " ");
  const raw = s.split(/[\s,]+/).map((t) => t.replace(/^[^a-z0-9]+|[^a-z0-9.-]+$/g, "")).filter(Boolean);
  const out: string[] = [];
  for (const t0 of raw) {
    const t = t0.replace(/\.$/, "");
    if (!t) continue;
    if (TITLE_WORDS.has(t) && out.length === 0) continue;
    if (PARTICLES.has(t)) continue;
    if (/^[a-z]$/.test(t)) continue; // an initial ("J.")
    if (SUFFIXES.has(t)) continue;
    for (const part of t.split("-")) if (part && !PARTICLES.has(part)) out.push(foldToken(part));
  }
  return out.filter(Boolean);
}

/** "Netanyahu's office" → "Netanyahu"; "the office of Benjamin Netanyahu" → "Benjamin Netanyahu"; else null. */
export function officeHolder(text: string): string | null {
  const s = text.replace(/[\u2018\u2019]/g, "'").trim();
  const m = /^(?:the\s+)?([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*)*)'s?\s+(?:office|spokes(?:person|man|woman)|aides?|press office|government|ministry|team|camp)\b/u.exec(s);
  if (m) return m[1].replace(/'$/, "");
  const n = /^(?:the\s+)?(?:office|spokes(?:person|man|woman)) (?:of|for) ([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*)*)$/u.exec(s);
  return n ? n[1] : null;
}

export interface ActorName {
  name: string;
  /** Persons get surname matching; other types match on the whole folded name. */
  person: boolean;
}

/** Consonants of folded given names: "abdulmenam" and "abdel moneim" both give "bdlmnm". */
function skeleton(given: string): string {
  return given.replace(/[aeiouy ]/g, "");
}

/** Whether a folded given name is a run of initials ("PK", "AK"): two or three letters, no vowel. */
function isInitials(given: string): boolean {
  return /^[b-df-hj-np-tv-z]{2,3}$/.test(given);
}

/**
 * Whether two folded given names (tokens joined by spaces) can be one person's, written
 * differently: the same first name ("George" / "George Walker"); the same consonants in the
 * same order (transliterations of one Arabic or Persian name, "Abdulmenam" / "Abdel-Moneim");
 * or initials against a name with the same first letter ("PK" / "Pradeep").
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b || a.split(" ")[0] === b.split(" ")[0]) return true;
  if (a[0] !== b[0]) return false;
  if (isInitials(a) !== isInitials(b)) return true;
  const sa = skeleton(a);
  return sa.length >= 3 && sa === skeleton(b);
}

/**
 * Builds the key function for one story. Person names are keyed by their folded surname (the
 * last name token) when every full name in the story with that surname has a compatible given
 * name ({@link sameGivenName}); a bare surname ("Blinken") then joins the full name. When two
 * people share a surname, the key keeps the given name too and a bare surname stays apart
 * (ambiguous). Other actors key on all tokens.
 */
export function actorKeyer(names: ActorName[]): (name: string, person?: boolean) => string {
  const firstsBySurname = new Map<string, string[]>();
  for (const n of names) {
    if (!n.person) continue;
    const t = nameTokens(n.name);
    if (t.length < 2) continue;
    const sur = t[t.length - 1];
    const given = t.slice(0, -1).join(" ");
    const list = firstsBySurname.get(sur) ?? [];
    if (!list.includes(given)) list.push(given);
    firstsBySurname.set(sur, list);
  }
  // Given names of one surname grouped into people: each class is keyed by its first member.
  const classOf = new Map<string, string>();
  const classes = new Map<string, number>();
  for (const [sur, list] of firstsBySurname) {
    const reps: string[] = [];
    for (const g of [...list].sort()) {
      const rep = reps.find((r) => sameGivenName(r, g) && list.filter((x) => classOf.get(`${sur}|${x}`) === r).every((x) => sameGivenName(x, g)));
      if (rep) classOf.set(`${sur}|${g}`, rep);
      else {
        reps.push(g);
        classOf.set(`${sur}|${g}`, g);
      }
    }
    classes.set(sur, reps.length);
  }
  const keyOf = (name: string, person = true): string => {
    const holder = officeHolder(name);
    if (holder) return keyOf(holder, true);
    const t = nameTokens(name);
    if (t.length === 0) return foldName(name).replace(/^the\s+/, "");
    if (!person) return t.join(" ");
    const sur = t[t.length - 1];
    const n = classes.get(sur);
    if (!n || n <= 1) return sur;
    const rep = t.length >= 2 ? classOf.get(`${sur}|${t.slice(0, -1).join(" ")}`) : undefined;
    if (rep) return `${rep.split(" ")[0]} ${sur}`;
    return `? ${sur}`;
  };
  return keyOf;
}

/** The key of one name on its own (no story context): the folded surname for a person. */
export function actorKey(name: string, person = true): string {
  return actorKeyer([{ name, person }])(name, person);
}
