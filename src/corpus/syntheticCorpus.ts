import { mulberry32 as rng } from "../util/mulberry32.js";
/**
 * License-clean synthetic news articles for benchmarks and tests: our own templates filled with
 * invented outlets, people, places and numbers. Deterministic for a given (index, seed); every
 * article's text is different (so each has its own content hash).
 */

export interface SyntheticArticle {
  title: string;
  text: string;
  outlet: string;
  published: string;
  url: string;
}

const OUTLETS = ["Harbour Gazette", "Northfield Courier", "Valley Ledger", "Coastal Times", "Riverside Herald", "Metro Dispatch", "Lakeshore Post", "Capital Wire"];
const FIRST = ["Lena", "Tomas", "Amira", "Jonas", "Priya", "Marcus", "Elena", "Kofi", "Sofia", "Daniel", "Mei", "Rafael", "Ingrid", "Omar", "Clara", "Viktor"];
const LAST = ["Ortiz", "Brandt", "Haddad", "Lindqvist", "Raman", "Okafor", "Novak", "Mensah", "Castillo", "Weber", "Tanaka", "Moreau", "Sandoval", "Farouk", "Keller", "Petrov"];
const ROLES = ["Mayor", "Governor", "Finance Minister", "Health Minister", "Police Chief", "Senator", "Council Chair", "Union leader"];
const CITIES = ["Port Alder", "Brightwater", "Eastmere", "Kingsford", "Redcliff", "Silverton", "Westhaven", "Oakridge"];
const COUNTRIES = ["Norland", "Estavia", "Carridor", "Belmora"];
const ORGS = ["the Transit Authority", "the Water Board", "the Chamber of Commerce", "the Teachers Union", "the Port Authority", "the Health Service"];
const TOPICS = [
  { what: "budget", thing: "a budget of {n} million dollars", unit: "jobs", verb: "approved" },
  { what: "bridge", thing: "repairs to the old river bridge costing {n} million dollars", unit: "workers", verb: "announced" },
  { what: "hospital", thing: "a new hospital wing with {n} beds", unit: "nurses", verb: "opened" },
  { what: "strike", thing: "a strike involving {n} bus drivers", unit: "routes", verb: "ended" },
  { what: "flood", thing: "flood defences along {n} kilometres of coast", unit: "homes", verb: "unveiled" },
  { what: "school", thing: "{n} new classrooms", unit: "pupils", verb: "promised" },
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const CUES = ["said", "told reporters", "added", "said in a statement", "warned"];


/** The `index`-th synthetic article for `seed`. */
export function syntheticArticle(index: number, seed = 1): SyntheticArticle {
  const r = rng(index * 7919 + seed * 104729 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const outlet = OUTLETS[index % OUTLETS.length];
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const other = `${pick(FIRST)} ${pick(LAST)}`;
  const role = pick(ROLES);
  const city = pick(CITIES);
  const country = pick(COUNTRIES);
  const org = pick(ORGS);
  const topic = pick(TOPICS);
  const n = 2 + Math.floor(r() * 400);
  const m = 10 + Math.floor(r() * 5000);
  const pct = 1 + Math.floor(r() * 60);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 700) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const weekday = DAYS[(day.getUTCDay() + 6) % 7];
  const prevDay = DAYS[(day.getUTCDay() + 5) % 7];
  const cue = pick(CUES);
  const lastName = person.split(" ")[1];
  const title = `${city} ${topic.verb} ${topic.what} plan as ${org.replace(/^the /, "")} weighs in`;
  const thing = topic.thing.replace("{n}", String(n));
  const paragraphs = [
    title,
    `${city}, ${country} — Officials in ${city} ${topic.verb} ${thing} on ${prevDay}, ${role} ${person} said, in a move expected to affect about ${m.toLocaleString("en-US")} ${topic.unit}.`,
    `"This is the right decision for ${city}, and we will deliver it on time," ${lastName} ${cue}. "Nobody should doubt that the money is there."`,
    `${other}, a spokesperson for ${org}, said the plan was "a step in the right direction" but warned that costs had risen by ${pct} percent since last year.`,
    `According to ${org}, at least ${Math.max(2, Math.floor(m / 7))} ${topic.unit} were affected in the previous round, and a review is due within ${2 + (index % 9)} weeks.`,
    `The council will meet again on ${weekday} to discuss the next steps, ${lastName} added. Reference ${index}-${seed}.`,
  ];
  return {
    title,
    text: paragraphs.join("\n\n") + "\n",
    outlet,
    published,
    url: `https://news.example/${outlet.toLowerCase().replace(/\s+/g, "-")}/${published}/${topic.what}-${index}`,
  };
}

/** `count` synthetic articles starting at `from`. */
export function* syntheticArticles(count: number, seed = 1, from = 0): Generator<SyntheticArticle> {
  for (let i = from; i < from + count; i++) yield syntheticArticle(i, seed);
}
