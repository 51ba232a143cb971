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
