import type { Scenario } from "./scenario.js";

// Scenarios whose every rule was checked when they were loaded or compiled: a question about one
// moment of such a scenario may replay only up to that moment (see `TimelineOptions.lazy`).
const checked = new WeakSet<Scenario>();

/** Records that every rule of `scenario` was checked; returns it. */
export function markRulesChecked(scenario: Scenario): Scenario {
  checked.add(scenario);
  return scenario;
}

/** Whether every rule of `scenario` was checked when it was loaded (a compiled or cached scenario, or `checkRules` on). */
export function rulesChecked(scenario: Scenario): boolean {
  return checked.has(scenario);
}
