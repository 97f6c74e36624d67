// Story clustering cost as the corpus grows. `benchStories()` generates news-like articles from
// invented templates (made-up people, places and organisations filled into six kinds of event,
// several differently worded reports per event, dates spread over a year), analyses them once
// with `analyze`, then times `clusterStories` on the first 10, 100 and 1,000 articles, and
// `findSyndication` + `compareStory` over the stories found. Also reports how well the generated
// events were recovered (pairwise precision/recall), as a sanity check, not an evaluation.
//
//   node --import tsx bench/stories.ts                 # sizes 10, 100, 1000
//   node --import tsx bench/stories.ts --sizes 10,100,1000,2000
import os from "node:os";
import { performance } from "node:perf_hooks";
import { analyze } from "../src/index.js";
import type { Analysis } from "../src/index.js";
import { clusterStories } from "../src/story/cluster/clusterStories.js";
import { findSyndication } from "../src/story/syndication/syndication.js";
import { compareStory } from "../src/story/compareStory.js";
import { scoreClusters } from "../src/eval/stories/scoreClusters.js";
import { mulberry32 as prng } from "../src/util/mulberry32.js";

export interface StoriesBenchRow {
  articles: number;
  stories: number;
  clusterMs: number;
  /** Clustering time per article (ms): flat when the cost grows as O(n·k). */
  msPerArticle: number;
  syndicationMs: number;
  compareMs: number;
  pairwiseP: number;
  pairwiseR: number;
}

export interface StoriesBenchResult {
  analyseSeconds: number;
  rows: StoriesBenchRow[];
}


const SYL = ["ka", "lo", "ren", "mar", "vi", "to", "sel", "an", "dor", "bri", "ta", "nu", "zel", "or", "ves", "pa", "lin", "gor", "mi", "sa", "tru", "del", "ko", "ra"];

interface Slots {
  person: string;
  person2: string;
  place: string;
  country: string;
  country2: string;
  org: string;
  n1: number;
  n2: number;
  date: Date;
}

type Template = (s: Slots) => string;

const fmtN = (n: number) => n.toLocaleString("en-US");

/** Six kinds of event, three wordings each. */
const KINDS: Template[][] = [
  [
    (s) => `Negotiators from ${s.country} and ${s.country2} met in ${s.place} on Tuesday for a new round of talks. ${s.person}, who leads the ${s.country} delegation, said both sides agreed to exchange ${fmtN(s.n1)} prisoners. "We made progress in ${s.place}, but a ceasefire with ${s.country2} is still far away," ${s.person} told reporters. ${s.person2} of ${s.country2} said the talks would continue next week.`,
    (s) => `${s.country} and ${s.country2} will swap ${fmtN(s.n1)} prisoners each after talks in ${s.place}, officials said. The ${s.country2} envoy ${s.person2} called the meeting constructive. According to ${s.person}, "We made progress in ${s.place}, but a ceasefire with ${s.country2} is still far away." Mediators from the ${s.org} hosted the meeting.`,
    (s) => `Talks between ${s.country} and ${s.country2} in ${s.place} ended with a deal on a prisoner exchange. ${s.person} said ${fmtN(s.n1)} detainees would be freed. The ${s.org}, which mediated, urged both governments to return to the table.`,
  ],
  [
    (s) => `A magnitude ${(5 + (s.n2 % 30) / 10).toFixed(1)} earthquake struck ${s.place} in ${s.country} early on Sunday, killing at least ${fmtN(s.n2)} people. Rescue teams from the ${s.org} searched collapsed buildings. Governor ${s.person} said, "The whole of ${s.place} is grieving tonight."`,
    (s) => `The death toll from the earthquake in ${s.place} rose to ${fmtN(s.n2)}, ${s.country} officials said. ${s.person} declared three days of mourning. The ${s.org} sent tents and water to the region.`,
    (s) => `Survivors in ${s.place} spent a second night outdoors after the quake that killed ${fmtN(s.n2)} people. Aid from the ${s.org} reached the city, and ${s.person} promised to rebuild every school in ${s.country}.`,
  ],
  [
    (s) => `Voters in ${s.country} elected ${s.person} as president on Sunday with ${s.n2 % 40 + 45} percent of the vote, the ${s.org} said. The defeated candidate ${s.person2} conceded. "This is a victory for every citizen of ${s.country}," ${s.person} told supporters in ${s.place}.`,
    (s) => `${s.person2} accepted defeat in the presidential election in ${s.country}. ${s.person} won ${s.n2 % 40 + 45} percent, according to the ${s.org}. Turnout was high in the capital, ${s.place}.`,
    (s) => `The ${s.org} confirmed ${s.person} as winner of the ${s.country} presidential vote. Supporters celebrated in ${s.place} as ${s.person2} called for calm.`,
  ],
  [
    (s) => `Workers at the ${s.org} plant in ${s.place} went on strike on Monday over pay. Union leader ${s.person} said ${fmtN(s.n1)} members walked out. "We will not return to the ${s.org} until wages rise," ${s.person} said. The company said it would meet the union on Thursday.`,
    (s) => `Production at the ${s.org} factory in ${s.place}, ${s.country}, stopped as ${fmtN(s.n1)} workers joined a strike. ${s.person} of the union demanded a ten percent raise. Managers called the walkout unlawful.`,
    (s) => `A strike by ${fmtN(s.n1)} ${s.org} workers in ${s.place} entered its third day. ${s.person} said talks with the management had failed.`,
  ],
  [
    (s) => `${s.country} and ${s.country2} signed a trade agreement in ${s.place} that cuts tariffs on ${fmtN(s.n1)} products. Trade minister ${s.person} called it "a new chapter for ${s.country} and ${s.country2}". ${s.person2} said exports could double within five years.`,
    (s) => `The trade deal between ${s.country} and ${s.country2}, signed in ${s.place}, removes tariffs on ${fmtN(s.n1)} goods. ${s.person} and ${s.person2} praised the ${s.org} for its support.`,
    (s) => `Exporters in ${s.country} welcomed the tariff agreement with ${s.country2}. ${s.person} said the deal signed in ${s.place} was "a new chapter for ${s.country} and ${s.country2}".`,
  ],
  [
    (s) => `The supreme court of ${s.country} ruled on Wednesday that the ${s.org} acted unlawfully when it dismissed ${fmtN(s.n2)} civil servants. Judge ${s.person} ordered their reinstatement. Lawyer ${s.person2} said the ruling was historic.`,
    (s) => `${fmtN(s.n2)} civil servants dismissed by the ${s.org} must get their jobs back, the ${s.country} supreme court ruled in ${s.place}. ${s.person2}, who represented them, called it historic.`,
    (s) => `Judge ${s.person} of the ${s.country} supreme court ordered the ${s.org} to rehire ${fmtN(s.n2)} workers it fired last year.`,
  ],
];

