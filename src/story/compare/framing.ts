/**
 * Framing: the labels each outlet uses for the same actor ("the rebel group", "the armed
 * opposition movement", "the terrorists") and the loaded terms each outlet uses.
 */
import type { ActorLabels, LoadedTermUse } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { ROLES } from "../../lexicons/en/titles.js";
import { COUNTRIES } from "../../lexicons/en/places.js";

const ROLE_OF = new Map<string, string>(ROLES.flatMap((r) => r.aliases.map((x) => [x, r.role] as [string, string])));
const PLACE_WORDS = new Set<string>(
  COUNTRIES.flatMap((row) => {
    const [name, dem] = row.split("|");
    return [name.toLowerCase(), ...(dem ? dem.split(",").map((d) => d.toLowerCase()) : [])];
  }),
);

/**
 * What a label says, for telling labels apart: lower case, without articles, possessives and
 * the country ("Turkey's President" = "Turkish president" = "the president"), role words
 * mapped to their role ("spokeswoman" = "spokesperson").
 */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|its|his|her|their|country)$/.test(w) && !PLACE_WORDS.has(w))
    .map((w) => ROLE_OF.get(w) ?? w)
    .join(" ");
}

export function compareFraming(docs: readonly StoryDoc[]): { labels: ActorLabels[]; loadedTerms: LoadedTermUse[] } {
  const byActor = new Map<string, ActorLabels>();
  for (const d of docs) {
    for (const l of d.claims.labels) {
      let a = byActor.get(l.actorKey);
      if (!a) byActor.set(l.actorKey, (a = { actor: l.actorName, byOutlet: [] }));
      if (l.actorName.length > a.actor.length) a.actor = l.actorName;
      let o = a.byOutlet.find((x) => x.docId === d.analysis.document.id);
      if (!o) a.byOutlet.push((o = { outlet: d.outlet, docId: d.analysis.document.id, labels: [] }));
      if (!o.labels.some((x) => x.text.toLowerCase() === l.text.toLowerCase())) o.labels.push({ text: l.text, evidence: l.evidence });
    }
  }
  // An actor's labels are a difference only when outlets use different ones (case aside).
  const differs = (a: ActorLabels) => {
    const sets = a.byOutlet.map((o) => new Set(o.labels.map((x) => labelKey(x.text))));
    return sets.length >= 2 && sets.some((x) => sets.some((y) => [...x].some((l) => !y.has(l))));
  };
  const labels = [...byActor.values()].filter(differs).sort((a, b) => b.byOutlet.length - a.byOutlet.length || a.actor.localeCompare(b.actor));
  const loadedTerms: LoadedTermUse[] = docs.flatMap((d) =>
    d.claims.loaded.map((l) => ({ outlet: d.outlet, docId: d.analysis.document.id, term: l.term.term, neutral: l.term.neutral, inQuote: l.inQuote, evidence: l.evidence })),
  );
  return { labels, loadedTerms };
}
