import { join } from "node:path";
import { scenariosDir } from "../../engine/paths.js";
import { loadScenarioFile } from "../../engine/scenario/load.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { Ledger } from "../../engine/state/ledger.js";
import type { PlaceState, SiegeState, State } from "../../engine/state/types.js";
import { parseInstant } from "../../engine/time/instant.js";
import { Timeline } from "../../engine/timeline/timeline.js";

const cache = new Map<string, { scenario: Scenario; timeline: Timeline }>();

/** A built-in scenario and its timeline, loaded once per test file. */
export function builtIn(id: string): { scenario: Scenario; timeline: Timeline } {
  let hit = cache.get(id);
  if (hit === undefined) {
    const scenario = loadScenarioFile(join(scenariosDir(), `${id}.json`));
    hit = { scenario, timeline: Timeline.build(scenario.initial, scenario.events, { snapshotEvery: 16 }) };
    cache.set(id, hit);
  }
  return hit;
}

/** The state of a built-in scenario at a time as a user writes it ("2017-09-05" is the end of that day). */
export function stateOn(id: string, when: string): State {
  const { scenario, timeline } = builtIn(id);
  return timeline.stateAt(parseInstant(when, scenario.timeZone).ms);
}

/** A place's record in a state, by id. */
export function place(state: State, id: string): PlaceState {
  const i = state.refs.placeIndex[id];
  const p = i === undefined ? undefined : state.places[i];
  if (p === undefined) throw new Error(`no place '${id}' in the catalogue`);
  return p;
}

/** A place's shares by their best values (side to fraction), or null when it is not divided. */
export function bestShares(p: PlaceState): Record<string, number> | null {
  return p.shares === null ? null : Object.fromEntries(Object.entries(p.shares).map(([s, q]) => [s, q.best]));
}

/** A siege's record in a state, by id. */
export function siege(state: State, id: string): SiegeState {
  const s = Ledger.get(state.sieges, id);
  if (s === undefined)
    throw new Error(`no siege '${id}' in this state (known: ${Ledger.keys(state.sieges).join(", ")})`);
  return s;
}
