import { segment } from "../document/segment.js";
import type { Analysis } from "../types.js";

/**
 * CoNLL columns for one analysis: `token POS tag` per line (IOB2 entity tags from the entity
 * name mentions: B-PER, I-PER, …, O), a blank line between sentences, and a `-DOCSTART- -X- O`
 * line first. Tokens and POS come from the same segmentation the engine uses. Only mentions of
 * kind `name` are tagged (titles, pronouns and descriptions are not named entities); where two
 * mentions overlap, the longer wins.
 */
export function conllColumns(a: Analysis): string {
  const { tokens } = segment(a.document.text);
  const tags = new Array<string>(tokens.length).fill("O");
  const names = a.entities
    .flatMap((e) => e.mentions.filter((m) => m.kind === "name").map((m) => ({ start: m.start, end: m.end, type: e.type })))
    .sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const m of names) {
    const idx: number[] = [];
    for (let i = 0; i < tokens.length; i++) if (tokens[i].start < m.end && tokens[i].end > m.start) idx.push(i);
    if (idx.length === 0 || idx.some((i) => taken[i])) continue;
    idx.forEach((i, k) => {
      taken[i] = true;
      tags[i] = `${k === 0 ? "B" : "I"}-${m.type}`;
    });
  }
  const out: string[] = ["-DOCSTART- -X- O", ""];
  let current = -2;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (/\s/.test(tok.text)) continue;
    if (tok.sentence !== current) {
      if (current !== -2) out.push("");
      current = tok.sentence;
    }
    out.push(`${tok.text.replace(/\s/g, "_")} ${tok.pos || "X"} ${tags[i]}`);
  }
  return out.join("\n") + "\n\n";
}
