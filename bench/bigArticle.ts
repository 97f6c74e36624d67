// Child process: analyses one large article built from the bench corpus (or, with `polnear`,
// from PolNeAR train articles: more varied text, more entities) and reports its peak RSS (the
// whole process: Node, wink's model, the NER model and the analysis; includes model loading).
//
//   node --import tsx bench/bigArticle.ts [bytes=1000000] [polnear]
import { analyze } from "../src/index.js";
import { bigText, hasPolnear } from "./bigText.js";

const targetBytes = Number(process.argv[2] ?? 1_000_000);
const usePolnear = process.argv[3] === "polnear" && hasPolnear;
const text = bigText(targetBytes, usePolnear);
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const a = analyze({ text, published: "2024-08-19" });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
const cpuSeconds = (c.user + c.system) / 1e6;
process.stdout.write(JSON.stringify({ source: usePolnear ? "polnear" : "bench corpus", bytes: Buffer.byteLength(text), tokens: a.stats.tokens, seconds, cpuSeconds, peakRssMB: process.resourceUsage().maxRSS / 1024, quotes: a.quotes.length, entities: a.entities.length }) + "\n");
