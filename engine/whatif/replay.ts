import { type RuleId, RuleViolationError, type Violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import type { EventId } from "../model/ids.js";
import type { Scenario } from "../scenario/scenario.js";
import type { State } from "../state/types.js";
import { parseInstant } from "../time/instant.js";
import { applyCompiled, type CompiledEdit, compileEdits, type EditedLog } from "./apply.js";
import type { Branch } from "./branch.js";
import { type Lost, replayFooting } from "./footing.js";

/** An event of the branch that no longer holds: the rule it breaks and the edit it traces back to. */
export interface Consequence {
  readonly event: DomainEvent;
  readonly rule: RuleId;
  readonly message: string;
  /** The first edit whose inclusion makes the event fail (its index in `branch.edits`), or null when it fails without any edit. */
  readonly edit: number | null;
}

/** What replaying a branch gives. */
export interface BranchReplay {
  readonly state: State;
  /** Events that lost their footing, in log order (always empty in strict mode, which throws instead). */
  readonly consequences: readonly Consequence[];
  /** The edited log, and which edit each event comes from. */
  readonly log: EditedLog;
}

/** Options of `replayBranch`. */
export interface BranchReplayOptions {
  /** `strict` throws on the first event that loses its footing; `tolerant` (default) skips it and reports it. */
  readonly mode?: "strict" | "tolerant";
  /** Stop at this moment: a date (end of that day in the scenario's zone) or an ISO time. */
  readonly until?: string;
}

/** Thrown by strict branch replay: the rule broken, and the edit it traces back to. */
export class BranchViolationError extends RuleViolationError {
  constructor(
    violation: Violation,
    /** Index in `branch.edits` of the edit the failure traces to, or null. */
    readonly edit: number | null,
    editText: string | null,
  ) {
    super(violation);
    if (edit !== null) this.message = `${this.message} It traces to edits[${edit}]: ${editText ?? ""}.`;
  }
}

/**
 * For each lost event id, the first k such that replaying with edits 0..k loses it (null when
 * the base log alone loses it). Replays the log once per edit at most: scenarios are small.
 */
export function attribute(
  initial: State,
  base: readonly DomainEvent[],
  edits: readonly CompiledEdit[],
  zone: string,
  lostIds: ReadonlySet<EventId>,
  untilMs?: number,
): Map<EventId, number | null> {
  const out = new Map<EventId, number | null>();
  const options = untilMs === undefined ? {} : { untilMs };
  for (let k = -1; k < edits.length && out.size < lostIds.size; k++) {
    const log = applyCompiled(base, edits.slice(0, k + 1), zone).events;
    for (const l of replayFooting(initial, log, { ...options, freeze: false }).lost) {
      if (lostIds.has(l.event.id) && !out.has(l.event.id)) out.set(l.event.id, k < 0 ? null : k);
    }
  }
  return out;
}

/**
 * Replays a branch of `scenario`. Strict mode throws `BranchViolationError` (a
 * `RuleViolationError`) on the first event that loses its footing, naming the edit it traces
 * to. Tolerant mode applies what it can and returns, beside the state, the consequences: every
 * event that no longer holds, the rule it breaks (`dependency-missing` when an event it
 * `dependsOn` was dropped or itself failed), and the first edit whose inclusion makes it fail,
 * found by replaying with edits 0..k for k = 0, 1, ...
 * @example
 * const b = branch("no-link-up").from(s).drop("cs-0905-link-up-137th").build();
 * const { consequences } = replayBranch(s, b);
 * consequences.map((c) => [c.event.id, c.rule, c.edit]); // [["cs-0905-siege-broken", "dependency-missing", 0]]
 */
export function replayBranch(scenario: Scenario, branch: Branch, options: BranchReplayOptions = {}): BranchReplay {
  const zone = scenario.timeZone;
  const compiled = compileEdits(branch.edits, zone);
  const log = applyCompiled(scenario.events, compiled, zone);
  const untilMs = options.until === undefined ? undefined : parseInstant(options.until, zone).ms;
  const opts = untilMs === undefined ? {} : { untilMs };
  if (options.mode === "strict") {
    try {
      return {
        state: replayFooting(scenario.initial, log.events, { ...opts, strict: true }).state,
        consequences: [],
        log,
      };
    } catch (e) {
      if (!(e instanceof RuleViolationError)) throw e;
      const edit = attribute(scenario.initial, scenario.events, compiled, zone, new Set([e.eventId]), untilMs).get(
        e.eventId,
      );
      const at = edit ?? null;
      throw new BranchViolationError(e.violation, at, at === null ? null : (compiled[at]?.text ?? null));
    }
  }
  const run = replayFooting(scenario.initial, log.events, opts);
  const by = attribute(
    scenario.initial,
    scenario.events,
    compiled,
    zone,
    new Set(run.lost.map((l) => l.event.id)),
    untilMs,
  );
  return {
    state: run.state,
    consequences: run.lost.map((l: Lost) => consequenceOf(l, by.get(l.event.id) ?? null)),
    log,
  };
}

function consequenceOf(l: Lost, edit: number | null): Consequence {
  return { event: l.event, rule: l.violation.rule, message: l.violation.message, edit };
}
