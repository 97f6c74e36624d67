// Trains the attribution tagger on PolNeAR train and writes models/attribution.bin.gz.
//
//   npx tsx scripts/train-attribution.ts [--data DIR] [--out FILE] [--epochs N] [--arg-epochs N]
//                                        [--seed N] [--bits B] [--limit N] [--no-dev] [--no-select]
//                                        [--one-stage] [--stage1 cue|all] [--reuse-arguments FILE]
//                                        [--no-lexicon] [--arg-bits B] [--no-rules] [--quick-bias]
//                                        [--dev-gold news-dev]
//
// Two stages: (1) a BIO tagger over the whole document (default: cues only; `--stage1 all` tags
// source/cue/content, the one-stage model), whose cues are kept;
// (2) an argument tagger that tags each cue's source and content conditioned on the cue, trained
// on the gold cues of train. With dev (the default) every epoch of each stage is scored on
// PolNeAR dev (stage 2 with stage 1's predicted cues) and the best epoch (mean of the
// attribution, source, cue and content exact F1) is kept: the model after epoch k of a run is
// exactly the model a k-epoch run gives, so the file stays reproducible. The test split is never
// read here. Both stages read the quotes of the rules (`src/stages/quotes/`, run through
// `analyze` with the rule quote stage alone) as features (`ruleRoles.ts`), as `analyze` gives
// them to the model; `--no-rules` trains without. `--reuse-arguments FILE` takes stage 2 from an earlier file (development only: the
// shipped file is trained from scratch). `--quick-bias` searches a 4 × 4 grid of cue biases
// instead of 9 × 9. `--dev-gold news-dev` adds the dev part of the hand-made news-dev gold
// (`test/gold/news-dev/`, never the held-out part) to the training documents, converted to
// PolNeAR-style attributions by `src/eval/devGoldAttributions.ts` (a quote whose source is not
// found near its cue trains the cue tagger only). Deterministic: the same settings give the same
// file, byte for byte.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { readPolnear } from "../src/eval/polnear/readPolnear.js";
import { scoreAttribution } from "../src/eval/polnear/scoreAttribution.js";
import { findPackageRoot } from "../src/model/ner/defaultModel.js";
import { DEFAULT_ATTRIBUTION_MODEL_FILE } from "../src/model/attribution/defaultAttributionModel.js";
import { tokenizeDocument } from "../src/model/attribution/tokens.js";
import { goldTags } from "../src/model/attribution/goldTags.js";
import { trainAttributionModel } from "../src/model/attribution/trainAttribution.js";
import { NUM_LABELS, labelOf } from "../src/model/attribution/labels.js";
import { emissionScores } from "../src/model/attribution/emissionScores.js";
import { viterbi } from "../src/model/attribution/viterbi.js";
import { AttributionModel, readModelStages, saveAttributionModel, type AttributionModelParts } from "../src/model/attribution/AttributionModel.js";
import { extractFeatures } from "../src/model/attribution/features.js";
import { buildCueLexicon, crossFoldLexicons } from "../src/model/attribution/cueLexicon.js";
import { tagSpans } from "../src/model/attribution/assemble.js";
import { trainArgumentTagger, type ArgumentInstance } from "../src/model/attribution/argumentTagger.js";
import { firstTokenEndingAfter } from "../src/model/attribution/goldTags.js";
import type { CueRange } from "../src/model/attribution/argumentFeatures.js";
import { createEngine } from "../src/engine.js";
import { segmentStage } from "../src/document/segment.js";
import { entitiesStage } from "../src/stages/entities/extractEntities.js";
import { ruleQuotesStage } from "../src/stages/quotes/extractQuotes.js";
import { ruleAttributions } from "../src/model/attribution/ruleAttributions.js";
import { emptyRuleView, ruleRoles } from "../src/model/attribution/ruleRoles.js";
import { devArticleInput, loadDevArticle, loadDevGold } from "../src/eval/devGold.js";
import { devGoldAttributions } from "../src/eval/devGoldAttributions.js";
import { devSetFromArgs, haveArticles } from "./devSets.js";

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = findPackageRoot(path.dirname(new URL(import.meta.url).pathname));
const dataDir = arg("data", process.env.POLNEAR_DIR ?? path.resolve(root, "../shared/data/polnear"))!;
const out = path.resolve(root, arg("out", DEFAULT_ATTRIBUTION_MODEL_FILE)!);
const epochs = Number(arg("epochs", "30"));
const argEpochs = Number(arg("arg-epochs", "7"));
const oneStage = process.argv.includes("--one-stage");
const stage1Target = (oneStage ? "all" : arg("stage1", "cue")) as "cue" | "all";
const reuseFile = arg("reuse-arguments");
const reused = reuseFile ? readModelStages(fs.readFileSync(reuseFile)) : null;
if (reused && (reused.stages.length < 2 || reused.argumentBucketBits !== Number(arg("arg-bits", "20")))) {
  console.error(`dossier: ${reuseFile}: no argument stage with matching bucket bits`);
  process.exit(2);
}
const seed = Number(arg("seed", "1"));
const bits = Number(arg("bits", "20"));
const argBits = Number(arg("arg-bits", "20"));
const limit = arg("limit") !== undefined ? Number(arg("limit")) : undefined;
const withDev = !process.argv.includes("--no-dev");
const select = withDev && !process.argv.includes("--no-select");

