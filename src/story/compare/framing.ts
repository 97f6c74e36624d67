/**
 * Framing: the labels each outlet uses for the same actor ("the rebel group", "the armed
 * opposition movement", "the terrorists") and the loaded terms each outlet uses.
 */
import type { ActorLabels, LoadedTermUse } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";
import { descriptorKey } from "../claims/descriptors.js";
import { COUNTRIES } from "../../lexicons/en/places.js";


/** One-word country names and demonyms (lower case) → the country. */
const COUNTRY_OF_WORD = new Map<string, string>(
  COUNTRIES.flatMap((row) => {
    const [name, dem] = row.split("|");
    return [[name.toLowerCase(), name], ...(dem ? dem.split(",").map((d) => [d.toLowerCase(), name] as [string, string]) : [])] as [string, string][];
  }).filter(([w]) => !w.includes(" ")),
);

/** Nouns for a group that say the same ("rescue group" = "rescue organisation"). */
const GROUP_WORDS = new Set(["group", "organisation", "organization", "outfit"]);

/**
 * What a label says, for telling labels apart: lower case, without articles, possessives, the
 * country, neutral qualifiers and names inside it ("Turkey's President" = "Turkish president"
 * = "the president", "NSC spokeswoman" = "the spokesperson"), role words mapped to their role,
 * and group nouns that say the same ("rescue group" = "rescue organisation").
 */
