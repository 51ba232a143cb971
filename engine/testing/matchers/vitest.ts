import { expect } from "vitest";
import type { SideId } from "../../model/ids.js";
import type { ControlBasis } from "../../state/types.js";
import { type ExpectedCasualties, toHaveCasualties } from "./casualties.js";
import { toBeContested, toHaveControlBasis, toHaveController, toHaveShares } from "./control.js";
import {
  type ForecastSubject,
  type LaterThan,
  type MilestoneProbability,
  toComeLaterThan,
  toHaveMedianBetween,
  toHaveMilestoneProbability,
} from "./forecast.js";
import { toBeWithinKm } from "./fronts.js";
import { type SiegeStatusOrAbsent, toHaveSiegeStatus } from "./siege.js";

/**
 * sitrep's matchers, for `expect.extend`. The state matchers take a `State`, a `Snapshot`, or a
 * `{ state, catalogue }` pair; places may be named by id, name or any alias. The forecast
 * matchers take a `Forecast` or a `BranchForecast`; milestones are named by id.
 * @example
 * expect.extend(sitrepMatchers); // what setupMatchers() does
 */
export const sitrepMatchers = Object.freeze({
  toHaveController,
  toHaveControlBasis,
  toHaveShares,
  toBeContested,
  toHaveSiegeStatus,
  toBeWithinKm,
  toHaveCasualties,
  toHaveMilestoneProbability,
  toHaveMedianBetween,
  toComeLaterThan,
});

/** The matchers as `expect(...)` offers them once `setupMatchers()` has run. */
export interface SitrepMatchers<R = unknown> {
  /** The place (id, name or any alias) is controlled by `side` (id or name), or by nobody known for `null`. */
  toHaveController(place: string, side: SideId | null): R;
  /**
   * The place's control is `reported`, `inferred` (from the capture `from`, when given: see
   * `Scenario.inferred`), or unknown for `null`.
   */
  toHaveControlBasis(place: string, basis: ControlBasis | null, from?: string): R;
  /** The place is divided in exactly these shares (side to fraction), or not divided for `null`. */
  toHaveShares(place: string, shares: Readonly<Record<string, number>> | null): R;
  /** Fighting in or for the place is going on. */
  toBeContested(place: string): R;
  /** The siege (id or name) has this status; `"absent"` for one not laid yet. */
  toHaveSiegeStatus(siege: string, status: SiegeStatusOrAbsent): R;
  /** `side`'s front to the place is at most `km` away, by its best estimate. */
  toBeWithinKm(place: string, side: string, km: number): R;
  /** `claimant` counts `side`'s losses so (numbers are best estimates; objects name bounds). */
  toHaveCasualties(side: string, claimant: string, figures: ExpectedCasualties): R;
  /** Of a forecast: the share of runs in which the milestone happened by `by` (default the horizon) lies within `within`. */
  toHaveMilestoneProbability(milestone: string, expected: MilestoneProbability): R;
  /** Of a forecast: the milestone's median date lies from `from` to `to` (YYYY-MM-DD, both included). */
  toHaveMedianBetween(milestone: string, from: string, to: string): R;
  /** Of a forecast: in at least `probability` of the paired runs (run i of each, same seed) the milestone comes later than in `other`. */
  toComeLaterThan(other: ForecastSubject, milestone: string, expected: LaterThan): R;
}

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's own declaration `Matchers<T = any>` to merge with it.
  interface Matchers<T = any> extends SitrepMatchers<T> {}
}

/** Anything with `extend`, such as vitest's `expect`. */
export interface Extendable {
  extend(matchers: typeof sitrepMatchers): void;
}

/**
 * Adds sitrep's matchers to vitest's `expect` (or the `expect` given). Call it once, in a setup
 * file or at the top of a test file.
 * @example
 * import { setupMatchers } from "sitrep/testing";
 * setupMatchers();
 * expect(Campaign.of(s).at("2017-08-03")).toHaveController("Sukhna", "isil");
 */
export function setupMatchers(target: Extendable = expect): void {
  target.extend(sitrepMatchers);
}