/** Phrase and word banks for what is particular to each event: a quote and a background line. */
const QUOTE_BITS = [
  "we owe this to the families", "nobody expected it to happen so fast", "the next weeks will be decisive",
  "our patience has limits", "we are ready to listen", "the numbers speak for themselves",
  "this was never about money", "history will judge us", "we cannot accept any delay",
  "the region needs calm", "every promise will be checked", "the door remains open",
  "the young people deserve better", "we were not consulted", "mistakes were made on both sides",
];
const NOUNS = [
  "harvest", "railway", "bridge", "drought", "pension", "fishery", "copper", "textile", "vaccine", "border",
  "reservoir", "monastery", "satellite", "pipeline", "festival", "curfew", "tariff", "refinery", "orchard",
  "lighthouse", "subsidy", "quarry", "ferry", "stadium", "archive", "glacier", "sawmill", "tramway", "vineyard", "mosque",
];

const OUTLETS = ["Harbour Times", "Coastal Daily", "Capital Post", "Evening Star", "Metro Wire", "Valley News", "Northern Herald", "Global Desk"];

/** `n` generated articles with their event number (the gold story), in publication order. */
export function generateArticles(n: number, seed = 42): { text: string; outlet: string; published: string; event: number }[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const word = (k: number) => {
    let w = "";
    for (let i = 0; i < k; i++) w += pick(SYL);
    return w[0].toUpperCase() + w.slice(1);
  };
  const out: { text: string; outlet: string; published: string; event: number }[] = [];
  const start = Date.UTC(2031, 0, 1);
  for (let event = 0; out.length < n; event++) {
    const s: Slots = {
      person: `${word(2)} ${word(3)}`,
      person2: `${word(2)} ${word(2)}`,
      place: word(3),
      country: word(2) + "ia",
      country2: word(2) + "stan",
      org: `${word(2)} ${pick(["Council", "Union", "Authority", "Commission", "Group"])}`,
      n1: 100 + Math.floor(rnd() * 5000),
      n2: 10 + Math.floor(rnd() * 900),
      // About one new event a day (so same-kind events sit about a week apart): a realistic hard case.
      date: new Date(start + Math.floor(event * (0.8 + 0.4 * rnd())) * 86_400_000),
    };
    const bits = [...QUOTE_BITS].sort(() => rnd() - 0.5).slice(0, 3);
    const quote = `${bits[0]}, ${bits[1]}, and ${bits[2]}`;
    const detail = `The ${pick(NOUNS)} and the ${pick(NOUNS)} near ${s.place} were also discussed, along with the ${pick(NOUNS)}.`;
    const kind = KINDS[event % KINDS.length];
    const reports = 2 + Math.floor(rnd() * 4);
    for (let r = 0; r < reports && out.length < n; r++) {
      const d = new Date(s.date.getTime() + Math.floor(rnd() * 3) * 86_400_000);
      const extra = r % 3 === 2 ? detail : `${detail} "${quote[0].toUpperCase()}${quote.slice(1)}," ${s.person} said.`;
      out.push({ text: `${kind[r % kind.length](s)} ${extra}`, outlet: OUTLETS[(event + r) % OUTLETS.length], published: d.toISOString().slice(0, 10), event });
    }
  }
  return out;
}

