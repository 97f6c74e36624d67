/**
 * The readable story report: sections for conflicts, variants, shifts, dates, agreements,
 * presence and framing; each item names the outlets and shows both sentences with the
 * differing part marked (brackets, or colour on a terminal).
 */
import { storyCountsLine } from "./storyCounts.js";
import type { Evidence, Side, StoryReport } from "../StoryReport.js";
import { markedPieces } from "./mark.js";

export interface TerminalOptions {
  color?: boolean;
  /** Longest sentence shown (default 220 characters). */
  width?: number;
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}

export function formatStoryReport(r: StoryReport, opts: TerminalOptions = {}): string {
  const color = opts.color ?? false;
  const width = opts.width ?? 220;
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const mark = (s: string) => (color ? `\x1b[1;33m${s}\x1b[0m` : `[${s}]`);
  const lines: string[] = [];
  const sentence = (ev: Evidence): string => {
    const pieces = markedPieces(ev).map((p) => ({ ...p, text: clean(p.text) }));
    let out = pieces.map((p) => (p.marked ? mark(p.text) : p.text)).join("").trim();
    const plainLen = pieces.reduce((n, p) => n + p.text.length, 0);
    if (plainLen > width && !color) out = out.length > width ? `${out.slice(0, width - 1)}…` : out;
    return out;
  };
  const outlets = (s: Side) => {
    const names = s.evidence.map((e) => e.outlet ?? "?");
    const extra = names.length > 1 ? ` (+${names.length - 1}: ${names.slice(1).join(", ")})` : "";
    return `${names[0]}${extra}`;
  };
  const side = (s: Side, tag: string) => {
    lines.push(`    ${tag} ${bold(clean(s.label))}`);
    lines.push(`      ${dim(outlets(s))}`);
    lines.push(`      “${sentence(s.evidence[0])}”`);
  };
  const section = (title: string, n: number) => {
    lines.push("");
    lines.push(bold(`${title} (${n})`));
    if (n === 0) lines.push("  none");
  };

  const groups = new Map<number, string[]>();
  for (const s of [...r.sources, ...(r.copies ?? [])]) groups.set(s.group, [...(groups.get(s.group) ?? []), s.outlet ?? "?"]);
  lines.push(bold(`Story: ${storyCountsLine(r)}`));
  for (const g of groups.values()) if (g.length > 1) lines.push(`  wire copy counted once: ${g.join(" = ")}`);

  section("Figure timelines", r.figureTimelines.length);
  for (const t of r.figureTimelines) {
    const scope = t.scope ? ` (${clean(t.scope)})` : "";
    const outlets = new Set(t.entries.flatMap((e) => e.outlets)).size;
    lines.push(`  ${bold(`${clean(t.quantity)}${scope}`)}: ${t.entries.length} values from ${outlets} outlet${outlets === 1 ? "" : "s"}`);
    t.entries.forEach((e, i) => {
      const clash = t.disagreements.filter((d) => d.a === i || d.b === i).map((d) => (d.a === i ? d.b : d.a) + 1);
      const flag = clash.length ? `  ${mark(`disagrees with ${clash.join(", ")}`)}` : "";
      lines.push(`    ${String(i + 1).padStart(2)}. ${clean(e.label)} · ${e.date ?? "undated"} · ${dim(e.outlets.join(", "))}${flag}`);
      lines.push(`        “${sentence(e.evidence[0])}”`);
    });
  }
  section("Place conflicts", r.placeConflicts.length);
  for (const p of r.placeConflicts) {
    lines.push(`  ${bold(clean(p.topic))}: ${p.sides.map((x) => clean(x.place)).join("  ≠  ")}`);
    p.sides.forEach((x, i) => side(x, String.fromCharCode(65 + i)));
  }
  section("Cause conflicts", (r.causeConflicts ?? []).length);
  for (const c of r.causeConflicts ?? []) {
    lines.push(`  ${bold(clean(c.topic))}: ${c.sides.map((x) => clean(x.cause)).join("  ≠  ")}`);
    c.sides.forEach((x, i) => side(x, String.fromCharCode(65 + i)));
  }
  section("Numeric conflicts", r.numericConflicts.length);
  for (const c of r.numericConflicts) {
    lines.push(`  ${bold(c.quantity)}: ${clean(c.a.label)}  ≠  ${clean(c.b.label)}`);
    side(c.a, "A");
    side(c.b, "B");
  }
  section("Qualifier differences (compatible values)", r.qualifierDifferences.length);
  for (const c of r.qualifierDifferences) {
    lines.push(`  ${bold(c.quantity)}: ${clean(c.a.label)}  ~  ${clean(c.b.label)}`);
    side(c.a, "A");
    side(c.b, "B");
  }
  section("Quote variants", r.quoteVariants.length);
  for (const v of r.quoteVariants) {
    const diff = v.diff
      .map((d) => (d.op === "same" ? d.a : d.op === "changed" ? `${mark(`-${d.a}-`)} ${mark(`+${d.b}+`)}` : d.op === "added" ? mark(`+${d.b}+`) : mark(`-${d.a}-`)))
      .join(" ");
    lines.push(`  ${bold(clean(v.speaker))} (similarity ${v.similarity}): ${clean(diff)}`);
    side(v.a, "A");
    side(v.b, "B");
  }
  section("Attribution shifts", r.attributionShifts.length);
  for (const s of r.attributionShifts) {
    lines.push(`  ${bold(s.shift)}: ${clean(s.a.speaker ?? "(no one)")} → ${clean(s.b.speaker ?? "(no one)")}`);
    side(s.a, "A");
    side(s.b, "B");
  }
  section("Date conflicts", r.dateConflicts.length);
  for (const d of r.dateConflicts) {
    lines.push(`  ${bold(d.event)}: ${d.a.value}  ≠  ${d.b.value}`);
    side(d.a, "A");
    side(d.b, "B");
  }
  section("Agreements (two or more independent sources)", r.agreements.length);
  for (const a of r.agreements) {
    lines.push(`  ${clean(a.label)} — ${a.sources} sources: ${dim([...new Set(a.evidence.map((e) => e.outlet ?? "?"))].join(", "))}`);
  }
  section("Facts only some outlets carry", r.presence.facts.length);
  for (const f of r.presence.facts) {
    lines.push(`  ${clean(f.label)} — ${f.sources} source${f.sources === 1 ? "" : "s"}; ${dim(`not in: ${f.missingFrom.join(", ")}`)}`);
    // What two of the outlets leaving it out say in its place.
    for (const c of (f.counterparts ?? []).slice(0, 2)) lines.push(`    ${dim(`instead, ${c.outlet ?? "?"}:`)} ${clean(c.sentence.text)}`);
  }
  section("Left out by each outlet (carried by two or more other sources)", r.presence.omissions.length);
  for (const o of r.presence.omissions) {
    lines.push(`  ${bold(o.outlet)}`);
    for (const x of o.omitted) lines.push(`    - ${clean(x.label)}`);
  }
  section("Labels for the same actor", r.framing.labels.length);
  for (const l of r.framing.labels) {
    lines.push(`  ${bold(l.actor)}`);
    for (const o of l.byOutlet) lines.push(`    ${o.outlet}: ${o.labels.map((x) => `“${clean(x.text)}”`).join(", ")}`);
  }
  section("Loaded terms", r.framing.loadedTerms.length);
  for (const t of r.framing.loadedTerms) {
    const where = t.inQuote ? " (in a quotation)" : "";
    lines.push(`  ${bold(t.outlet)}: “${t.term}”${where} — neutral: ${t.neutral.join(", ")}`);
    lines.push(`      “${sentence(t.evidence)}”`);
  }
  return lines.join("\n") + "\n";
}
