/**
 * Gazetteers for the NER model: token sequences, each with a bit set of categories, matched in a
 * sentence by every (not only the longest) occurrence, case-sensitively first and then
 * case-insensitively.
 *
 * Categories (bit order is part of the model format):
 * - `T:PER`, `T:ORG`, `T:LOC`, `T:MISC`: entity strings seen with that type in the training data.
 * - `FIRST`, `LAST`: first / last token of multi-token training `PER` entities (first names,
 *   surnames).
 * - `X:LOC`, `X:ORG`, `X:MISC`: the project lexicons (`src/lexicons/en/`): countries, their
 *   aliases, cities and regions; known organisations; demonyms.
 * - `TITLE`: roles and honorifics (`titles.ts`), e.g. "secretary of state", "mr.".
 * - `ORGHEAD`, `LOCHEAD`: head words that make a name an organisation / a place ("ministry",
 *   "river").
 * - `E:LOC`, `E:ORG`, `E:MISC`, `E:FIRST`, `E:LAST`, `E:NAME`, `E:PER`: external lists from npm
 *   packages (cities, countries and capitals, languages and demonyms, first names, last names,
 *   name parts, companies and sports teams, well-known people; see `externalGazetteer.ts`).
 *
 * During training the `T:*`, `FIRST` and `LAST` categories of a sentence come from the other folds
 * of the training data only (jackknifing), so that the model does not learn to trust a gazetteer
 * that always contains the answer.
 */
import { COUNTRIES, CITIES, REGIONS, LOC_HEADS } from "../../lexicons/en/places.js";
import { KNOWN_ORGS, ORG_HEADS } from "../../lexicons/en/organisations.js";
import { ROLES, HONORIFICS } from "../../lexicons/en/titles.js";
import { FeatureTable } from "./FeatureTable.js";
import { hashString, SEED_L, SEED_W } from "./hash.js";

/** Category names, by bit. */
export const GAZ_CATEGORIES = [
  "T:PER", "T:ORG", "T:LOC", "T:MISC", "FIRST", "LAST", "X:LOC", "X:ORG", "X:MISC", "TITLE", "ORGHEAD", "LOCHEAD",
  "E:LOC", "E:ORG", "E:MISC", "E:FIRST", "E:LAST", "E:NAME", "E:PER",
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** Bit of a category. */
export function gazBit(c: GazCategory): number {
  return 1 << GAZ_CATEGORIES.indexOf(c);
}

/** Position of a token inside a gazetteer match: B(egin), I(nside), L(ast), U(nit). */
const POS_B = 0;
const POS_I = 1;
const POS_L = 2;
const POS_U = 3;

/** Longest entry, in tokens, that is kept. */
export const GAZ_MAX_TOKENS = 8;

/** The codes of a token without gazetteer matches (shared; never written). */
const NO_CODES: number[] = Object.freeze([]) as unknown as number[];

/** Splits a lexicon phrase into CoNLL-style tokens ("People's Republic" → People 's Republic). */
export function tokenizePhrase(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.trim().split(/\s+/)) {
    if (raw === "") continue;
    const m = /^(.+?)('s|')$/.exec(raw);
    if (m && m[1].length > 0 && !/\.$/.test(raw)) {
      out.push(m[1], m[2]);
    } else out.push(raw);
  }
  return out;
}

/**
 * Hash → category bits, for one-token entries: a {@link FeatureTable} keyed by the 32-bit word
 * hash (`hi` = 0) and the bits of each row. Allocation-free lookups; loads from two arrays.
 */
export class HashBits {
  private readonly table: FeatureTable;
  private bits: Uint32Array;

  constructor(capacity = 1024) {
    this.table = new FeatureTable(capacity);
    this.bits = new Uint32Array(Math.max(16, capacity));
  }

  get size(): number {
    return this.table.size;
  }

