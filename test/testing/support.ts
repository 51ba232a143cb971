import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";

/** A user's own scenario: the CLI fixture, whose place `fx-wadi` ("Wadi Fixture", alias "Fixture Town") is not built in. Loaded afresh on each call. */
export function userScenario(): Scenario {
  return loadScenarioFile(join(fileURLToPath(new URL("../cli/fixtures", import.meta.url)), "fixture-siege.json"));
}

/** The message of what `f` throws (fails when it throws nothing). */
export function failureOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error("expected a failure, but nothing was thrown");
}

/** The quote of a scenario's event. */
export function quoteOf(scenario: Scenario, id: string): string {
  const e = [...scenario.initialEvents, ...scenario.events].find((x) => x.id === id);
  if (e === undefined) throw new Error(`no event '${id}' in '${scenario.id}'`);
  if (e.source.quote === null) throw new Error(`event '${id}' cites a dataset row, not a quote`);
  return e.source.quote;
}
