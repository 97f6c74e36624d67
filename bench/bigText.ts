// One large text for the large-text benchmarks: PolNeAR train articles joined in file order with
// blank lines (the bench corpus when ../shared is absent), cut to `targetBytes`.
import fs from "node:fs";
import path from "node:path";
import { benchCorpus } from "./corpus.js";

const polnearDir = new URL("../../shared/data/polnear/data/train/text/", import.meta.url).pathname;

/** Whether the PolNeAR train texts are there (else the bench corpus is used). */
export const hasPolnear = fs.existsSync(polnearDir);

/** The joined text of about `targetBytes` UTF-8 bytes (`polnear`: PolNeAR train when present). */
export function bigText(targetBytes: number, polnear = true): string {
  const articles = polnear && hasPolnear
    ? fs.readdirSync(polnearDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ text: fs.readFileSync(path.join(polnearDir, f), "utf8") }))
    : benchCorpus().articles;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const t = articles[i % articles.length].text;
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join("\n\n").slice(0, targetBytes);
}
