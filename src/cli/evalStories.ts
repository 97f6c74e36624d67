/**
 * `dossier eval stories`: clustering and cross-outlet differences on stories-dev (see
 * src/eval/stories/evalStoriesDev.ts). Prints a table, or the whole report with --json.
 */
import type { StoriesEvalReport } from "../eval/stories/evalStoriesDev.js";

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

/** The plain-text report of a stories evaluation; `verbose` adds the misses of the stories given. */
export function formatStoriesEval(r: StoriesEvalReport, verbose: string[] | null): string {
  const p = r.clustering.pairwise;
  const b = r.clustering.bcubed;
  const lines = [
    `stories · stories-dev (${r.articles} articles, ${r.goldStories} gold stories) · ${new Date().toISOString().slice(0, 10)}`,
    `clustering: ${r.predictedStories} stories · pairwise P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)} · B³ P ${pct(b.precision)} R ${pct(b.recall)} · distractors apart: ${r.distractorsApart ? "yes" : "no"}`,
    "",
    "differences found (a report item shows both sides' sentences):",
  ];
  const w = Math.max(...r.perStory.map((s) => s.story.length), ...r.perKind.map((k) => k.kind.length)) + 2;
  for (const s of r.perStory) lines.push(`  ${s.story.padEnd(w)} ${String(s.found).padStart(3)} / ${String(s.total).padEnd(3)} ${pct(s.found / s.total).padStart(5)} %`);
  const found = r.differences.filter((d) => d.found).length;
  lines.push(`  ${"all".padEnd(w)} ${String(found).padStart(3)} / ${String(r.differences.length).padEnd(3)} ${pct(found / Math.max(1, r.differences.length)).padStart(5)} %`, "", "by kind (a row can carry two kinds):");
  for (const k of r.perKind) lines.push(`  ${k.kind.padEnd(w)} ${String(k.found).padStart(3)} / ${String(k.total).padEnd(3)}`);
  lines.push("", `reported items: ${Object.entries(r.reported).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  lines.push(`time: analyse ${r.seconds.analyse.toFixed(1)} s, cluster ${r.seconds.cluster.toFixed(2)} s, compare ${r.seconds.compare.toFixed(2)} s`);
  if (verbose) {
    lines.push("", "misses:");
    for (const d of r.differences) {
      if (d.found || !verbose.includes(d.story)) continue;
      lines.push(`  #${d.id} [${d.kind}] ${d.fact} — ${d.covered}/${d.sides} sides shown${d.oneStory ? "" : "; its files are in different stories"}`);
    }
  }
  return lines.join("\n") + "\n";
}
