// Debug helper: prints entities and quotes for a text file or news-dev article.
import fs from "node:fs";
import { analyze } from "../src/index.js";
const f = process.argv[2];
const raw = fs.readFileSync(f, "utf8");
const input = f.endsWith(".json") ? JSON.parse(raw) : { text: raw, published: "2024-08-19", title: raw.split("\n")[0] };
const a = analyze(input);
const what = process.argv[3] ?? "eq";
if (what.includes("e")) for (const e of a.entities) console.log(e.id, e.type, e.name, e.role ?? "", e.head ?? "", "|", e.mentions.map((m) => `${m.text}[${m.kind[0]}]`).join(", "));
if (what.includes("q")) for (const q of a.quotes) console.log(q.id, q.type, "|", q.speaker?.name, "(", q.speaker?.mention?.text, ") |", q.cue?.text, "|", q.content.text.slice(0, 80), q.continues ?? "", q.method);
if (what.includes("t")) for (const t of a.times) console.log(t.text, t.type, t.value);
if (what.includes("f")) for (const x of a.figures) console.log(x.text, x.value, x.unit, x.approx, x.source?.name);
if (what.includes("d")) for (const d of a.diagnostics) console.log(d.rule, d.message);
