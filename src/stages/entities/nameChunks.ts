import type { Sentence, Token } from "../../types.js";
import { capitalisedWords } from "../../document/capitalisedWords.js";

/** A run of capitalised tokens that may be a name: token range `[from, to)`. */
export interface NameChunk {
  from: number;
  to: number;
  start: number;
  end: number;
}

const CONNECTORS = new Set(["of", "for", "de", "del", "la", "al", "el", "bin", "ibn", "van", "von", "der", "da", "and"]);
const NEVER = new Set([
  "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "June", "July", "August", "September", "October", "November", "December", "May", "Mr", "Mrs", "Ms", "Read", "More", "Photo",
  "Image", "Video", "Share", "Related",
]);
/** Month abbreviations: not names when followed by "." or a number ("Jun. 5"), else possible names ("Zhang Jun"). */
const MONTH_ABBREVIATIONS = new Set(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);
/** Country and bloc acronyms that prefix a title or a name: "UN Linda Thomas-Greenfield", "NATO Secretary General …". */
const PREFIX_ACRONYMS = new Set(["US", "UN", "UK", "EU", "NATO", "AU", "UAE", "U.S.", "U.N.", "U.K."]);
/** Last words that make a chunk an organisation, not a person: "UN Security Council". */
const ORG_HEAD_WORDS = new Set([
  "Council", "Assembly", "Agency", "Organization", "Organisation", "Commission", "Forces", "Force", "Office", "Ministry",
  "Department", "Mission", "Command", "Court", "Committee", "Parliament", "Union", "Fund", "Programme", "Program", "Bank",
  "Embassy", "Treaty", "Summit", "Charter", "Administration", "Army", "Navy", "Senate", "Congress", "House", "Government",
  "Secretariat", "Service", "Authority", "Corps", "Guard", "Board", "Conference", "Group", "Alliance", "Coalition",
]);
/** Titles after which a capitalised "He" is the surname: "Vice Premier He". */
const SURNAME_HE_TITLES = new Set(["Premier", "Minister", "President", "Chairman", "Secretary", "Ambassador", "Governor", "Mr", "Mr.", "Professor", "Prof.", "Dr", "Dr.", "General", "Vice-Premier"]);
const NON_NAME_POS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "SYM", "NUM", "INTJ", "ADV"]);

/** A word, for the title-case test: a token that starts with a letter. */
const LETTER_START = /^\p{L}/u;

