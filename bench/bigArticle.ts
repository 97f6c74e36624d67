// Child process: analyses one large article built from the bench corpus and reports its peak RSS.
import { analyze } from "../src/index.js";
import { benchCorpus } from "./corpus.js";

const targetBytes = Number(process.argv[2] ?? 1_000_000);
const { articles } = benchCorpus();
const parts: string[] = [];
let size = 0;
for (let i = 0; size < targetBytes; i++) {
  const t = articles[i % articles.length].text;
  parts.push(t);
  size += Buffer.byteLength(t) + 2;
}
const text = parts.join("\n\n").slice(0, targetBytes);
const t0 = process.hrtime.bigint();
const a = analyze({ text, published: "2024-08-19" });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), tokens: a.stats.tokens, seconds, peakRssMB: process.resourceUsage().maxRSS / 1024, quotes: a.quotes.length, entities: a.entities.length }) + "\n");
