/** Where a command reads and writes: the process by default, replaceable in tests. */
export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether stdout is a terminal (colours are used only then, and only without NO_COLOR). */
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

/**
 * Text safe to print on a terminal, keeping its lines: control characters other than newline and
 * tab (escape, carriage return, bell, C1 controls such as CSI), DEL and bidi overrides become
 * U+FFFD, except the SGR colour codes dossier itself writes (ESC [ digits ; m). Stored text can
 * thus never move the cursor, retitle the window, or hide what follows.
 */
export function terminalText(s: string): string {
  return s.replace(/\x1b\[[0-9;]{0,12}m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (m) => (m.length > 1 ? m : "\uFFFD"));
}

/**
 * The real process streams. A closed stdout (EPIPE, e.g. `| head`) silences further output.
 * Whatever goes to a terminal passes through {@link terminalText}.
 */
export function processIO(): CliIO {
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") closed = true;
    else throw e;
  });
  return {
    out: (s) => {
      if (!closed) process.stdout.write(process.stdout.isTTY ? terminalText(s) : s);
    },
    err: (s) => process.stderr.write(process.stderr.isTTY ? terminalText(s) : s),
    stdin: process.stdin,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/** Colours on when writing to a terminal and NO_COLOR is unset or empty. */
export function useColor(io: CliIO): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

/** Text safe for one terminal line: control and bidi-override characters replaced, whitespace collapsed. */
export function oneLine(s: string, max = Infinity): string {
  const t = s
    .replace(/\s+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD")
    .trim();
  return t.length > max ? t.slice(0, Math.max(1, max - 1)).trimEnd() + "…" : t;
}

/** The one-line user-error format: `dossier: <input>: <problem>`. */
export function errorLine(input: string, problem: string): string {
  return `dossier: ${oneLine(input, 200)}: ${oneLine(problem, 400)}\n`;
}