  /** ORs `bits` into the entry of hash `h`. */
  or(h: number, bits: number): void {
    const r = this.table.add(h, 0);
    if (r >= this.bits.length) {
      const b = new Uint32Array(this.bits.length * 2);
      b.set(this.bits);
      this.bits = b;
    }
    this.bits[r] |= bits;
  }

  /** Bits of hash `h`, 0 when absent. */
  get(h: number): number {
    const r = this.table.get(h, 0);
    return r < 0 ? 0 : this.bits[r];
  }

  /** Keys and bits sorted by key (for deterministic serialisation). */
  sorted(): { keys: Uint32Array; bits: Uint32Array } {
    const { lo } = this.table.keys();
    const order = Array.from(lo.keys()).sort((a, b) => lo[a] - lo[b]);
    return { keys: Uint32Array.from(order, (r) => lo[r]), bits: Uint32Array.from(order, (r) => this.bits[r]) };
  }

  /** Rebuilds a table from {@link sorted} arrays. */
  static from(keys: Uint32Array, bits: Uint32Array): HashBits {
    const t = new HashBits(keys.length);
    for (let i = 0; i < keys.length; i++) t.or(keys[i], bits[i]);
    return t;
  }
}

/** Hashes of a word as the features compute them (`W` exact, `L` lower-cased). */
export function wordHash(w: string): number {
  return hashString(w, SEED_W);
}

/** See {@link wordHash}. */
export function lowerHash(lw: string): number {
  return hashString(lw, SEED_L);
}

/**
 * A gazetteer: token-sequence entries with category bit sets. One-token entries (most of them:
 * names) are kept as hashes of the word, exact and lower-cased (see {@link HashBits}); longer
 * entries as strings.
 */
export class Gazetteer {
  /** One-token entries: exact word hash → bits. */
  readonly singleExact: HashBits;
  /** One-token entries: lower-cased word hash → bits (union over case variants). */
  readonly singleLower: HashBits;
  /** Multi-token entries: tokens joined by a space → category bits. */
  readonly exact = new Map<string, number>();
  /** Lower-cased multi-token entries → category bits (union over case variants). */
  private readonly lower = new Map<string, number>();
  private readonly exactPrefixes = new Set<string>();
  private readonly lowerPrefixes = new Set<string>();

  constructor(singleExact = new HashBits(), singleLower = new HashBits()) {
    this.singleExact = singleExact;
    this.singleLower = singleLower;
  }

  /** Number of entries (one-token entries counted by exact spelling). */
  get size(): number {
    return this.singleExact.size + this.exact.size;
  }

  /** Adds an entry (tokens) with the given category bits. Entries longer than {@link GAZ_MAX_TOKENS} are ignored. */
  add(tokens: readonly string[], bits: number): void {
    if (tokens.length === 0 || tokens.length > GAZ_MAX_TOKENS) return;
    if (tokens.length === 1) {
      this.singleExact.or(wordHash(tokens[0]), bits);
      this.singleLower.or(lowerHash(tokens[0].toLowerCase()), bits);
      return;
    }
    this.addPhrase(tokens.join(" "), bits);
  }

  /** Adds a multi-token entry given as its tokens joined by single spaces. */
  private addPhrase(key: string, bits: number): void {
    this.exact.set(key, (this.exact.get(key) ?? 0) | bits);
    const lkey = key.toLowerCase();
    this.lower.set(lkey, (this.lower.get(lkey) ?? 0) | bits);
    // Prefixes end at each space (and at the end); lower-casing may change the length, rarely.
    const sameLength = lkey.length === key.length;
    for (let at = key.indexOf(" "); ; at = key.indexOf(" ", at + 1)) {
      const end = at < 0 ? key.length : at;
      const p = key.slice(0, end);
      this.exactPrefixes.add(p);
      this.lowerPrefixes.add(sameLength ? lkey.slice(0, end) : p.toLowerCase());
      if (at < 0) break;
    }
  }

