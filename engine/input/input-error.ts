import { type Problem, SitrepError } from "../errors/sitrep-error.js";

/** Where in a file an input problem is, when known (1-based). */
export interface InputPlace {
  readonly line: number;
  readonly column: number;
}

/**
 * A file that cannot be taken as input: missing, not a regular file, too large, not UTF-8,
 * nested too deep. Its message is one line naming the file, what is wrong and what would be right.
 * @example
 * try { readInputText("x.json") } catch (e) { if (e instanceof InputError) e.problem.file; }
 */
export class InputError extends SitrepError<"input-unreadable", "bad-input"> {
  override readonly name = "InputError";
  constructor(
    /** The file (or setting) as shown to the user. */
    readonly file: string,
    /** What is wrong and what would be right, without the file. */
    readonly reason: string,
    readonly at: InputPlace | null = null,
  ) {
    super("input-unreadable", "bad-input", `${at === null ? file : `${file}:${at.line}:${at.column}`}: ${reason}`, {
      problems: [{ file, path: [], line: at?.line ?? null, column: at?.column ?? null, message: reason }],
    });
  }

  /** The error as a load problem (`file`, `line`, `column`, `message`), for the loaders' reports. */
  get problem(): Problem & { readonly file: string } {
    return {
      file: this.file,
      path: [],
      line: this.at?.line ?? null,
      column: this.at?.column ?? null,
      message: this.reason,
    };
  }
}
