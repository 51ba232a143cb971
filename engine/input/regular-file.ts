import { type Stats, statSync } from "node:fs";
import { InputError } from "./input-error.js";
import type { InputLimits } from "./limits.js";
import { MAX_INPUT_BYTES_ENV } from "./limits.js";

/** What a file should hold, for the messages ("a scenario JSON file", "a source text"). */
export type InputKind = string;

/** One sentence for a read that failed with `code`: what is wrong and what would be right. */
export function readFailure(code: string | undefined, what: InputKind, detail = ""): string {
  switch (code) {
    case "ENOENT":
      return `no such file: give the path of ${what}`;
    case "ENOTDIR":
      return `a part of the path is not a directory: give the path of ${what}`;
    case "EISDIR":
      return `is a directory: give the path of ${what} inside it`;
    case "ELOOP":
      return `symbolic link loop: point the link at ${what}, or give the file's own path`;
    case "ENAMETOOLONG":
      return `the path is too long for the system: give a shorter path of ${what}`;
    case "EACCES":
    case "EPERM":
      return `permission denied: make the file readable (e.g. chmod u+r) or give another copy of ${what}`;
    default:
      return `cannot read the file (${code ?? detail}): give the path of ${what}`;
  }
}

/** One sentence for a file larger than the size limit. */
export function tooLarge(limits: InputLimits): string {
  return `the file holds more than the input limit of ${limits.maxBytes} bytes: give a smaller file, or raise the limit with ${MAX_INPUT_BYTES_ENV}=<bytes>`;
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a named pipe (FIFO)";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/**
 * Checks that `path` names a regular file (following symbolic links) within the size limit,
 * without opening it (opening a FIFO would wait for a writer). Returns its size. Throws
 * `InputError` naming `shown`, with what is wrong and what would be right.
 * @example
 * checkRegularFile("/dev/zero", "/dev/zero", "a scenario JSON file", limits); // throws: "/dev/zero: a character device, not a file: ..."
 */
export function checkRegularFile(path: string, shown: string, what: InputKind, limits: InputLimits): { size: number } {
  let s: Stats;
  try {
    s = statSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(shown, readFailure(err.code, what, err.message));
  }
  if (s.isDirectory()) throw new InputError(shown, readFailure("EISDIR", what));
  if (!s.isFile()) throw new InputError(shown, `${kindOf(s)}, not a file: give the path of ${what}`);
  if (s.size > limits.maxBytes) throw new InputError(shown, tooLarge(limits));
  return { size: s.size };
}
