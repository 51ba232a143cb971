import assert from "node:assert/strict";
import type { Catalogue } from "../../catalogue/catalogue.js";
import type { RuleId } from "../../errors/rule-violation.js";
import type { DomainEvent } from "../../events/event.js";
import type { EventId } from "../../model/ids.js";
import type { Scenario } from "../../scenario/scenario.js";
import type { State } from "../../state/types.js";
import { BranchEditError, type EditedLog } from "../../whatif/apply.js";
import { type Branch, describeEdit, type Edit } from "../../whatif/branch.js";
import { type Comparison, compare } from "../../whatif/compare.js";
import { EditChain } from "../../whatif/edit-chain.js";
import { type Consequence, replayBranch } from "../../whatif/replay.js";
import { registerScenario } from "../subject.js";

/** What a branch comes to: the state, the events that lost their footing, and the edited log. Matchers read it directly. */
export interface WhatIfOutcome {
  readonly scenario: Scenario;
  readonly branch: Branch;
  readonly state: State;
  readonly consequences: readonly Consequence[];
  readonly log: EditedLog;
  /** The scenario's catalogue, so the matchers resolve names in it. */
  readonly catalogue: Catalogue;
  /** The initial facts and the edited log, so the matchers quote the events as the branch has them. */
  readonly events: readonly DomainEvent[];
  /** The base and the branch compared at the moment the branch was replayed to (default: the end). */
  compare(): Comparison;
}

function listConsequences(cs: readonly Consequence[]): string {
  if (cs.length === 0) return "  (no event lost its footing)";
  return cs
    .map(
      (c) =>
        `  - '${c.event.id}' breaks '${c.rule}' (edit ${c.edit === null ? "none" : `edits[${c.edit}]`}): ${c.message}`,
    )
    .join("\n");
}

/**
 * A what-if under test: edits to a scenario's log (each call returns a new, immutable spec),
 * then what must follow. Read like the question: `whatIf(s).drop("x").thenLosesFooting("y")`.
 */
export class WhatIf extends EditChain<WhatIf> {
  readonly #scenario: Scenario;
  readonly #name: string;
  readonly #edits: readonly Edit[];
  readonly #until: string | undefined;

  constructor(scenario: Scenario, name: string, edits: readonly Edit[] = [], until?: string) {
    super();
    this.#scenario = scenario;
    this.#name = name;
    this.#edits = edits;
    this.#until = until;
  }

  protected override withEdit(edit: Edit): WhatIf {
    return this.#add(edit);
  }

  #add(...edits: readonly Edit[]): WhatIf {
    return new WhatIf(this.#scenario, this.#name, [...this.#edits, ...edits], this.#until);
  }

  /** Any edits, as a branch file or `branchEditsArb` gives them. */
  edits(edits: readonly Edit[]): WhatIf {
    return this.#add(...edits);
  }

  /** Replays only up to this moment: a date (end of that day in the scenario's zone) or an ISO time. */
  until(when: string): WhatIf {
    return new WhatIf(this.#scenario, this.#name, this.#edits, when);
  }

  /** The branch as plain data (its edits are checked when it is replayed). */
  get branch(): Branch {
    return { name: this.#name, note: "", base: this.#scenario.id, edits: this.#edits };
  }

  /** Replays the branch tolerantly and returns what it comes to, asserting nothing. */
  outcome(): WhatIfOutcome {
    const scenario = this.#scenario;
    const branch = this.branch;
    const until = this.#until;
    const run = replayBranch(scenario, branch, until === undefined ? {} : { until });
    return {
      scenario,
      branch,
      state: run.state,
      consequences: run.consequences,
      log: run.log,
      catalogue: scenario.catalogue,
      events: [...scenario.initialEvents, ...run.log.events],
      compare: () => compare(scenario, branch, until === undefined ? {} : { at: until }),
    };
  }

  /** The branch applies; `check` reads what it comes to (use the matchers on it). Returns the outcome. */
  thenExpect(check: (outcome: WhatIfOutcome) => void): WhatIfOutcome {
    const o = this.outcome();
    check(o);
    return o;
  }

  /** No event loses its footing in the branch. */
  thenKeepsFooting(): WhatIfOutcome {
    const o = this.outcome();
    if (o.consequences.length > 0) {
      assert.fail(`expected every event of the branch to keep its footing, but:\n${listConsequences(o.consequences)}`);
    }
    return o;
  }

  /**
   * `event` loses its footing in the branch (breaking `rule`, if given); every consequence is
   * listed when it does not. Returns that consequence.
   */
  thenLosesFooting(event: EventId, rule?: RuleId): Consequence {
    const o = this.outcome();
    const c = o.consequences.find((x) => x.event.id === event);
    if (c === undefined) {
      const edits = this.#edits.map((e, i) => `edits[${i}]: ${describeEdit(e)}`).join("; ");
      assert.fail(
        `expected '${event}' to lose its footing${rule === undefined ? "" : ` (rule '${rule}')`} after ${edits || "no edits"}, but it keeps it; what lost its footing:\n${listConsequences(o.consequences)}`,
      );
    }
    if (rule !== undefined && c.rule !== rule) {
      assert.fail(`expected '${event}' to lose its footing by rule '${rule}', but it breaks '${c.rule}': ${c.message}`);
    }
    return c;
  }

  /** The edits do not apply to the log: returns the `BranchEditError` (for edit `index`, its message matching `message`, when given). */
  thenRejectsEdit(index?: number, message?: RegExp): BranchEditError {
    let caught: unknown;
    try {
      this.outcome();
    } catch (e) {
      caught = e;
    }
    if (!(caught instanceof BranchEditError)) {
      assert.fail(
        `expected an edit to be rejected, but ${caught === undefined ? "the branch applied" : `it threw ${String(caught)}`}`,
      );
    }
    if (index !== undefined) assert.equal(caught.editIndex, index, `another edit was rejected: ${caught.message}`);
    if (message !== undefined) assert.match(caught.message, message);
    return caught;
  }
}

/**
 * Starts a what-if over a scenario: edits, then what must follow, reading like the domain.
 * The scenario is registered, so the matchers read its states' names in its catalogue.
 * @example
 * whatIf(s).drop("cs-0905-link-up-137th").thenLosesFooting("cs-0905-siege-broken", "dependency-missing");
 * whatIf(s)
 *   .drop("cs-0905-link-up-137th")
 *   .until("2017-09-06")
 *   .thenExpect((outcome) => expect(outcome).toHaveSiegeStatus("deir-ez-zor-city", "active"));
 */
export function whatIf(scenario: Scenario, name = "what-if"): WhatIf {
  registerScenario(scenario);
  return new WhatIf(scenario, name);
}
