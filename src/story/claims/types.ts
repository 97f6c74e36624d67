/** The claim types: the comparable facts of one article, each with its evidence. */
import type { Approx, Span } from "../../types.js";
import type { LoadedTerm } from "../../lexicons/en/loadedTerms.js";
import type { Evidence, SpeakerKind } from "../StoryReport.js";
import type { WordToken } from "./text.js";

export interface SourceRef {
  docId: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface QuoteClaim {
  kind: "quote";
  quoteId: string;
  /** Whether the words sit inside quotation marks (direct quotes and quoted parts of mixed ones). */
  direct: boolean;
  speakerName: string | null;
  speakerKey: string | null;
  speakerKind: SpeakerKind;
  /** For an office or spokesperson: the key of the person behind it, when known. */
  principal: string | null;
  tokens: WordToken[];
  norm: string;
  evidence: Evidence;
}

export interface FigureClaim {
  kind: "figure";
  quantity: string;
  /** True when the key comes only from the unit word (no lexicon cue): compared more strictly. */
  generic: boolean;
  value: number;
  unit: string;
  approx: Approx;
  /** A stated round number covers ± half this (1,200 → 100; 40,000 → 1,000). 0 when exact. */
  rounding: number;
  citedSource: string | null;
  /** Where the article names the cited source ("local authorities"), when it does outside a quotation. */
  citedSpan: { start: number; end: number } | null;
  /** The figure sits inside quotation marks credited to `citedSource`. */
  citedInQuote: boolean;
  /** Content words of the sentence, for context checks. */
  context: string[];
  /** Which part of a total the figure counts ("Syria", "Syria (opposition-held areas)"), from its clause; null when none is named. */
  scope: string | null;
  /** Values the sentence gives as parts of this count ("11 people, including four suspected gunmen", "11 …, four of whom"). */
  parts: number[];
  /** Years (1800–2100) named in the figure's clause: a toll "of the 1939 earthquake" is history, not this story. */
  years: number[];
  /** Actor keys of the people and places named in the sentence (not the cited source). */
  names: string[];
  evidence: Evidence;
}

export interface DateClaim {
  kind: "date";
  event: string;
  /** YYYY-MM-DD. */
  day: string;
  value: string;
  /** Actor keys of the people and places named in the sentence. */
  names: string[];
  evidence: Evidence;
}

/**
 * When or where an article says an incident happened: its day, its local clock time, the place
 * it was centred, or where those fleeing it were heading.
 */
export interface IncidentClaim {
  kind: "incident";
  /** "quake", "attack", … null when only a verb names it ("struck", "transpired"): the story's main incident. */
  cls: string | null;
  /** "later" for a second one of its kind ("a second quake"), "first" when said, null when not said. */
  instance: "first" | "later" | null;
  aspect: "day" | "clock" | "place" | "destination";
  /** YYYY-MM-DD (XXXX when no year), HH:MM, or the folded place ("23 km east nurdagi", "ukraine"). */
  value: string;
  /** A round or hedged clock time ("just after 4 a.m."): compared loosely. */
  approx: boolean;
  /** The words as written ("1:45p.m.", "23 kilometers (14.2 miles) east of Nurdagi"). */
  label: string;
  /** Folded place names of a place or destination. */
  places: string[];
  /** Distance from the named place, for "N km (direction) of/from X". */
  km: number | null;
  direction: string | null;
  evidence: Evidence;
}

/** What an article says caused the incident, as a cause class ("power line", "lightning"). */
export interface CauseClaim {
  kind: "cause";
  /** The incident class its sentence names ("fire"), null when none. */
  cls: string | null;
  cause: string;
  evidence: Evidence;
}

export interface LabelClaim {
  actorKey: string;
  actorName: string;
  text: string;
  evidence: Evidence;
  /**
   * "label": a description; "spelling": the actor's full name as this outlet spells it;
   * "alias": another name the outlet gives ("also known as the Syrian Civil Defence"); "form":
   * the name an outlet uses for a group, a branch or its parent (`form`).
   */
  kind?: "label" | "spelling" | "alias" | "form" | "class";
  /** For "form": whether the name is a branch ("ISIS-K", "the Afghan faction of Islamic State") or the parent group. */
  form?: "branch" | "parent";
  /** For a branch the article itself ties to its parent ("X, a branch of Y"): the parent's actor key. */
  formOf?: string;
  /** What the label says, when not its text ("alias: syria civil defense", "form: branch"). */
  compareKey?: string;
  /** For "class": the class noun given to the second event ("aftershock"), and whether the outlet denies it ("not an aftershock"). */
  classNoun?: string;
  negated?: boolean;
}

/** A superlative measured against a year ("the deadliest … since 1939") and who the article credits it to. */
export interface RecordClaim {
  /** The year the event is measured against. */
  year: number;
  /** Who the article credits: a speaker's name, or null when the outlet states it itself. */
  speakerName: string | null;
  speakerKey: string | null;
  speakerKind: SpeakerKind;
  evidence: Evidence;
}

export interface LoadedClaim {
  term: LoadedTerm;
  inQuote: boolean;
  evidence: Evidence;
}

export interface ArticleClaims {
  source: SourceRef;
  text: string;
  quotes: QuoteClaim[];
  figures: FigureClaim[];
  dates: DateClaim[];
  incidents: IncidentClaim[];
  causes: CauseClaim[];
  records: RecordClaim[];
  labels: LabelClaim[];
  loaded: LoadedClaim[];
  /** Spans of quotation contents (to tell the outlet's words from a speaker's). */
  quoteSpans: Span[];
}

export type ActorKeyFn = (name: string, person?: boolean) => string;