  /**
   * One-token match of a word given its {@link wordHash} `w` and {@link lowerHash} `l`, packed as
   * `bits * 2 + caseInsensitive` (bits of the exact entry, else of the case-insensitive one; 0
   * when neither exists). Depends on the word alone.
   */
  singleCode(w: number, l: number): number {
    const bits = this.singleExact.get(w);
    if (bits !== 0) return bits * 2;
    return this.singleLower.get(l) * 2 + 1;
  }

  /**
   * Which multi-token entries a word can start: 1 when some entry starts with it exactly, 2 when
   * one starts with its lower-cased form `lower`. Depends on the word alone (see {@link match}).
   */
  prefixCode(token: string, lower: string): number {
    return (this.exactPrefixes.has(token) ? 1 : 0) | (this.lowerPrefixes.has(lower) ? 2 : 0);
  }

  /** Category bits of a one-token entry (exact, else case-insensitive), 0 when absent. */
  tokenBits(token: string): number {
    return this.singleExact.get(wordHash(token)) || this.singleLower.get(lowerHash(token.toLowerCase()));
  }

  /** Adds every entry of another gazetteer. */
  addAll(other: Gazetteer): void {
    for (const [k, bits] of other.exact) this.add(k.split(" "), bits);
    for (const [mine, theirs] of [[this.singleExact, other.singleExact], [this.singleLower, other.singleLower]] as const) {
      const { keys, bits } = theirs.sorted();
      for (let i = 0; i < keys.length; i++) mine.or(keys[i], bits[i]);
    }
  }

