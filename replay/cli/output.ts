import { type Colors, colorsFor } from "../render/colors.js";

/** Where a command writes: text lines or one JSON document on stdout, notes and errors on stderr. */
export interface Output {
  /** Lines of text on stdout. */
  readonly out: (...lines: readonly string[]) => void;
  /** One JSON document on stdout, and nothing else. */
  readonly json: (doc: unknown) => void;
  /** A line on stderr, prefixed `sitrep: `. */
  readonly note: (line: string) => void;
  /** Raw text to stdout and stderr (for commander's help and errors). */
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  /** Colours for stdout (off unless it is a terminal, and always off with NO_COLOR). */
  readonly colors: Colors;
  /** Whether stdout is a terminal (the player waits between days only then). */
  readonly interactive: boolean;
}

/** Output through two writable streams. */
export function streamOutput(
  stdout: NodeJS.WritableStream & { readonly isTTY?: boolean },
  stderr: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
): Output {
  return {
    out: (...lines) => {
      if (lines.length > 0) stdout.write(`${lines.join("\n")}\n`);
    },
    json: (doc) => {
      stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    },
    note: (line) => {
      stderr.write(`sitrep: ${line}\n`);
    },
    writeOut: (text) => {
      stdout.write(text);
    },
    writeErr: (text) => {
      stderr.write(text);
    },
    colors: colorsFor(stdout, env),
    interactive: stdout.isTTY === true,
  };
}

/** A writable stream that may fail (a closed pipe, a full disk). */
type Failing = Pick<NodeJS.WritableStream, "on">;

/**
 * Ends the process cleanly when stdout or stderr cannot be written, for every command at once
 * (streamed output, the player and the REPL included): a closed pipe (`sitrep ... | head -1`)
 * ends quietly with exit 0, as Unix tools do; any other write error (a full disk) is one line on
 * stderr and exit 1, with no stack trace.
 * @example
 * exitOnWriteError(process.stdout, process.stderr, (code) => process.exit(code));
 */
export function exitOnWriteError(stdout: Failing, stderr: Failing & Writable, exit: (code: number) => void): void {
  const failed = (which: "stdout" | "stderr") => (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE")
      return exit(which === "stdout" ? 0 : typeof process.exitCode === "number" ? process.exitCode : 0);
    if (which === "stdout") {
      try {
        stderr.write(
          `sitrep: cannot write the output to stdout (${e.code ?? e.message}): ${e.code === "ENOSPC" ? "free some space on the disk, or write elsewhere" : "check where the output goes"}\n`,
        );
      } catch {
        // stderr failing too leaves only the exit code to tell
      }
    }
    exit(1);
  };
  stdout.on("error", failed("stdout"));
  stderr.on("error", failed("stderr"));
}

type Writable = Pick<NodeJS.WritableStream, "write">;
