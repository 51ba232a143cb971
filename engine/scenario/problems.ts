import { findNodeAtLocation, type Node, parseTree } from "jsonc-parser";
import { formatPath, type Problem, SitrepError } from "../errors/sitrep-error.js";

/** One thing wrong with a file: where, what, and what was expected. */
export interface LoadProblem extends Problem {
  /** The file, as given. */
  readonly file: string;
}

/** Formats a problem as one line: `file:line:col: at events[12].time: message` (without a file, `at ...: message`). */
export function formatProblem(p: Problem): string {
  const where = p.file === null ? "" : p.line === null ? `${p.file}:` : `${p.file}:${p.line}:${p.column ?? 1}:`;
  const path = p.path.length === 0 ? "" : ` at ${formatPath(p.path)}:`;
  return `${where}${path} ${p.message}`.trimStart();
}

/** Maps JSON paths of one text to lines and columns. */
export class SourceMap {
  readonly #text: string;
  readonly #tree: Node | undefined;
  readonly #lineStarts: number[];

  constructor(text: string) {
    this.#text = text;
    this.#tree = parseTree(text);
    this.#lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#lineStarts.push(i + 1);
  }

  /** Line and column (1-based) of the deepest node that exists along `path`. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | null {
    if (this.#tree === undefined) return null;
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.#tree, path.slice(0, n) as (string | number)[]);
      if (node !== undefined) {
        const at = node.parent?.type === "property" ? node.parent.offset : node.offset;
        return this.position(at);
      }
    }
    return null;
  }

  /** Line and column (1-based) of a character offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.#lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.#lineStarts[lo] as number) + 1 };
  }

  get text(): string {
    return this.#text;
  }
}

/** Thrown when a scenario or catalogue cannot be loaded: carries every problem found. */
export class ScenarioLoadError extends SitrepError<"scenario-invalid", "bad-input"> {
  override readonly name = "ScenarioLoadError";
  declare readonly problems: readonly LoadProblem[];
  constructor(problems: readonly LoadProblem[]) {
    super(
      "scenario-invalid",
      "bad-input",
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${[...new Set(problems.map((p) => p.file))].join(", ")}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
      { problems },
    );
  }
}