if (!fs.existsSync(path.join(dataDir, "data", "metadata.tsv"))) {
  console.error(`dossier: ${dataDir}: PolNeAR data not found (set --data or POLNEAR_DIR)`);
  process.exit(2);
}
const t0 = Date.now();
const useRules = !process.argv.includes("--no-rules");
const rulesEngine = createEngine({ stages: [segmentStage, entitiesStage, ruleQuotesStage] });
const load = (split: "train" | "dev", n?: number) =>
  readPolnear(dataDir, split, { limit: n }).map((d) => {
    const doc = tokenizeDocument(d.text);
    const gold = d.attributions.map((a) => ({ source: a.source ?? null, cue: a.cue, content: a.content }));
    const rules = useRules ? ruleRoles(doc, ruleAttributions(rulesEngine.analyze({ text: d.text, published: d.published }).quotes)) : emptyRuleView(doc.tokens.length);
    return { d, doc, gold, tags: goldTags(d.text, doc.tokens, gold), rules: useRules ? rules : undefined };
  });
const train: Array<ReturnType<typeof load>[number] & { noSource?: Set<number> }> = load("train", limit);
const polnearTrain = train.length;
// the hand-made dev gold (dev parts only: a held-out set is refused)
const devGoldName = arg("dev-gold");
let devGoldNote = "";
if (devGoldName) {
  const set = devSetFromArgs(["--set", devGoldName]);
  if (!set || set.heldout) {
    console.error(`dossier: --dev-gold ${devGoldName}: not a dev gold set (news-dev or stories-dev; never a held-out one)`);
    process.exit(2);
  }
  if (!haveArticles(set)) {
    console.error(`dossier: ${set.dataDir}: articles not found (--dev-gold ${devGoldName})`);
    process.exit(2);
  }
  let n = 0;
  let unlocated = 0;
  let noSource = 0;
  for (const g of loadDevGold(set.goldDir)) {
    const article = loadDevArticle(set.dataDir, g.file);
    const input = devArticleInput(article);
    const conv = devGoldAttributions(article.text, g.quotes);
    const doc = tokenizeDocument(article.text);
    const gold = conv.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
    const rules = useRules ? ruleRoles(doc, ruleAttributions(rulesEngine.analyze(input).quotes)) : emptyRuleView(doc.tokens.length);
    const missing = new Set(conv.attributions.flatMap((a, i) => (a.sourceFound ? [] : [i])));
    train.push({ d: { text: article.text, published: input.published ?? null } as (typeof train)[number]["d"], doc, gold, tags: goldTags(article.text, doc.tokens, gold), rules: useRules ? rules : undefined, noSource: missing });
    n += conv.attributions.length;
    unlocated += conv.unlocated;
    noSource += missing.size;
  }
  devGoldNote = ` + ${devGoldName} dev gold`;
  console.log(`${devGoldName}: ${n} attributions added (${noSource} without a located source: cue tagger only; ${unlocated} quotes whose cue was not found, left out)`);
}
const dev = withDev ? load("dev") : [];
console.log(
  `train: ${train.length} documents, ${train.reduce((n, x) => n + x.doc.tokens.length, 0)} tokens; dev: ${dev.length} documents; ` +
    `epochs ${epochs}, seed ${seed}, bits ${bits} (read + tokenised in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);
// Cue lexicon: the whole train split's for dev (and the model file); cross-fold ones for train.
const useLexicon = !process.argv.includes("--no-lexicon");
const lexicon = useLexicon ? buildCueLexicon(train.map((x) => ({ doc: x.doc, gold: x.tags }))) : undefined;
const foldLexicons = useLexicon ? crossFoldLexicons(train.map((x) => ({ doc: x.doc, gold: x.tags }))) : null;
const trainFeatures = train.map((x, i) => extractFeatures(x.doc, bits, foldLexicons ? foldLexicons[i] : undefined, x.rules));
const devFeatures = dev.map((x) => extractFeatures(x.doc, bits, lexicon, x.rules));
const ruleMeta = { ruleFeatures: useRules };
if (lexicon) console.log(`cue lexicon: ${lexicon.size} words and lemmas (5 cross-folds for train)`);
const pct = (v: number) => (100 * v).toFixed(1);

function scoreDev(parts: AttributionModelParts) {
  const model = new AttributionModel({ ...(reused && stage1Target === "cue" ? { ...parts, argumentBucketBits: argBits, argumentStage: reused.stages[1] } : parts), meta: ruleMeta });
  if (stage1Target === "cue" && !reused) {
    // cue-only stage 1 without an argument stage: score the cues alone (content = cue span)
    return scoreAttribution(
      dev.map((x, i) => ({
        text: x.d.text,
        gold: x.gold.filter((a) => a.cue).map((a) => ({ cue: a.cue, content: a.cue! })),
        predicted: tagSpans(model.tag(x.doc, devFeatures[i]))
          .filter((s) => s.role === "cue")
          .map((s) => {
            const span = { start: x.doc.tokens[s.first].start, end: x.doc.tokens[s.last].end };
            return { cue: span, content: span };
          }),
      })),
    );
  }
  return scoreAttribution(
    dev.map((x, i) => ({
      text: x.d.text,
      gold: x.gold,
      predicted: model.extractFrom(x.doc, devFeatures[i], x.rules),
    })),
  );
}

let best: { epoch: number; value: number; parts: AttributionModelParts; line: string } | null = null;
const t1 = Date.now();
const last = trainAttributionModel(
  train.map((x) => ({ doc: x.doc, gold: x.tags })),
  {
    epochs,
    seed,
    bucketBits: bits,
    target: stage1Target,
    features: trainFeatures,
    onEpoch: (epoch, parts, stats) => {
      let line = `  epoch ${String(epoch).padStart(2)}: ${stats.errors} token errors / ${stats.tokens}`;
      if (dev.length > 0) {
        const s = scoreDev(parts);
        const value = stage1Target === "cue" && !reused ? s.cue.exact.f1 : (s.attribution.f1 + s.source.exact.f1 + s.cue.exact.f1 + s.content.exact.f1) / 4;
        line +=
          stage1Target === "cue" && !reused
            ? `; dev cues alone: exact F1 ${pct(s.cue.exact.f1)} (P ${pct(s.cue.exact.p)} R ${pct(s.cue.exact.r)})`
            : `; dev attribution F1 ${pct(s.attribution.f1)} (P ${pct(s.attribution.p)} R ${pct(s.attribution.r)}), exact F1 source ${pct(s.source.exact.f1)} cue ${pct(s.cue.exact.f1)} content ${pct(s.content.exact.f1)}`;
        if (!best || value > best.value) best = { epoch, value, parts, line };
      }
      console.log(`${line} (${((Date.now() - t1) / 1000).toFixed(1)} s)`);
    },
  },
);
const chosen: { epoch: number; parts: AttributionModelParts; line?: string } = select && best ? best : { epoch: epochs, parts: last };
let final: AttributionModelParts = chosen.parts;
let argChosen: { epoch: number; line?: string } | null = null;

if (reused && !oneStage) {
  final = { ...chosen.parts, argumentBucketBits: argBits, argumentStage: reused.stages[1] };
  argChosen = { epoch: -1, line: `reused from ${reuseFile}` };
} else if (!oneStage) {
  // Stage 2 instances: every gold attribution with a cue (gold labels of that attribution only).
  const cueRange = (doc: (typeof train)[number]["doc"], span: { start: number; end: number }): CueRange | null => {
    const first = firstTokenEndingAfter(doc.tokens, span.start);
    let last = first;
    while (last + 1 < doc.tokens.length && doc.tokens[last + 1].start < span.end) last++;
    return first < doc.tokens.length && doc.tokens[first].start < span.end ? { first, last } : null;
  };
  const instances: ArgumentInstance[] = [];
  const cuesByDoc: CueRange[][] = [];
  train.forEach((x, di) => {
    const cues: CueRange[] = [];
    for (const [ai, a] of x.gold.entries()) {
      if (!a.cue || x.noSource?.has(ai)) continue;
      const cue = cueRange(x.doc, a.cue);
      if (!cue) continue;
      cues.push(cue);
      instances.push({ doc: di, cue, gold: goldTags(x.d.text, x.doc.tokens, [a]) });
    }
    cuesByDoc.push(cues);
  });
  const stageA = new AttributionModel(chosen.parts);
  const devCues: CueRange[][] = dev.map((x, i) =>
    tagSpans(stageA.tag(x.doc, devFeatures[i]))
      .filter((s) => s.role === "cue")
      .map((s) => ({ first: s.first, last: s.last })),
  );
  console.log(`stage 2: ${instances.length} cue instances`);
  let bestArg: { epoch: number; value: number; stage: { weights: Float32Array; transitions: Float32Array }; line: string } | null = null;
  const t2 = Date.now();
  const lastArg = trainArgumentTagger(
    train.map((x) => x.doc),
    instances,
    cuesByDoc,
    {
      epochs: argEpochs,
      seed,
      bucketBits: argBits,
      rules: useRules ? train.map((x) => x.rules!) : undefined,
      onEpoch: (epoch, stage, stats) => {
        let line = `  stage 2 epoch ${String(epoch).padStart(2)}: ${stats.errors} token errors / ${stats.tokens}`;
        if (dev.length > 0) {
          const model = new AttributionModel({ ...chosen.parts, argumentBucketBits: argBits, argumentStage: stage, meta: ruleMeta });
          const s = scoreAttribution(dev.map((x, i) => ({ text: x.d.text, gold: x.gold, predicted: model.argumentsOf(x.doc, devCues[i], x.rules) })));
          const value = (s.attribution.f1 + s.source.exact.f1 + s.cue.exact.f1 + s.content.exact.f1) / 4;
          line += `; dev attribution F1 ${pct(s.attribution.f1)} (P ${pct(s.attribution.p)} R ${pct(s.attribution.r)}), exact F1 source ${pct(s.source.exact.f1)} cue ${pct(s.cue.exact.f1)} content ${pct(s.content.exact.f1)}`;
          if (!bestArg || value > bestArg.value) bestArg = { epoch, value, stage, line };
        }
        console.log(`${line} (${((Date.now() - t2) / 1000).toFixed(1)} s)`);
      },
    },
  );
  const pick: { epoch: number; stage: { weights: Float32Array; transitions: Float32Array }; line?: string } =
    select && bestArg ? bestArg : { epoch: argEpochs, stage: lastArg };
  final = { ...chosen.parts, argumentBucketBits: argBits, argumentStage: pick.stage };
  argChosen = { epoch: pick.epoch, line: pick.line };
}

// Cue biases (stage 1 B-cue and I-cue score offsets) picked together on dev, in units of the
// spread of B-cue − O scores: a grid over both, scored with the full two-stage pipeline.
let cueBiasLine = "";
if (select && dev.length > 0 && !oneStage) {
  let sum = 0;
  let sum2 = 0;
  let cnt = 0;
  const L = NUM_LABELS;
  const B = labelOf("cue", false);
  const I = labelOf("cue", true);
  const ems = dev.map((x, i) => emissionScores(final.weights, devFeatures[i], x.doc.tokens.length));
  dev.forEach((x, i) => {
    for (let t = 0; t < x.doc.tokens.length; t++) {
      const d = ems[i][t * L + B] - ems[i][t * L];
      sum += d;
      sum2 += d * d;
      cnt++;
    }
  });
  const std = Math.sqrt(Math.max(0, sum2 / cnt - (sum / cnt) ** 2));
  const model = new AttributionModel({ ...final, meta: ruleMeta });
  let bestBias = { bias: 0, inside: 0, value: -1, line: "" };
  const quick = process.argv.includes("--quick-bias");
  for (const k of quick ? [0, 0.15, 0.3, 0.45] : [0, 0.15, 0.225, 0.3, 0.375, 0.45, 0.6, 0.8, 1]) {
    for (const ki of quick ? [0, 0.5, 0.8, 1] : [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2]) {
      const bias = Math.round(k * std * 1000) / 1000;
      const inside = Math.round(ki * std * 1000) / 1000;
      const sc = scoreAttribution(
        dev.map((x, i) => {
          const n = x.doc.tokens.length;
          const em = Float64Array.from(ems[i]);
          for (let t = 0; t < n; t++) {
            em[t * L + B] += bias;
            em[t * L + I] += inside;
          }
          const cues = tagSpans(viterbi(em, n, L, final.transitions))
            .filter((s) => s.role === "cue")
            .map((s) => ({ first: s.first, last: s.last }));
          return { text: x.d.text, gold: x.gold, predicted: model.argumentsOf(x.doc, cues, x.rules) };
        }),
      );
      const value = (sc.attribution.f1 + sc.source.exact.f1 + sc.cue.exact.f1 + sc.content.exact.f1) / 4;
      const line = `cue bias ${k} × ${std.toFixed(2)} = ${bias}, inside ${ki} × = ${inside}: dev attribution F1 ${pct(sc.attribution.f1)} (P ${pct(sc.attribution.p)} R ${pct(sc.attribution.r)}), exact F1 source ${pct(sc.source.exact.f1)} cue ${pct(sc.cue.exact.f1)} (P ${pct(sc.cue.exact.p)} R ${pct(sc.cue.exact.r)}) content ${pct(sc.content.exact.f1)}`;
      console.log(`  ${line}`);
      if (value > bestBias.value) bestBias = { bias, inside, value, line };
    }
  }
  final = { ...final, cueBias: bestBias.bias, cueInsideBias: bestBias.inside };
  cueBiasLine = bestBias.line;
}

const parts: AttributionModelParts = {
  ...final,
  lexicon,
  meta: {
    version: "1",
    trainedOn: `PolNeAR train (${polnearTrain} documents, first annotator)${devGoldNote}`,
    selectedOn: select ? "PolNeAR dev" : "none",
    epochs: chosen.epoch,
    argumentEpochs: argChosen ? argChosen.epoch : null,
    stage1: stage1Target,
    seed,
    bucketBits: bits,
    argumentBucketBits: argBits,
    cueLexicon: lexicon ? "PolNeAR train gold cues (5 cross-folds while training)" : "none",
    ruleFeatures: useRules,
  },
};
saveAttributionModel(out, parts);
const bytes = fs.statSync(out).size;
const sha = createHash("sha256").update(fs.readFileSync(out)).digest("hex").slice(0, 16);
console.log(`kept epoch ${chosen.epoch}${argChosen ? ` / stage 2 epoch ${argChosen.epoch}` : ""}; trained in ${((Date.now() - t1) / 1000).toFixed(1)} s; wrote ${path.relative(root, out)} (${(bytes / 1e6).toFixed(2)} MB, sha256 ${sha}…)`);
if (chosen.line) console.log(`dev stage 1: ${chosen.line.trim()}`);
if (argChosen?.line) console.log(`dev stage 2: ${argChosen.line.trim()}`);
if (cueBiasLine) console.log(`dev final: ${cueBiasLine}`);
