import { lstat, readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { ReaderError } from "../readers/ReaderError.js";
import { readStreamBytes } from "../readers/readBytes.js";
import { decodeText } from "../readers/decodeText.js";
import { hasCredentials, redactCredentials, webUrl } from "../util/webUrl.js";

/** Extensions picked up when walking a directory. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm"]);
/** Extensions read as RSS/Atom feeds when named explicitly. */
export const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);

export interface ExpandOptions {
  /** What `-` reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** `-` is one article's text rather than a list of paths and URLs. */
  stdinArticle?: boolean;
  /** Largest stdin accepted, in bytes. */
  maxBytes?: number;
}

export interface ExpandedSources {
  /** Absolute file paths and http(s) URLs, in argument order, without repeats. */
  sources: string[];
  /**
   * Paths that could not be listed or followed (an unreadable directory, a symbolic link that
   * loops or points nowhere): each is to be reported and recorded as a failure, not skipped.
   */
  problems: ReaderError[];
  /** Things changed on the way, one line each (e.g. credentials removed from a URL). */
  notices: { input: string; message: string }[];
  /** With `stdinArticle`: the raw bytes of the article on stdin. */
  stdinArticle?: Uint8Array;
}

/** True for an http(s) URL argument. */
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s.trim());
}

/**
 * Arguments → sources. A file is itself; a directory is every article file under it (recursive,
 * sorted; hidden entries and `.json` sidecars of `.txt` files skipped); a URL is itself; `-` is a
 * list on stdin (one path or URL a line; blank lines and `#` comments skipped) or, with
 * `stdinArticle`, an article. A missing path given as an argument throws a ReaderError
 * (`not-found`, a usage error); one listed on stdin is kept and fails when it is read.
 */
export async function expandSources(args: readonly string[], opts: ExpandOptions = {}): Promise<ExpandedSources> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  const problems: ReaderError[] = [];
  const notices: ExpandedSources["notices"] = [];
  /** An http(s) URL argument → the URL without credentials (never sent, stored or shown). */
  const addUrl = (raw: string) => {
    const u = webUrl(raw);
    if (u === null) throw new ReaderError("bad-option", raw, "not a valid http(s) URL");
    if (hasCredentials(raw)) notices.push({ input: u, message: "the user name and password in the URL were removed (credentials in URLs are not sent or stored)" });
    add(u);
  };
  let stdinArticle: Uint8Array | undefined;
  let stdinUsed = false;
  for (const arg of args) {
    if (arg === "-") {
      if (stdinUsed) throw new ReaderError("bad-option", "-", "stdin (-) can be read only once");
      stdinUsed = true;
      const bytes = await readStreamBytes(opts.stdin ?? process.stdin, "<stdin>", opts.maxBytes);
      if (opts.stdinArticle) {
        stdinArticle = bytes;
        continue;
      }
      const text = bytes.length ? decodeText(bytes, "<stdin>") : "";
      if (looksLikeProse(text)) {
        throw new ReaderError("bad-option", "-", "stdin holds article text, not a list of paths or URLs (one a line): give --stdin-article to ingest it as one article");
      }
      for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith("#")) continue;
        if (isUrl(line)) {
          try {
            addUrl(line);
          } catch (e) {
            if (!(e instanceof ReaderError)) throw e;
            problems.push(new ReaderError("bad-option", redactCredentials(line), e.message));
          }
        } else for (const s of await expandPath(line, false, problems)) add(s);
      }
      continue;
    }
    if (isUrl(arg)) {
      try {
        addUrl(arg);
      } catch (e) {
        if (!(e instanceof ReaderError)) throw e;
        throw new ReaderError("bad-option", redactCredentials(arg), e.message);
      }
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) throw new ReaderError("bad-option", redactCredentials(arg), "only http and https URLs can be ingested");
    for (const s of await expandPath(arg, true, problems)) add(s);
  }
  return stdinArticle ? { sources: out, problems, notices, stdinArticle } : { sources: out, problems, notices };
}

/** Why a path could not be followed, as one line. */
function pathProblem(e: unknown, input: string): ReaderError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return new ReaderError("unreadable", input, "symbolic link loop");
  if (code === "ENOENT" || code === "ENOTDIR") return new ReaderError("not-found", input, "broken symbolic link (its target does not exist)");
  if (code === "EACCES" || code === "EPERM") return new ReaderError("unreadable", input, "permission denied");
  return new ReaderError("unreadable", input, `cannot read: ${code ?? (e as Error).message}`);
}

async function expandPath(path: string, strict: boolean, problems: ReaderError[]): Promise<string[]> {
  const abs = resolve(path);
  let info;
  try {
    info = await stat(abs);
  } catch (e) {
    if (!strict) return [abs];
    const code = (e as NodeJS.ErrnoException).code;
    // A path that does not exist is a usage error; one that exists but cannot be followed (a
    // looping symbolic link, no permission) is recorded as a failure and the batch goes on.
    const exists = await lstat(abs).then(() => true, () => false);
    if (!exists && (code === "ENOENT" || code === "ENOTDIR")) throw new ReaderError("not-found", path, "no such file or directory");
    problems.push(pathProblem(e, abs));
    return [];
  }
  if (!info.isDirectory()) return [abs];
  const files: string[] = [];
  await walk(abs, files, problems);
  return files;
}

async function walk(dir: string, files: string[], problems: ReaderError[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(new ReaderError(pathProblem(e, dir).code, dir, `cannot list the directory: ${pathProblem(e, dir).message}`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      await walk(p, files, problems);
      continue;
    }
    const ext = extname(e.name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.has(ext)) continue;
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files only (a linked directory could loop); a link that loops or points
      // nowhere is a problem to report, not a file to skip in silence.
      try {
        isFile = (await stat(p)).isFile();
      } catch (err) {
        problems.push(pathProblem(err, p));
        continue;
      }
    }
    if (!isFile) continue;
    if (ext === ".json" && names.has(basename(e.name, extname(e.name)) + ".txt")) continue; // a sidecar
    files.push(p);
  }
}

/**
 * Text piped to `ingest -` that reads as an article rather than a list of sources: one of its
 * first three lines is not a URL, has eight or more words and ends a sentence (a path rarely does).
 */
export function looksLikeProse(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).slice(0, 3);
  return lines.some((l) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(l) && l.split(/\s+/).length >= 8 && /[.!?"”’]$/.test(l));
}
