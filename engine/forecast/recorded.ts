import { RuleViolationError } from "../errors/rule-violation.js";
import { walk } from "../reducer/reduce.js";
import { DAY_MS } from "./history.js";
import { type Milestone, reachedIn } from "./milestones.js";
import type { PreparedForecast } from "./setup.js";

/** When the log itself records a milestone after the origin. */
export interface Recorded {
  /** Days after the origin (the earliest time of the event that made it so). */
  readonly days: number;
  readonly event: string;
  readonly time: string;
  /** 1 for an objective reached; for a siege, 1 + its end in `SIEGE_ENDS`. */
  readonly how: number;
}

/**
 * What the log records after the origin, judged on states as a forecast's runs are: for each
 * milestone, the first later event after which it holds, or null when the log never gets
 * there (or breaks a rule first: a branch may). This is history, for scoring and comparison;
 * a forecast never reads it.
 */
export function recordedOutcomes(prepared: PreparedForecast): ReadonlyMap<string, Recorded | null> {
  const { setup } = prepared;
  const out = new Map<string, Recorded | null>(setup.milestones.map((m) => [m.id, null]));
  const later = prepared.events.slice(prepared.known);
  let open = setup.milestones.length;
  // Apply the later events until one breaks a rule: what follows it has no footing.
  try {
    walk(setup.start, later, (state, event) => {
      if (open === 0) return;
      for (const m of setup.milestones as readonly Milestone[]) {
        if (out.get(m.id) !== null) continue;
        const how = reachedIn(m, state);
        if (how === 0) continue;
        open--;
        out.set(m.id, {
          days: (Date.parse(event.time.earliest) - prepared.origin.ms) / DAY_MS,
          event: event.id,
          time: event.time.earliest,
          how,
        });
      }
    });
  } catch (e) {
    // A later event breaks a rule (a branch's edits may do that): what was recorded before it stands.
    if (!(e instanceof RuleViolationError)) throw e;
  }
  return out;
}
