// A compact node:test reporter for `npm test` and CI: one dot per passing test file's test, each
// failure in full (name, file, error), skips with their reason, then the closing summary lines
// (`# tests N`, `# pass N`, `# fail N`, …) as the TAP reporter prints them. Output of test files
// is not repeated, except the end of a file's stderr when the file itself failed (a crash at
// import or outside any test, whose reason is only there). Safe with --test-concurrency: events
// of files running side by side carry their file.
import { inspect } from "node:util";

export default async function* compactReporter(source) {
  let column = 0;
  const failures = [];
  const skips = [];
  /** The last lines each test file wrote to stderr. */
  const stderrOf = new Map();
  for await (const event of source) {
    const { type, data } = event;
    if (type === "test:pass" && data.details?.type !== "suite") {
      if (data.skip) skips.push(`${data.name}${typeof data.skip === "string" ? ` — ${data.skip}` : ""}`);
      yield data.skip ? "s" : ".";
      if (++column % 80 === 0) yield "\n";
    } else if (type === "test:fail" && data.details?.type === "suite" && data.details?.error?.failureType !== "subtestsFailed") {
      // a suite that failed by itself (its before/after hook threw): the reason is only here
      const cause = data.details.error.cause ?? data.details.error;
      failures.push({ text: `not ok - ${data.name} (suite: ${data.details.error.failureType ?? "failed"})${data.file ? ` (${data.file}:${data.line ?? "?"})` : ""}\n${indent(cause instanceof Error ? cause.stack ?? cause.message : inspect(cause))}`, stderrOf: null });
    } else if (type === "test:fail" && data.details?.type !== "suite") {
      yield "F";
      if (++column % 80 === 0) yield "\n";
      const err = data.details?.error;
      const cause = err?.cause ?? err;
      const fileItself = data.file && data.name === data.file && !(cause instanceof Error);
      failures.push({ text: `not ok - ${data.name}${data.file ? ` (${data.file}:${data.line ?? "?"})` : ""}\n${indent(cause instanceof Error ? cause.stack ?? cause.message : inspect(cause))}`, stderrOf: fileItself ? data.file : null });
    } else if (type === "test:diagnostic" && /^(?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message) && data.nesting === 0) {
      if (column) {
        yield "\n";
        column = 0;
      }
      if (failures.length || skips.length) {
        for (const s of skips) yield `skipped: ${s}\n`;
        for (const f of failures) {
          yield `${f.text}\n`;
          const tail = f.stderrOf ? (stderrOf.get(f.stderrOf) ?? []).join("").split("\n").filter((l) => l !== "").slice(-STDERR_LINES) : [];
          if (tail.length) yield `    its stderr (last ${tail.length} lines):\n${indent(tail.join("\n"), STDERR_LINES)}\n`;
        }
        failures.length = 0;
        skips.length = 0;
      }
      yield `# ${data.message}\n`;
    } else if (type === "test:stderr" && data.file) {
      // kept to explain a failing file, not repeated otherwise (nor is stdout)
      const lines = stderrOf.get(data.file) ?? [];
      lines.push(data.message);
      if (lines.length > 2 * STDERR_LINES) lines.splice(0, lines.length - STDERR_LINES);
      stderrOf.set(data.file, lines);
    }
  }
  if (column) yield "\n";
}

const STDERR_LINES = 30;

function indent(s, lines = 30) {
  return String(s)
    .split("\n")
    .slice(0, lines)
    .map((l) => `    ${l}`)
    .join("\n");
}
