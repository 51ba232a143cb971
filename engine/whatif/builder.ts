import { resolve } from "node:path";
import { builtInScenarios } from "../scenario/builtin.js";
import { ScenarioLoadError } from "../scenario/problems.js";
import type { Scenario } from "../scenario/scenario.js";
import type { Branch, Edit } from "./branch.js";
import { EditChain } from "./edit-chain.js";
import { checkBranch } from "./file.js";

/**
 * A fluent, immutable builder of branches: every call returns a new builder, so one fork can
 * be the start of several.
 */
export class BranchBuilder extends EditChain<BranchBuilder> {
  readonly #name: string;
  readonly #note: string;
  readonly #base: string | null;
  readonly #scenario: Scenario | null;
  readonly #edits: readonly Edit[];

  constructor(
    name: string,
    note = "",
    base: string | null = null,
    scenario: Scenario | null = null,
    edits: readonly Edit[] = [],
  ) {
    super();
    this.#name = name;
    this.#note = note;
    this.#base = base;
    this.#scenario = scenario;
    this.#edits = edits;
  }

  #with(changes: { note?: string; base?: string; scenario?: Scenario | null; edits?: readonly Edit[] }): BranchBuilder {
    return new BranchBuilder(
      this.#name,
      changes.note ?? this.#note,
      changes.base ?? this.#base,
      changes.scenario === undefined ? this.#scenario : changes.scenario,
      changes.edits ?? this.#edits,
    );
  }

  protected override withEdit(edit: Edit): BranchBuilder {
    return this.#with({ edits: [...this.#edits, edit] });
  }

  /** The scenario to fork: a loaded scenario (its edits are then checked by `build`), a built-in id, or a file path. */
  from(scenario: Scenario | string): BranchBuilder {
    return typeof scenario === "string"
      ? this.#with({ base: scenario, scenario: null })
      : this.#with({ base: baseOf(scenario), scenario });
  }

  /** What the branch asks. */
  note(text: string): BranchBuilder {
    return this.#with({ note: text });
  }

  /**
   * The branch, as plain data. When `from` was given a loaded scenario, every edit is checked
   * against it first and a `ScenarioLoadError` lists each problem (edit index, id, closest ids).
   */
  build(): Branch {
    if (this.#base === null) {
      throw new TypeError(`branch '${this.#name}': say which scenario it forks with .from(scenario) before .build()`);
    }
    const branch: Branch = { name: this.#name, note: this.#note, base: this.#base, edits: this.#edits };
    if (this.#scenario !== null) {
      const problems = checkBranch(branch, this.#scenario, `branch '${this.#name}'`);
      if (problems.length > 0) throw new ScenarioLoadError(problems);
    }
    return Object.freeze(branch);
  }
}

/** How a branch file names a loaded scenario: its built-in id, or the absolute path of its file. */
function baseOf(scenario: Scenario): string {
  if (scenario.file === null) return scenario.id;
  const file = resolve(scenario.file);
  return builtInScenarios().some((e) => e.id === scenario.id && resolve(e.file) === file) ? scenario.id : file;
}

/**
 * Starts a branch: `branch(name).from(scenario)` then any edits, `.note(...)` and `.build()`.
 * @example
 * const noLinkUp = branch("no-link-up")
 *   .from(loadScenario("central-syria-2017"))
 *   .drop("cs-0905-link-up-137th")
 *   .note("What if the army had not reached the 137th Brigade on 5 September?")
 *   .build();
 */
export function branch(name: string): BranchBuilder {
  return new BranchBuilder(name);
}
