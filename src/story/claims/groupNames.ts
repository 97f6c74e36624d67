/**
 * How an outlet names an organisation: the alias it gives ("the White Helmets, officially known
 * as the Syria Civil Defense"), the description it puts next to the name ("the White Helmets
 * rescue group", "the militant group Hamas", "X, an opposition emergency group"), and whether it
 * names a branch or only its parent ("ISIS-K" / "the Afghan faction of Islamic State" vs
 * "Islamic State").
 */
import type { Analysis, Entity, Mention } from "../../types.js";
import type { ActorKeyFn, LabelClaim } from "./types.js";
import { evidenceFor } from "./evidence.js";
import { GROUP_BRANCHES, type GroupBranch } from "../../lexicons/en/groupBranches.js";

/** Nouns that make a phrase a description of a group ("rescue group", "volunteer organisation"). */
export const GROUP_NOUNS = "group|groups|organisation|organization|movement|militia|outfit|charity|network|agency|service|team|body";
/** Group nouns a bare description before or after a name may end in ("the militant group Hamas"): no agency or team, which form names. */
const DESCRIPTOR_NOUNS = "group|organisation|organization|movement|militia|outfit|charity";
const BRANCH_NOUNS = "branch|affiliate|faction|offshoot|wing|arm|chapter|franchise";

/** "X, the rebel group that …", "X (FSB), the main successor to …", "X, a Russian-speaking criminal gang": a noun phrase after a comma. */
export const APPOSITION_AFTER =
  /^(?:\s*\([^()]{1,12}\))?,\s+((?:the|an?)\s+(?:[a-z][a-z-]*|[A-Z][a-z]+-[a-z]+)(?:\s+[a-z][a-z-]*){0,3}?)(?=\s*(?:,|\.|;|\s(?:that|which|who|in|at|of|to|behind|with|from|for|based)\b))/;

/** ", also known as the Syrian Civil Defence" right after a name: the alias. */
const ALIAS_AFTER =
  /^["”’]?(?:\s+(?:group|organi[sz]ation|movement))?\s*(?:,|\()\s*((?:(?:also|officially|formerly|better|widely|commonly|locally|previously)\s+)?known\s+as\s+(?:the\s+)?["“]?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’.-]*))*))/u;
/** "the White Helmets rescue group": a description right after a name that follows "the". */
const DESCRIPTOR_AFTER = new RegExp(`^["”’]?\\s+((?:[a-z][a-z-]+\\s+){1,2}(?:${DESCRIPTOR_NOUNS}))\\b`);
/** "the militant group Hamas", "the Sunni militant group Islamic State": a description before a name. */
const DESCRIPTOR_BEFORE = new RegExp(`\\b(?:the|an?)\\s+((?:[\\p{L}-]+\\s+){1,3}?(?:${DESCRIPTOR_NOUNS}))\\s+["“]?$`, "iu");
/** "the Afghan faction of Islamic State", "a faction of ISIS": an unnamed branch of the group named next. */
const UNNAMED_BRANCH_BEFORE = new RegExp(`\\b((?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${BRANCH_NOUNS})\\s+of\\s+(?:the\\s+)?)$`, "iu");
/** "ISIS-K, a branch of the Islamic State group": the named branch, then its parent. */
const NAMED_BRANCH_AFTER = new RegExp(`^,\\s+(?:an?|the|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${BRANCH_NOUNS})\\s+of\\s+(?:the\\s+)?`, "iu");
/** "Islamic State affiliate ISIS-K": the parent, then the named branch. */
const PARENT_BEFORE_BRANCH = new RegExp(`^["”’]?(?:\\s+group)?(?:['’]s)?\\s+(?:${BRANCH_NOUNS})\\s+`, "i");

function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const BRANCH_BY_ALIAS = new Map<string, GroupBranch>();
for (const b of GROUP_BRANCHES) for (const n of [b.branch, ...b.aliases]) BRANCH_BY_ALIAS.set(fold(n), b);

/** The branch row a name belongs to ("ISIS-K" → Islamic State Khorasan Province), or null. */
export function knownBranch(name: string): GroupBranch | null {
  return BRANCH_BY_ALIAS.get(fold(name)) ?? null;
}

/**
 * An alias as compared across outlets: folded, the country and its adjective dropped, British
 * and American spellings met ("Syria Civil Defense" = "Syrian Civil Defence").
 */
