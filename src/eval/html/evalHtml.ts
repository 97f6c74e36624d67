import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { readHtml } from "../../readers/readHtml.js";
import { collectBlocks } from "../../readers/html/collectBlocks.js";
import { ENGINE_VERSION } from "../../version.js";
import { DataError, timed, type SystemResult } from "../EvalReport.js";
import { packageVersion } from "../peers/packageVersion.js";
import { scoreBodyText, type BodyTextCounts } from "./scoreBodyText.js";

/** The body-text test set bundled with the repository: `<name>.html` + `<name>.txt` (the expected body). */
export const BUNDLED_PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/fixtures/pages");

export interface HtmlPageResult {
  page: string;
  precision: number;
  recall: number;
}

export interface HtmlEvalReport {
  source: string;
  documents: number;
  systems: SystemResult[];
  /** dossier's score on each page. */
  pages: HtmlPageResult[];
}

type Extractor = (html: string, name: string) => string;

/** dossier: the article body only (furniture blocks are left out of the score). */
const dossierBody: Extractor = (html, name) => {
  const a = readHtml(html, name);
  const furniture = a.furniture ?? [];
  let text = a.text;
  for (const f of [...furniture].sort((x, y) => y.start - x.start)) text = text.slice(0, f.start) + text.slice(f.end);
  return text;
};

/** dossier's text as analysed (body and furniture blocks alike). */
const dossierAll: Extractor = (html, name) => readHtml(html, name).text;

/** Mozilla Readability alone (what dossier used before), its content read block by block. */
const readabilityOnly: Extractor = (html) => {
  const doc = parseHTML(html).document as unknown as Document;
  const parsed = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  return parsed?.content ? collectBlocks(parsed.content as Element).map((b) => b.text).join("\n\n") : "";
};

/** Every text of the page body: the no-extraction baseline. */
const wholeBody: Extractor = (html) => {
  const doc = parseHTML(html).document as unknown as Document;
  return collectBlocks(doc.body).map((b) => b.text).join("\n\n");
};

/**
 * Scores body-text extraction on a folder of pages (`<name>.html` with the expected body in
 * `<name>.txt`): word-multiset precision and recall, micro-averaged over the pages, for dossier
 * and (with `peers`) Readability alone and the whole page text.
 */
export function evalHtml(dir: string, options: { peers?: boolean; limit?: number } = {}): HtmlEvalReport {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new DataError(`not a folder of pages (expected <name>.html with <name>.txt beside it)`);
  let names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".html") && fs.existsSync(path.join(dir, f.replace(/\.html$/, ".txt"))))
    .sort();
  if (!names.length) throw new DataError(`no pages found (expected <name>.html with <name>.txt beside it)`);
  if (options.limit) names = names.slice(0, options.limit);
  const pages = names.map((f) => ({
    name: f,
    html: fs.readFileSync(path.join(dir, f), "utf8"),
    expected: fs.readFileSync(path.join(dir, f.replace(/\.html$/, ".txt")), "utf8"),
  }));
  const systems: [string, string, Extractor, string][] = [["dossier", ENGINE_VERSION, dossierBody, "article body; captions, bylines and related links are marked furniture and not scored"]];
  if (options.peers) {
    systems.push(["dossier (body + furniture)", ENGINE_VERSION, dossierAll, "the whole analysed text, furniture blocks included"]);
    systems.push(["readability", packageVersion("@mozilla/readability"), readabilityOnly, "@mozilla/readability on linkedom alone"]);
    systems.push(["whole page", "-", wholeBody, "every text block of <body>: the no-extraction baseline"]);
  }
  const perPage: HtmlPageResult[] = [];
  const results = systems.map(([name, version, fn, note]): SystemResult => {
    const total: BodyTextCounts = { overlap: 0, extracted: 0, expected: 0 };
    let exact = 0;
    const [, seconds] = timed(() => {
      for (const p of pages) {
        let got = "";
        try {
          got = fn(p.html, p.name);
        } catch {
          got = "";
        }
        const c = scoreBodyText(got, p.expected);
        total.overlap += c.overlap;
        total.extracted += c.extracted;
        total.expected += c.expected;
        if (c.overlap === c.expected && c.overlap === c.extracted) exact++;
        if (name === "dossier") perPage.push({ page: p.name, precision: c.extracted ? c.overlap / c.extracted : 0, recall: c.expected ? c.overlap / c.expected : 0 });
      }
    });
    const precision = total.extracted ? total.overlap / total.extracted : 0;
    const recall = total.expected ? total.overlap / total.expected : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return {
      name,
      version,
      metrics: { precision, recall, f1, exact_pages: pages.length ? exact / pages.length : 0 },
      counts: { overlap_words: total.overlap, extracted_words: total.extracted, expected_words: total.expected, pages: pages.length },
      seconds,
      note,
    };
  });
  return { source: dir, documents: pages.length, systems: results, pages: perPage };
}