export function labelKey(label: string): string {
  const words = label.replace(/['’]s\b/g, "").split(/\s+/).filter((w) => w && !/^(?:the|a|an|its|his|her|their|country)$/i.test(w));
  if (words.length === 0) return "";
  return descriptorKey(words.join(" "))
    .split(" ")
    .map((w) => (GROUP_WORDS.has(w) ? "group" : w))
    .join(" ");
}

/** A name folded for matching across articles ("ISIS-K" = "ISIS K"). */
function normKey(name: string): string {
  return name.toLowerCase().replace(/['’]s$/, "").replace(/[^a-z0-9]+/g, " ").trim();
}

type LabelClaimEvidence = ActorLabels["byOutlet"][number]["labels"][number]["evidence"];

/** A name form for spelling comparison: diacritics and case folded, possessive and punctuation dropped. */
function foldForm(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .split(/\s+/)
    .join(" ");
}

/** How many countries of the lexicon the story's articles name (by name or demonym). */
function countriesNamed(docs: readonly StoryDoc[]): number {
  const found = new Set<string>();
  for (const d of docs) {
    for (const w of d.claims.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const c = COUNTRY_OF_WORD.get(w);
      if (c) found.add(c);
    }
  }
  return found.size;
}

export function compareFraming(docs: readonly StoryDoc[]): { labels: ActorLabels[]; loadedTerms: LoadedTermUse[] } {
  const byActor = new Map<string, ActorLabels>();
  /** What each listed label says, when not `labelKey(text)` (aliases, branch-or-parent names). */
  const keyOf = new WeakMap<object, string>();
  const addLabel = (actorKey: string, actorName: string, d: StoryDoc, l: { text: string; evidence: LabelClaimEvidence; compareKey?: string }) => {
    let a = byActor.get(actorKey);
    if (!a) byActor.set(actorKey, (a = { actor: actorName, byOutlet: [] }));
    if (actorName.length > a.actor.length) a.actor = actorName;
    let o = a.byOutlet.find((x) => x.docId === d.analysis.document.id);
    if (!o) a.byOutlet.push((o = { outlet: d.outlet, docId: d.analysis.document.id, labels: [] }));
    if (o.labels.some((x) => x.text.toLowerCase() === l.text.toLowerCase())) return;
    const entry = { text: l.text, evidence: l.evidence };
    if (l.compareKey) keyOf.set(entry, l.compareKey);
    o.labels.push(entry);
  };
  // "the government" with no country says whose only in a story about one country.
  const oneCountry = countriesNamed(docs) <= 1;
  for (const d of docs) {
    for (const l of d.claims.labels) {
      if (l.kind === "spelling" || l.kind === "form" || l.kind === "class") continue;
      if (l.actorKey.startsWith("referent:") && l.actorKey.endsWith(":") && !oneCountry) continue;
      addLabel(l.actorKey, l.actorName, d, l);
    }
  }
  // Branch or parent: listed for a group when some outlet names a branch of it ("ISIS-K", "the
  // Afghan faction of Islamic State") and another names only the group. A branch one article ties
  // to its parent ("X, a branch of Y") is a branch in every article.
  const parentOf = new Map<string, string>();
  for (const d of docs) for (const l of d.claims.labels) if (l.kind === "form" && l.formOf && l.formOf !== l.actorKey) parentOf.set(l.actorKey, l.formOf);
  for (const d of docs) for (const l of d.claims.labels) if (l.kind === "form" && l.form === "branch" && l.formOf) parentOf.set(normKey(l.text), l.formOf);
  type Form = { d: StoryDoc; parent: string; branch: boolean; claim: (typeof docs)[number]["claims"]["labels"][number] };
  const forms: Form[] = [];
  for (const d of docs) {
    for (const l of d.claims.labels) {
      if (l.kind !== "form") continue;
      const learned = l.form === "parent" ? (parentOf.get(l.actorKey) ?? parentOf.get(normKey(l.text))) : undefined;
      forms.push({ d, parent: learned ?? l.actorKey, branch: l.form === "branch" || learned !== undefined, claim: l });
    }
  }
  for (const parent of new Set(forms.filter((f) => f.branch).map((f) => f.parent))) {
    const mine = forms.filter((f) => f.parent === parent);
    const withBranch = new Set(mine.filter((f) => f.branch).map((f) => f.d));
    if (!mine.some((f) => !withBranch.has(f.d))) continue; // every outlet names the branch
    const name = mine.find((f) => !f.branch)?.claim.actorName ?? mine[0].claim.actorName;
    for (const f of mine) addLabel(parent, name, f.d, { text: f.claim.text, evidence: f.claim.evidence, compareKey: f.branch ? "form: branch" : "form: parent" });
  }
  // Spellings: a person's full name written differently by different outlets with as many
  // words ("Dalerdzhon Mirzoyev" / "Dalerjon Mirzoev"): a transliteration difference.
  type Use = { outlet: string; docId: string; text: string; evidence: LabelClaimEvidence };
  const spellings = new Map<string, { name: string; forms: Map<string, Use[]> }>();
  for (const d of docs) {
    for (const l of d.claims.labels) {
      if (l.kind !== "spelling") continue;
      const form = foldForm(l.text);
      const sp = spellings.get(l.actorKey) ?? { name: l.actorName, forms: new Map<string, Use[]>() };
      const list: Use[] = sp.forms.get(form) ?? [];
      if (!list.some((x) => x.docId === d.analysis.document.id)) list.push({ outlet: d.outlet, docId: d.analysis.document.id, text: l.text, evidence: l.evidence });
      sp.forms.set(form, list);
      spellings.set(l.actorKey, sp);
    }
  }
  for (const [k, sp] of spellings) {
    const byLength = new Map<number, string[]>();
    for (const f of sp.forms.keys()) byLength.set(f.split(" ").length, [...(byLength.get(f.split(" ").length) ?? []), f]);
    const variants = [...byLength.values()].filter((fs) => fs.length >= 2).flat();
    if (variants.length < 2) continue;
    let a = byActor.get(k);
    if (!a) byActor.set(k, (a = { actor: sp.name, byOutlet: [] }));
    for (const f of variants) {
      for (const use of sp.forms.get(f)!) {
        let o = a.byOutlet.find((x) => x.docId === use.docId);
        if (!o) a.byOutlet.push((o = { outlet: use.outlet, docId: use.docId, labels: [] }));
        if (o.labels.some((x) => x.text === use.text)) continue;
        // Compared as written forms: the label key of a name would fold both to the surname.
        const entry = { text: use.text, evidence: use.evidence };
        keyOf.set(entry, `spelling: ${f}`);
        o.labels.push(entry);
      }
    }
  }
  // The second event called a class by one outlet and "not" that class by another ("another
  // 7.7 magnitude aftershock" / "not an aftershock"): only those claims are listed.
  const classes = docs.flatMap((d) => d.claims.labels.filter((l) => l.kind === "class").map((l) => ({ d, l })));
  for (const noun of new Set(classes.filter((c) => c.l.negated).map((c) => c.l.classNoun!))) {
    const denied = classes.filter((c) => c.l.classNoun === noun && c.l.negated);
    const given = classes.filter((c) => c.l.classNoun === noun && !c.l.negated && !denied.some((x) => x.d.group === c.d.group));
    if (given.length === 0) continue;
    for (const c of [...given, ...denied]) addLabel(`${c.l.actorKey}:${noun}`, c.l.actorName, c.d, { text: c.l.text, evidence: c.l.evidence, compareKey: c.l.negated ? `not ${noun}` : noun });
  }
  // An actor's labels are a difference when each of two outlets says something the other does
  // not: one outlet's "terrorists" against another's "gunmen", not an outlet that says "attack"
  // against one that says "attack" and "tragedy".
  const differs = (a: ActorLabels) => {
    const sets = a.byOutlet.map((o) => new Set(o.labels.map((x) => (keyOf.get(x) ?? labelKey(x.text)).toLowerCase())));
    const lacks = (x: Set<string>, y: Set<string>) => [...x].some((l) => !y.has(l));
    return sets.some((x, i) => sets.some((y, j) => i < j && lacks(x, y) && lacks(y, x)));
  };
  const labels = [...byActor.values()].filter(differs).sort((a, b) => b.byOutlet.length - a.byOutlet.length || a.actor.localeCompare(b.actor));
  const loadedTerms: LoadedTermUse[] = docs.flatMap((d) =>
    d.claims.loaded.map((l) => ({ outlet: d.outlet, docId: d.analysis.document.id, term: l.term.term, neutral: l.term.neutral, inQuote: l.inQuote, evidence: l.evidence })),
  );
  return { labels, loadedTerms };
}
