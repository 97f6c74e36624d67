// A compact node:test reporter for `npm test` and CI: one dot per passing test file's test, each
// failure in full (name, file, error), skips with their reason, then the closing summary lines
// (`# tests N`, `# pass N`, `# fail N`, …) as the TAP reporter prints them.
import { inspect } from "node:util";

export default async function* compactReporter(source) {
  let column = 0;
  const failures = [];
  const skips = [];
  for await (const event of source) {
    const { type, data } = event;
    if (type === "test:pass" && data.details?.type !== "suite") {
      if (data.skip) skips.push(`${data.name}${typeof data.skip === "string" ? ` — ${data.skip}` : ""}`);
      yield data.skip ? "s" : ".";
      if (++column % 80 === 0) yield "\n";
    } else if (type === "test:fail" && data.details?.type !== "suite") {
      yield "F";
      if (++column % 80 === 0) yield "\n";
      const err = data.details?.error;
      const cause = err?.cause ?? err;
      failures.push(`not ok - ${data.name}${data.file ? ` (${data.file}:${data.line ?? "?"})` : ""}\n${indent(cause instanceof Error ? cause.stack ?? cause.message : inspect(cause))}`);
    } else if (type === "test:diagnostic" && /^(?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message) && data.nesting === 0) {
      if (column) {
        yield "\n";
        column = 0;
      }
      if (failures.length || skips.length) {
        for (const s of skips) yield `skipped: ${s}\n`;
        for (const f of failures) yield `${f}\n`;
        failures.length = 0;
        skips.length = 0;
      }
      yield `# ${data.message}\n`;
    } else if (type === "test:stderr" || type === "test:stdout") {
      // output from test files is not repeated
    }
  }
  if (column) yield "\n";
}

function indent(s) {
  return String(s)
    .split("\n")
    .slice(0, 30)
    .map((l) => `    ${l}`)
    .join("\n");
}