/** Times clustering (and syndication + comparison of the stories found) at each size. */
export function benchStories(sizes: number[] = [10, 100, 1000], log: (s: string) => void = () => {}): StoriesBenchResult {
  const max = Math.max(...sizes);
  const gen = generateArticles(max);
  const t0 = performance.now();
  const analyses: Analysis[] = gen.map((a) => analyze({ text: a.text, outlet: a.outlet, published: a.published }));
  const analyseSeconds = (performance.now() - t0) / 1000;
  log(`analysed ${max} generated articles in ${analyseSeconds.toFixed(1)} s`);
  // Warm-up (JIT) on the smallest size.
  clusterStories(analyses.slice(0, Math.min(...sizes)).map((analysis, i) => ({ articleId: i + 1, analysis })));
  const rows: StoriesBenchRow[] = [];
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const items = analyses.slice(0, n).map((analysis, i) => ({ articleId: i + 1, analysis }));
    const rounds = n <= 100 ? 5 : 1;
    let clusters = clusterStories(items);
    const c0 = performance.now();
    for (let r = 0; r < rounds; r++) clusters = clusterStories(items);
    const clusterMs = (performance.now() - c0) / rounds;
    const s0 = performance.now();
    for (const c of clusters) {
      if (c.articleIds.length > 1) findSyndication(c.articleIds.map((id) => ({ articleId: id, text: analyses[id - 1].document.text, published: analyses[id - 1].document.published })));
    }
    const syndicationMs = performance.now() - s0;
    const k0 = performance.now();
    for (const c of clusters) if (c.articleIds.length > 1) compareStory(c.articleIds.map((id) => analyses[id - 1]));
    const compareMs = performance.now() - k0;
    const pred = new Map<number, number>();
    for (const c of clusters) for (const id of c.articleIds) pred.set(id, c.id);
    const gold = new Map(items.map((it) => [it.articleId, gen[it.articleId - 1].event]));
    const sc = scoreClusters(pred, gold);
    rows.push({
      articles: n, stories: clusters.length, clusterMs, msPerArticle: clusterMs / n, syndicationMs, compareMs,
      pairwiseP: sc.pairwise.precision, pairwiseR: sc.pairwise.recall,
    });
    log(`${n} articles: ${clusters.length} stories, cluster ${clusterMs.toFixed(1)} ms`);
  }
  return { analyseSeconds, rows };
}

/** The Markdown table for docs/BENCHMARKS.md. */
export function storiesTable(r: StoriesBenchResult): string {
  const lines = [
    "| articles | stories | cluster ms | ms / article | syndication ms | compareStory ms | pairwise P | pairwise R |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const x of r.rows) {
    lines.push(`| ${x.articles.toLocaleString("en-US")} | ${x.stories} | ${x.clusterMs.toFixed(1)} | ${x.msPerArticle.toFixed(2)} | ${x.syndicationMs.toFixed(1)} | ${x.compareMs.toFixed(1)} | ${x.pairwiseP.toFixed(3)} | ${x.pairwiseR.toFixed(3)} |`);
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--sizes");
  const sizes = i > 0 ? process.argv[i + 1].split(",").map(Number) : [10, 100, 1000];
  const r = benchStories(sizes, (s) => console.error(s));
  console.log(`## Stories — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}\n`);
  console.log(`Generated corpus analysed once in ${r.analyseSeconds.toFixed(1)} s (not timed below).\n`);
  console.log(storiesTable(r));
}
