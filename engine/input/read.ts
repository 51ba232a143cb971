import { relative } from "node:path";
import { checkJsonDepth } from "./depth.js";
import { type InputOptions, inputLimits } from "./limits.js";
import { readBoundedBytes } from "./read-bytes.js";
import type { InputKind } from "./regular-file.js";
import { decodeUtf8 } from "./utf8.js";

/** Longest path shown in a message, in characters (an over-long path is cut, with its length). */
const MAX_SHOWN_PATH = 200;

/** A path as messages show it: relative to the working directory when inside it, cut when very long. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  const shown = rel === "" || rel.startsWith("..") ? path : rel;
  return shown.length > MAX_SHOWN_PATH ? `${shown.slice(0, MAX_SHOWN_PATH)}… (${shown.length} characters)` : shown;
}

/** A file's text and its path as messages show it. */
export interface InputText {
  readonly text: string;
  readonly shown: string;
}

/**
 * Reads a text file as input: a regular file (not a directory, device, FIFO or socket) within
 * the size limit, UTF-8 (a leading byte-order mark dropped). `what` says what the file should
 * be, for the messages ("a scenario JSON file"). Throws `InputError`, one line naming the path.
 * @example
 * const { text, shown } = readInputText("scenarios/sources/x.txt", "a source text");
 */
export function readInputText(path: string, what: InputKind, options: InputOptions = {}): InputText {
  const shown = shownPath(path);
  const bytes = readBoundedBytes(path, shown, what, inputLimits(options));
  return { text: decodeUtf8(bytes, shown), shown };
}

/**
 * Reads a JSON file as input: as `readInputText`, and refuses nesting deeper than the depth
 * limit before anything parses it. The text is returned unparsed, for the loaders to parse and
 * locate their own problems in.
 * @example
 * const { text, shown } = readJsonInput("my-scenario.json", "a scenario JSON file");
 */
export function readJsonInput(path: string, what: InputKind, options: InputOptions = {}): InputText {
  const r = readInputText(path, what, options);
  checkJsonDepth(r.text, r.shown, inputLimits(options).maxDepth);
  return r;
}