const isCapWord = (s: string) => /^[A-Z\u00C0-\u00DE][\p{L}.'\u2019]*$/u.test(s) || /^[A-Z][A-Z0-9]+$/.test(s) || /^[A-Z]\.(?:[A-Z]\.)+$/.test(s);

/**
 * Finds candidate name chunks: maximal runs of capitalised tokens joined by hyphens or by
 * connectors ("Secretary of State", "al-Burhan"). Sentence-initial words count only when tagged
 * PROPN; in title-case sentences (headlines) every word must be PROPN.
 */
export function findNameChunks(text: string, sentences: readonly Sentence[], tokens: readonly Token[], known: (word: string) => boolean = () => false): NameChunk[] {
  const out: NameChunk[] = [];
  for (const s of sentences) {
    const { words, capitalised } = capitalisedWords(tokens, s, LETTER_START);
    const titleCase = words >= 4 && capitalised / words > 0.6;
    const ok = (i: number): boolean => {
      const t = tokens[i];
      // Every form isCapWord accepts starts with A–Z or À–Þ: most tokens are rejected here.
      const c0 = t.text.charCodeAt(0);
      if (!((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xde))) return false;
      if (!isCapWord(t.text) || NEVER.has(t.text.replace(/\.$/, ""))) return false;
      if (MONTH_ABBREVIATIONS.has(t.text.replace(/\.$/, "")) && (t.text.endsWith(".") || /^[.\d]/.test(tokens[i + 1]?.text ?? ""))) return false;
      // the Chinese surname He: "Vice Premier He said", "He Lifeng" (not the pronoun "He said")
      if (t.text === "He") {
        const next = tokens[i + 1];
        const prev = i > s.tokenStart ? tokens[i - 1] : null;
        return (!!prev && SURNAME_HE_TITLES.has(prev.text)) || (!!next && i + 1 < s.tokenEnd && next.pos === "PROPN" && isCapWord(next.text));
      }
      if (titleCase) return t.pos === "PROPN" || known(t.text);
      const first = i === s.tokenStart || /^[\u201C\u201D"'\u2018(\u2014\u2013-]$/.test(tokens[i - 1].text) && i - 1 === s.tokenStart;
      if (first) return t.pos === "PROPN" || (t.pos === "NOUN" && /^[A-Z]{2,}$/.test(t.text)) || known(t.text);
      if (NON_NAME_POS.has(t.pos) && t.text !== "The" && !/^[A-Z]{2,}$/.test(t.text)) {
        // Capitalised function words mid-sentence ("The" in "The Times") are allowed only inside a chunk.
        return false;
      }
      return true;
    };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!ok(i) && !(tokens[i].text === "The" && i > s.tokenStart && i + 1 < s.tokenEnd && ok(i + 1))) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= s.tokenEnd) break;
        const t = tokens[j];
        const prev = tokens[j - 1];
        // hyphen joins without spaces: al-Burhan, Ado-Ekiti, Secretary-General
        if ((t.text === "-" || t.text === "\u2010") && t.start === prev.end && j + 1 < s.tokenEnd && tokens[j + 1].start === t.end && /^\p{L}/u.test(tokens[j + 1].text)) {
          j += 2;
          continue;
        }
        // "al-Burhan", "el-Sisi", "bin-Salman": a lower-case particle joined by a hyphen
        if (/^(al|el|bin|ibn|abu|ad|as|ash|at|az)$/i.test(t.text) && tokens[j + 1]?.text === "-" && tokens[j + 1].start === t.end && j + 2 < s.tokenEnd && tokens[j + 2].start === tokens[j + 1].end && /^\p{Lu}/u.test(tokens[j + 2].text)) {
          j += 3;
          continue;
        }
        if (ok(j) || (t.text === "The" && false)) {
          j++;
          continue;
        }
        if (CONNECTORS.has(t.text) && j + 1 < s.tokenEnd) {
          // "of the" inside names: "Times of Israel", "Court of Justice", "Office of the Prime Minister"
          let k = j + 1;
          if (tokens[k].text === "the" && k + 1 < s.tokenEnd) k++;
          if (ok(k) && t.text !== "and") {
            j = k + 1;
            continue;
          }
          if (t.text === "and" && ok(k) && /^(Bosnia|Trinidad|Antigua|Saint|St)$/.test(prev.text)) {
            j = k + 1;
            continue;
          }
        }
        break;
      }
      // trim a trailing connector or hyphen (never happens by construction) and a leading "The" alone
      const from = i;
      const to = j;
      if (!(to - from === 1 && tokens[from].text === "The")) {
        if (to - from >= 3 && PREFIX_ACRONYMS.has(tokens[from].text) && /^\p{Lu}\p{Ll}/u.test(tokens[from + 1].text) && tokens.slice(from + 1, to).every((x) => !ORG_HEAD_WORDS.has(x.text) && !CONNECTORS.has(x.text))) {
          // "UN Linda Thomas-Greenfield": the acronym is its own name
          out.push({ from, to: from + 1, start: tokens[from].start, end: tokens[from].end });
          out.push({ from: from + 1, to, start: tokens[from + 1].start, end: tokens[to - 1].end });
        } else {
          out.push({ from, to, start: tokens[from].start, end: tokens[to - 1].end });
        }
      }
      i = j;
    }
  }
  void text;
  return out;
}
