/**
 * Titles and roles that precede or stand for names. Written for dossier from common newswire
 * usage. `role` is the normalised role; `aliases` are the surface forms (lower case) that mean it;
 * `descriptions` are nominal phrases that stand for a holder of the role ("the top US diplomat").
 */
export interface RoleEntry {
  role: string;
  aliases: string[];
  /** Phrases (lower case, without "the") that refer to the holder. A `{country}` slot matches a demonym or country. */
  descriptions?: string[];
}

export const ROLES: RoleEntry[] = [
  { role: "Secretary of State", aliases: ["secretary of state"], descriptions: ["top us diplomat", "top american diplomat", "us top diplomat", "america's top diplomat", "secretary", "top diplomat", "us diplomat"] },
  { role: "Prime Minister", aliases: ["prime minister", "premier", "pm"], descriptions: ["premier", "{country} premier", "{country} prime minister", "prime minister", "{country} leader"] },
  { role: "President", aliases: ["president", "vice president", "president-elect"], descriptions: ["president", "{country} president", "{country} leader", "head of state"] },
  { role: "Foreign Minister", aliases: ["foreign minister", "foreign secretary", "minister of foreign affairs", "external affairs minister"], descriptions: ["foreign minister", "{country} foreign minister", "top diplomat", "{country} top diplomat", "{country}'s top diplomat"] },
  { role: "Defense Minister", aliases: ["defense minister", "defence minister", "defense secretary", "defence secretary", "minister of defense", "minister of defence", "war minister"], descriptions: ["defense minister", "defence minister"] },
  { role: "Minister", aliases: ["minister", "interior minister", "finance minister", "trade minister", "energy minister", "justice minister", "health minister", "economy minister", "deputy minister", "deputy foreign minister", "deputy prime minister", "commerce secretary", "treasury secretary", "trade representative", "secretary"], descriptions: ["minister"] },
  { role: "Chancellor", aliases: ["chancellor"], descriptions: ["chancellor", "{country} chancellor"] },
  { role: "King", aliases: ["king", "queen", "emir", "crown prince", "prince", "sultan", "monarch"], descriptions: ["king", "monarch"] },
  { role: "Secretary-General", aliases: ["secretary-general", "secretary general", "un secretary-general", "director general", "director-general"], descriptions: ["secretary-general", "un chief", "un secretary-general"] },
  { role: "Spokesperson", aliases: ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokes person"], descriptions: ["spokesperson", "spokesman", "spokeswoman"] },
  { role: "Ambassador", aliases: ["ambassador", "envoy", "special envoy", "representative", "negotiator", "chief negotiator"], descriptions: ["envoy", "ambassador", "negotiator"] },
  { role: "Leader", aliases: ["leader", "chief", "head", "commander", "supreme leader", "army chief", "chairman", "chairwoman", "chair"], descriptions: ["leader", "commander"] },
  { role: "General", aliases: ["gen", "gen.", "general", "lt. gen.", "maj. gen.", "brig. gen.", "col.", "colonel", "lieutenant general", "major general", "field marshal", "admiral", "adm."], descriptions: ["general"] },
  { role: "Senator", aliases: ["senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker", "mp", "speaker"], descriptions: ["senator", "lawmaker"] },
  { role: "Governor", aliases: ["governor", "gov."], descriptions: ["governor"] },
  { role: "Mayor", aliases: ["mayor", "lord mayor", "deputy mayor", "mayor-elect"], descriptions: ["mayor"] },
  { role: "Adviser", aliases: ["aide", "presidential aide", "adviser", "advisor", "senior adviser", "senior advisor", "presidential adviser", "national security adviser", "national security advisor", "chief of staff"], descriptions: ["aide", "adviser", "advisor"] },
  { role: "Judge", aliases: ["judge", "justice", "chief justice", "prosecutor", "attorney general"], descriptions: ["judge", "prosecutor"] },
];

/** Honorifics that precede a person's name and are dropped from it. */
export const HONORIFICS = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "sheikh", "ayatollah", "president", "pope"];

/**
 * Head nouns of definite descriptions that stand for one named person in news prose ("the top
 * U.S. diplomat", "the former Nigerian leader", "the African Union mediator"): a quote speaker
 * given only as such a description is the person the story is quoting (see the quote stage).
 * Heads that often stay anonymous ("official", "source", "spokesman", "analyst") are left out.
 */
export const PERSON_DESCRIPTION_HEADS = [
  "diplomat", "mediator", "negotiator", "leader", "president", "premier", "minister", "envoy", "representative",
  "secretary", "ambassador", "chancellor", "commander", "general", "senator", "governor", "mayor", "king", "queen",
  "monarch", "emir", "prince", "chairman", "chairwoman", "chief", "secretary-general", "prosecutor", "judge", "candidate",
  "lawmaker", "congressman", "congresswoman", "president-elect", "pontiff", "pope", "opposition leader", "aide", "adviser", "advisor",
];
