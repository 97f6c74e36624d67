import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;
type Feature = { list: string[]; hash: Record<string, number>; index: number };
type CacheMethods = Record<string, unknown>;
type CacheFactory = (model: unknown, featureFn: unknown) => CacheMethods;

/** wink-nlp's cache factory: not part of its API, but a plain CommonJS module of the package. */
const createCache = createRequire(import.meta.url)("wink-nlp/src/cache.js") as CacheFactory;

/** A wink-nlp instance whose word cache can be put back to the model's own lexicon. */
export interface WinkInstance {
  nlp: Wink;
  /** Forgets every word earlier documents added: the next document is read as if first. */
  reset(): void;
  /** Words (and feature values) added since the last reset. */
  added(): number;
}

let instance: WinkInstance | null = null;

/**
 * The shared wink-nlp instance (its model loads once, on first use), with a reset.
 *
 * wink-nlp keeps a cache across documents: each word its model does not know is added to the
 * model's lexicon (and its prefix, suffix and shape to their feature lists), and the tokeniser
 * asks that lexicon whether a piece of text is a word. So once a text held "Trump’s" before a
 * punctuation mark, every later "Trump’s" stays one token, where a fresh reading splits it into
 * "Trump" + "’s": 141 of 300 PolNeAR articles were tokenised differently read forwards and
 * backwards. And the cache only grows (in `dossier serve`, with every text). wink has no API to
 * clear it, so `reset` truncates the model's feature lists to their loaded size and gives the
 * instance a new cache built by wink's own factory, in place (every part of wink holds the one
 * cache object): 0.1 ms, against about a second to build a new instance.
 */
export function winkInstance(): WinkInstance {
  if (instance) return instance;
  type Core = { features: Record<string, Partial<Feature> | undefined> };
  const m = model as unknown as Record<string, unknown> & { core: () => Core; featureFn: unknown };
  const box: { core: Core | null } = { core: null };
  const nlp = winkNLP({ ...m, core: () => (box.core = m.core()) } as unknown as typeof model, ["sbd", "pos"]);
  const core = box.core as Core | null;
  if (!core) throw new Error("wink-nlp: the model's core was not loaded");
  const loaded: { f: Feature; length: number; index: number }[] = [];
  for (const f of Object.values(core.features)) {
    if (f && Array.isArray(f.list) && f.hash && typeof f.index === "number") loaded.push({ f: f as Feature, length: f.list.length, index: f.index });
  }
  // the cache object wink's parts share: handed to a token-level callback as `rdd.cache`
  let cache: CacheMethods | null = null;
  nlp
    .readDoc("x")
    .tokens()
    .out(((_i: number, rdd: { cache: CacheMethods }) => ((cache = rdd.cache), "")) as never, (nlp.as as unknown as { text: never }).text);
  if (!cache) throw new Error("wink-nlp: its cache could not be reached");
  const reset = () => {
    for (const { f, length, index } of loaded) {
      for (let k = length; k < f.list.length; k++) delete f.hash[f.list[k]];
      f.list.length = length;
      f.index = index;
    }
    Object.assign(cache!, createCache(core, m.featureFn));
  };
  const added = () => loaded.reduce((n, { f, length }) => n + f.list.length - length, 0);
  reset();
  instance = { nlp, reset, added };
  return instance;
}
