/**
 * Unnamed actors outlets name in their own words: the story's event ("the attack", "the
 * incident", "the tragedy", "the riot") and the collective actors of common stories ("the
 * gunmen" / "the terrorists", "the protesters" / "the rioters", "the government" / "the
 * regime"). Each referent lists its nouns by frame: nouns of one frame say the same thing
 * ("gunmen" = "attackers", "tragedy" = "disaster"), nouns of different frames are what a reader
 * spots ("attack" vs "accident", "protesters" vs "rioters"). Written for dossier from common
 * style-guide advice on neutral wording; all lower case, multi-word nouns allowed.
 */
export interface ReferentFrame {
  /** What the frame says ("intentional", "accidental", "neutral", …). */
  frame: string;
  nouns: string[];
}

export interface Referent {
  /** The actor key suffix and the readable name ("the event", "the attackers"). */
  key: string;
  name: string;
  frames: ReferentFrame[];
  /**
   * Whether the referent stands for a government or its people, so that a story about several
   * countries compares only mentions qualified by the same country ("the Syrian government" /
   * "the Syrian regime").
   */
  national?: boolean;
}

export const REFERENTS: Referent[] = [
  {
    key: "event",
    name: "the event",
    frames: [
      { frame: "attack", nouns: ["attack", "terrorist attack", "terror attack", "assault", "mass shooting", "shooting attack", "shooting rampage", "bombing", "rampage", "ransomware attack", "cyber-attack", "cyberattack", "cyber attack", "act of terror", "act of terrorism", "terrorist act", "hostage-taking"] },
      { frame: "atrocity", nouns: ["massacre", "atrocity", "bloodbath", "carnage", "slaughter", "war zone"] },
      { frame: "neutral", nouns: ["incident"] },
      { frame: "accident", nouns: ["accident", "mishap", "malfunction", "outage", "it outage", "technical incident", "technical problem", "technical issue", "glitch", "system failure", "power failure", "collision", "allision"] },
      { frame: "disaster", nouns: ["tragedy", "disaster", "catastrophe", "calamity", "horror", "nightmare"] },
      { frame: "physical", nouns: ["collapse", "collision", "allision", "crash"] },
      { frame: "unrest", nouns: ["riot", "riots", "unrest", "clashes", "mayhem", "uprising", "insurrection", "disturbances"] },
      { frame: "protest", nouns: ["protest", "protests", "demonstration", "demonstrations", "blockade", "rally", "sit-in"] },
      { frame: "election", nouns: ["election", "elections", "referendum"] },
    ],
  },
  {
    key: "attackers",
    name: "the attackers",
    frames: [
      { frame: "neutral", nouns: ["gunmen", "attackers", "assailants", "shooters", "perpetrators", "armed men", "raiders", "hostage-takers"] },
      { frame: "terrorists", nouns: ["terrorists", "jihadists", "extremists", "islamists", "terror suspects"] },
      { frame: "militants", nouns: ["militants", "fighters", "insurgents"] },
      { frame: "criminals", nouns: ["killers", "murderers", "thugs", "bandits", "butchers", "monsters"] },
    ],
  },
  {
    key: "protesters",
    name: "the protesters",
    frames: [
      { frame: "neutral", nouns: ["protesters", "protestors", "demonstrators", "marchers", "campaigners", "strikers"] },
      { frame: "rioters", nouns: ["rioters", "hooligans", "mob", "looters", "vandals", "troublemakers", "agitators", "insurrectionists", "thugs"] },
    ],
  },
  {
    key: "hackers",
    name: "the hackers",
    frames: [
      { frame: "neutral", nouns: ["hackers", "hacker group", "hacking group"] },
      { frame: "criminals", nouns: ["cybercriminals", "cyber-criminals", "criminal gang", "ransomware gang", "cybercrime gang", "criminal group", "extortionists"] },
      { frame: "terrorists", nouns: ["cyber-terrorists", "cyberterrorists", "cyber terrorists"] },
      { frame: "state", nouns: ["state-backed hackers", "state-sponsored hackers", "government hackers", "spies"] },
    ],
  },
  {
    key: "authorities",
    name: "the government",
    national: true,
    frames: [
      { frame: "government", nouns: ["government", "authorities", "administration", "leadership", "cabinet"] },
      { frame: "regime", nouns: ["regime", "junta", "dictatorship", "puppet government", "puppet regime"] },
    ],
  },
];
