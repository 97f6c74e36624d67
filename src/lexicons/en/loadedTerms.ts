/**
 * Loaded terms: words that carry a judgement about an actor or an event, each with neutral
 * alternatives a reader can compare with. Written for dossier from common style-guide advice
 * on conflict reporting (words the major wire style books ask reporters to attribute or avoid).
 * `forms` are lower-case word forms matched on word boundaries.
 */
export interface LoadedTerm {
  term: string;
  forms: string[];
  neutral: string[];
}

export const LOADED_TERMS: LoadedTerm[] = [
  { term: "terrorist", forms: ["terrorist", "terrorists", "terror group", "terror groups", "terror organisation", "terror organization"], neutral: ["armed group", "militant group", "fighters"] },
  { term: "terror", forms: ["terror"], neutral: ["violence", "attacks"] },
  { term: "militant", forms: ["militant", "militants"], neutral: ["fighters", "members of the armed group"] },
  { term: "resistance", forms: ["resistance", "resistance group", "resistance movement", "resistance fighters"], neutral: ["armed group", "fighters"] },
  { term: "regime", forms: ["regime", "regimes"], neutral: ["government", "authorities"] },
  { term: "massacre", forms: ["massacre", "massacres", "massacred"], neutral: ["killing", "attack", "deaths"] },
  { term: "slaughter", forms: ["slaughter", "slaughtered", "slaughtering"], neutral: ["killing", "deaths"] },
  { term: "genocide", forms: ["genocide", "genocidal"], neutral: ["killings (with who alleges genocide)"] },
  { term: "occupation", forms: ["occupation", "occupier", "occupiers", "occupying forces"], neutral: ["military presence", "control", "troops"] },
  { term: "martyr", forms: ["martyr", "martyrs", "martyred", "martyrdom"], neutral: ["killed", "dead"] },
  { term: "thugs", forms: ["thug", "thugs"], neutral: ["attackers", "men"] },
  { term: "rogue state", forms: ["rogue state", "rogue regime"], neutral: ["government", "country"] },
  { term: "aggression", forms: ["aggression", "aggressor", "aggressors"], neutral: ["military action", "attack", "fighting"] },
  { term: "puppet", forms: ["puppet", "puppets", "puppet government", "puppet regime"], neutral: ["government", "allied"] },
  { term: "so-called", forms: ["so-called"], neutral: ["(the name alone)"] },
  { term: "bandits", forms: ["bandit", "bandits"], neutral: ["gunmen", "armed men"] },
  { term: "insurgents", forms: ["insurgent", "insurgents", "insurgency"], neutral: ["armed group", "fighters"] },
  { term: "extremists", forms: ["extremist", "extremists"], neutral: ["armed group", "members of the group"] },
  { term: "freedom fighters", forms: ["freedom fighter", "freedom fighters"], neutral: ["fighters", "armed group"] },
  { term: "liberation", forms: ["liberated", "liberation of"], neutral: ["captured", "took control of"] },
];