export function aliasKey(alias: string): string {
  return fold(alias)
    .replace(/\b(?:syrian?|turkish|russian|ukrainian|american|british|israeli|palestinian|iranian|iraqi|afghan|lebanese)\b/g, "")
    .replace(/ence\b/g, "ense")
    .replace(/is(ation|e|ed)\b/g, "iz$1")
    .replace(/tre\b/g, "ter")
    .replace(/our\b/g, "or")
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const GROUP_LIKE = new Set(["ORG", "LOC", "MISC", "NORP"]);

/** Mentions of an entity by name, in text order. */
function nameMentions(e: Entity): Mention[] {
  return e.mentions.filter((m) => m.kind === "name").sort((x, y) => x.start - y.start);
}

/**
 * Alias, description and branch-or-parent claims for the organisations of one article. `form`
 * claims say which name the article uses: `branch` (with `formOf`, the parent's key, when the
 * article itself says whose branch it is) or `parent` (the first plain mention of a group).
 */
export function groupNameClaims(a: Analysis, key: ActorKeyFn): LabelClaim[] {
  const text = a.document.text;
  const out: LabelClaim[] = [];
  const groups = a.entities.filter((e) => GROUP_LIKE.has(e.type));
  const mentionAt = new Map<number, { ent: Entity; m: Mention }>();
  for (const e of groups) for (const m of nameMentions(e)) mentionAt.set(m.start, { ent: e, m });
  const push = (ent: Entity, actorKey: string, start: number, end: number, kind: LabelClaim["kind"], extra: Partial<LabelClaim> = {}) => {
    if (out.some((l) => l.kind === kind && l.evidence.span.start < end && start < l.evidence.span.end)) return;
    out.push({ actorKey, actorName: ent.name, text: text.slice(start, end), evidence: evidenceFor(a, start, end), kind, ...extra });
  };
  /** The group mention starting right at `pos` (after spaces), if any. */
  const mentionStartingAt = (pos: number) => {
    const skip = /^\s*["“]?/.exec(text.slice(pos, pos + 4))![0].length;
    return mentionAt.get(pos + skip) ?? null;
  };
  const inBranchPhrase = new Set<number>();
  for (const e of groups) {
    const isGroup = e.type === "ORG" || e.type === "MISC" || e.type === "LOC";
    for (const m of nameMentions(e)) {
      const after = text.slice(m.end, m.end + 120);
      // Aliases: "X, also known as Y", "the “X” group, officially known as the Y".
      const alias = ALIAS_AFTER.exec(after);
      if (alias) {
        const name = alias[2].replace(/\s+(?:of|and|for|the)$/, "");
        const s = m.end + alias.index + alias[0].indexOf(alias[1]);
        const end = s + alias[1].length - (alias[2].length - name.length);
        push(e, key(e.name, false), s, end, "alias", { compareKey: `alias: ${aliasKey(name)}` });
        // "…, also known as the Syrian Civil Defence, a volunteer rescue organisation that …"
        const app = APPOSITION_AFTER.exec(text.slice(end, end + 80));
        if (app && new RegExp(`\\b(?:${GROUP_NOUNS})$`).test(app[1])) {
          const as = end + app[0].indexOf(app[1]);
          push(e, key(e.name, false), as, as + app[1].length, "label");
        }
      }
      if (!isGroup) continue;
      // Appositions of places and unlabelled names count only when they describe a group.
      if (e.type !== "ORG") {
        const app = APPOSITION_AFTER.exec(after);
        if (app && new RegExp(`\\b(?:${GROUP_NOUNS})$`).test(app[1])) {
          const as = m.end + app[0].indexOf(app[1]);
          push(e, key(e.name, false), as, as + app[1].length, "label");
        }
      }
      const before = text.slice(Math.max(0, m.start - 80), m.start);
      const desc = DESCRIPTOR_AFTER.exec(after);
      if (desc && /\bthe\s+["“]?$/i.test(before)) {
        const s = m.end + desc[0].indexOf(desc[1]);
        push(e, key(e.name, false), s, s + desc[1].length, "label");
      }
      const pre = DESCRIPTOR_BEFORE.exec(before);
      if (pre && !/\bof\b/i.test(pre[1])) {
        const s = m.start - before.length + pre.index + pre[0].indexOf(pre[1]);
        push(e, key(e.name, false), s, s + pre[1].length, "label");
      }
      // Branches.
      const unnamed = UNNAMED_BRANCH_BEFORE.exec(before);
      // (", a branch of Y" after a name is that name's apposition: the named branch below.)
      if (unnamed && !/,\s*$/.test(before.slice(0, unnamed.index))) {
        const s = m.start - before.length + unnamed.index;
        push(e, key(e.name, false), s, m.end, "form", { form: "branch", compareKey: "form: branch" });
        inBranchPhrase.add(m.start);
      }
      const named = NAMED_BRANCH_AFTER.exec(after);
      const parent = named ? mentionStartingAt(m.end + named[0].length) : null;
      if (parent && parent.ent !== e) {
        push(e, key(parent.ent.name, false), m.start, m.end, "form", { form: "branch", formOf: key(parent.ent.name, false), compareKey: "form: branch" });
        inBranchPhrase.add(parent.m.start);
      }
      const viaAffiliate = PARENT_BEFORE_BRANCH.exec(after);
      const branch = viaAffiliate ? mentionStartingAt(m.end + viaAffiliate[0].length) : null;
      if (branch && branch.ent !== e) {
        push(branch.ent, key(e.name, false), branch.m.start, branch.m.end, "form", { form: "branch", formOf: key(e.name, false), compareKey: "form: branch" });
        inBranchPhrase.add(m.start);
      }
    }
  }
  // Branches named by a known alias ("ISIS-K"), then the first plain mention of each group.
  for (const e of groups) {
    for (const m of nameMentions(e)) {
      const b = knownBranch(m.text) ?? knownBranch(e.name);
      if (b) push(e, key(b.parent, false), m.start, m.end, "form", { form: "branch", formOf: key(b.parent, false), compareKey: "form: branch" });
    }
  }
  for (const e of groups) {
    if (e.type !== "ORG" || knownBranch(e.name)) continue;
    const m = nameMentions(e).find((x) => !inBranchPhrase.has(x.start) && !knownBranch(x.text) && !out.some((l) => l.kind === "form" && l.evidence.span.start <= x.start && x.end <= l.evidence.span.end));
    if (m) push(e, key(e.name, false), m.start, m.end, "form", { form: "parent", compareKey: "form: parent" });
  }
  return out;
}
