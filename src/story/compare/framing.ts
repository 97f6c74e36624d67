/**
 * Framing: the labels each outlet uses for the same actor ("the rebel group", "the armed
 * opposition movement", "the terrorists") and the loaded terms each outlet uses.
 */
import type { ActorLabels, LoadedTermUse } from "../StoryReport.js";
import type { StoryDoc } from "./docs.js";

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
  const labels = [...byActor.values()].sort((a, b) => b.byOutlet.length - a.byOutlet.length || a.actor.localeCompare(b.actor));
  const loadedTerms: LoadedTermUse[] = docs.flatMap((d) =>
    d.claims.loaded.map((l) => ({ outlet: d.outlet, docId: d.analysis.document.id, term: l.term.term, neutral: l.term.neutral, inQuote: l.inQuote, evidence: l.evidence })),
  );
  return { labels, loadedTerms };
}
