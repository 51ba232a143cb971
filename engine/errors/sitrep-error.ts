/**
 * The one family of sitrep's errors. Every error the engine throws on purpose is a
 * `SitrepError`: it has a stable `code` (what a program tests), a `kind` (what the caller
 * should do about it), and the structured `problems` behind it, each with its path as an array
 * (as zod's issues have), never joined into a string to be split again.
 *
 * `isSitrepError` recognises one across copies of the module (two installed versions of the
 * package, a worker's bundle), through a brand registered with `Symbol.for`, as fast-check's
 * errors are, where `instanceof` would fail.
 */

/** The brand every sitrep error carries, shared across copies of the module. */
const BRAND: unique symbol = Symbol.for("sitrep.error") as never;

/**
 * What a caller should do about an error:
 * - `bad-input`: what was given is malformed or out of range: fix the input;
 * - `rule-broken`: well-formed events that break a rule of the domain (a capture of a place the
 *   side already holds, an edit whose event loses its footing): fix the log or the branch;
 * - `not-found`: a name or id that does not exist (a place, event, scenario): see the suggestions;
 * - `internal`: sitrep's own failure: report it.
 */
export type ErrorKind = "bad-input" | "rule-broken" | "not-found" | "internal";

/** One thing wrong: where (a file, a path inside it and, where known, its line and column) and what. */
export interface Problem {
  /** The file, as given; null when the input was not a file (a value in code). */
  readonly file: string | null;
  /** Path inside the input, e.g. `["events", 12, "time"]`; empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** 1-based line and column of that path in the file, where known. */
  readonly line: number | null;
  readonly column: number | null;
  /** What is wrong, and what would be right. */
  readonly message: string;
}

/** `["events", 12, "time"]` as `events[12].time`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`)).join("");
}

/** What a `SitrepError` takes besides its message: the problems behind it, and what caused it. */
export interface SitrepErrorOptions {
  readonly problems?: readonly Problem[];
  readonly cause?: unknown;
}

/**
 * The base class of every error sitrep throws on purpose. A subclass names its `code` and `kind`
 * once, as the type arguments its constructor passes on: `class ModelError extends
 * SitrepError<"model-invalid", "bad-input">`, `super("model-invalid", "bad-input", message)`.
 */
export abstract class SitrepError<Code extends string = string, Kind extends ErrorKind = ErrorKind> extends Error {
  /** A stable identifier of the error, e.g. `scenario-invalid`, `rule-violation`, `not-found`. */
  readonly code: Code;
  /** What a caller should do about it; the CLI maps it to an exit code. */
  readonly kind: Kind;

  /**
   * The problems behind the error; by default one, the message itself. Errors that find several
   * problems at once (a scenario file's) list each.
   */
  readonly problems: readonly Problem[];

  protected constructor(code: Code, kind: Kind, message: string, options: SitrepErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = kind;
    this.problems = options.problems ?? [{ file: null, path: [], line: null, column: null, message }];
  }
}
Object.defineProperty(SitrepError.prototype, BRAND, { value: true });

/**
 * True for an error sitrep threw on purpose, from this copy of the package or any other.
 * @example
 * try { loadScenario("./mine.json"); } catch (e) {
 *   if (isSitrepError(e) && e.code === "scenario-invalid") for (const p of e.problems) console.log(p.line, p.message);
 * }
 */
export function isSitrepError(e: unknown): e is SitrepError {
  return typeof e === "object" && e !== null && (e as { [BRAND]?: unknown })[BRAND] === true;
}