  /** Multi-token entries as `[phrase, bits]`, sorted by phrase (for deterministic serialisation). */
  entries(): [string, number][] {
    return [...this.exact.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Rebuilds a gazetteer from {@link entries} (one-token entries given as words are hashed). */
  static fromEntries(entries: readonly [string, number][], singleExact?: HashBits, singleLower?: HashBits): Gazetteer {
    const g = new Gazetteer(singleExact, singleLower);
    for (const [k, bits] of entries) {
      if (k.includes(" ")) g.addPhrase(k, bits);
      else g.add([k], bits);
    }
    return g;
  }

  /**
   * Matches every entry occurrence in the sentence and returns, per token, feature codes
   * `((bit * 4 + position) * 2 + caseInsensitive)` (position: 0 B, 1 I, 2 L, 3 U). A span matched
   * exactly is not matched again case-insensitively. `W`/`L` are the tokens' {@link wordHash} /
   * {@link lowerHash} when the caller has them; `single`, when given, holds each token's
   * {@link singleCode} and `prefix` each token's {@link prefixCode} (the caller may cache both by
   * word). Tokens without a match share one empty, frozen array.
   */
  match(tokens: readonly string[], lowerTokens: readonly string[], W?: ArrayLike<number>, L?: ArrayLike<number>, single?: ArrayLike<number>, prefix?: ArrayLike<number>): (readonly number[])[] {
    const n = tokens.length;
    const out: number[][] = new Array(n).fill(NO_CODES);
    const add = (i: number, code: number): void => {
      if (out[i] === NO_CODES) out[i] = [code];
      else out[i].push(code);
    };
    const multi = this.exact.size > 0;
    for (let i = 0; i < n; i++) {
      const sc = single ? single[i] : this.singleCode(W ? W[i] : wordHash(tokens[i]), L ? L[i] : lowerHash(lowerTokens[i]));
      let bits = sc >>> 1;
      let ci = sc & 1;
      for (let b = 0; bits >>> b !== 0; b++) if ((bits >>> b) & 1) add(i, (b * 4 + POS_U) * 2 + ci);
      if (!multi) continue;
      const pc = prefix ? prefix[i] : this.prefixCode(tokens[i], lowerTokens[i]);
      if (pc === 0) continue;
      let key = tokens[i];
      let lkey = lowerTokens[i];
      let exactOk = (pc & 1) !== 0;
      let lowerOk = (pc & 2) !== 0;
      for (let j = i + 1; j < n && j - i < GAZ_MAX_TOKENS && (exactOk || lowerOk); j++) {
        if (exactOk) {
          key = `${key} ${tokens[j]}`;
          exactOk = this.exactPrefixes.has(key);
        }
        if (lowerOk) {
          lkey = `${lkey} ${lowerTokens[j]}`;
          lowerOk = this.lowerPrefixes.has(lkey);
        }
        if (!exactOk && !lowerOk) break;
        bits = 0;
        ci = 0;
        if (exactOk) bits = this.exact.get(key) ?? 0;
        if (bits === 0 && lowerOk) {
          bits = this.lower.get(lkey) ?? 0;
          ci = 1;
        }
        if (bits === 0) continue;
        for (let b = 0; bits >>> b !== 0; b++) {
          if (((bits >>> b) & 1) === 0) continue;
          add(i, (b * 4 + POS_B) * 2 + ci);
          for (let k = i + 1; k < j; k++) add(k, (b * 4 + POS_I) * 2 + ci);
          add(j, (b * 4 + POS_L) * 2 + ci);
        }
      }
    }
    return out;
  }
}

/** Entity spans `[start, end)` with types, read from IOB2 tags. */
export function bioSpans(tags: readonly string[]): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  let cur: { type: string; start: number; end: number } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : "O";
    const type = t === "O" ? "" : t.slice(2);
    const begins = t !== "O" && (t[0] === "B" || !cur || cur.type !== type);
    if (cur && (t === "O" || begins)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (begins) cur = { type, start: i, end: -1 };
  }
  return out;
}

/**
 * Gazetteer of entity strings seen in labelled sentences: `T:<type>` for each entity, and
 * `FIRST`/`LAST` for the first/last token of multi-token `PER` entities.
 */
export function gazetteerFromSentences(sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[]): Gazetteer {
  const g = new Gazetteer();
  for (const s of sentences) {
    for (const sp of bioSpans(s.tags)) {
      const toks = s.tokens.slice(sp.start, sp.end);
      const cat = `T:${sp.type}` as GazCategory;
      if (!GAZ_CATEGORIES.includes(cat)) continue;
      g.add(toks, gazBit(cat));
      if (sp.type === "PER" && toks.length >= 2) {
        if (/^\p{Lu}/u.test(toks[0])) g.add([toks[0]], gazBit("FIRST"));
        g.add([toks[toks.length - 1]], gazBit("LAST"));
      }
    }
  }
  return g;
}

/**
 * Gazetteer built from the project lexicons in `src/lexicons/en/` (imported, not copied):
 * countries with aliases (`X:LOC`) and demonyms (`X:MISC`), cities and regions (`X:LOC`), known
 * organisations (`X:ORG`), roles and honorifics (`TITLE`), organisation and place head words.
 */
export function lexiconGazetteer(): Gazetteer {
  const g = new Gazetteer();
  const loc = gazBit("X:LOC");
  for (const line of COUNTRIES) {
    const [canonical, demonyms = "", aliases = ""] = line.split("|");
    const aliasList = aliases.split(",").map((s) => s.trim()).filter(Boolean);
    g.add(tokenizePhrase(canonical), loc);
    for (const a of aliasList) g.add(tokenizePhrase(a), loc);
    for (const d of demonyms.split(",").map((s) => s.trim()).filter(Boolean)) {
      if (!aliasList.includes(d)) g.add(tokenizePhrase(d), gazBit("X:MISC"));
    }
  }
  for (const c of CITIES) g.add(tokenizePhrase(c), loc);
  for (const r of REGIONS) g.add(tokenizePhrase(r), loc);
  for (const names of KNOWN_ORGS) for (const n of names) g.add(tokenizePhrase(n), gazBit("X:ORG"));
  for (const r of ROLES) for (const a of r.aliases) g.add(tokenizePhrase(a), gazBit("TITLE"));
  for (const h of HONORIFICS) g.add(tokenizePhrase(h), gazBit("TITLE"));
  for (const h of ORG_HEADS) g.add([h], gazBit("ORGHEAD"));
  for (const h of LOC_HEADS) g.add([h], gazBit("LOCHEAD"));
  return g;
}
