/**
 * A forecast of one milestone: the sampled days after the origin at which it happens, one per
 * run. A run in which it did not happen within the horizon holds `Infinity` (or any value
 * above the horizon).
 */
export type Ensemble = readonly number[] | Float64Array;

/**
 * Censors a number of days at the horizon: `min(x, horizon)`. "Not within the horizon" is an
 * outcome of its own, a point mass at the horizon, so a run that never reaches the milestone
 * (`Infinity`) and one that reaches it a day after the horizon count alike.
 * @example
 * censor(12.5, 30); // 12.5
 * censor(Infinity, 30); // 30
 */
export function censor(x: number, horizon: number): number {
  return Math.min(x, horizon);
}

/**
 * Throws unless the horizon is a finite number of days >= 0.
 * @example
 * checkHorizon(30); // passes
 * checkHorizon(Infinity); // RangeError: horizon must be a finite number of days >= 0 ...
 */
export function checkHorizon(horizon: number): void {
  if (!(Number.isFinite(horizon) && horizon >= 0)) {
    throw new RangeError(`horizon must be a finite number of days >= 0 after the origin, got ${horizon}`);
  }
}

/**
 * The censored observation; throws when it is not a number of days (NaN, -Infinity).
 * @example
 * censoredObservation(Infinity, 30); // 30
 */
export function censoredObservation(y: number, horizon: number): number {
  checkHorizon(horizon);
  const c = censor(y, horizon);
  if (!Number.isFinite(c)) {
    throw new RangeError(
      `observation must be the days after the origin, or Infinity when the milestone did not happen within the horizon, got ${y}`,
    );
  }
  return c;
}

/**
 * The ensemble censored at the horizon and sorted ascending, as a new array. Throws when the
 * ensemble is empty or a member is not a number of days (NaN, -Infinity).
 * @example
 * censoredSorted([Infinity, 4, 12], 10); // Float64Array [4, 10, 10]
 */
export function censoredSorted(ensemble: Ensemble, horizon: number): Float64Array {
  checkHorizon(horizon);
  if (ensemble.length === 0) throw new RangeError("an ensemble needs at least one member (one per run)");
  const out = new Float64Array(ensemble.length);
  for (let i = 0; i < ensemble.length; i++) {
    const x = ensemble[i] as number;
    const c = censor(x, horizon);
    if (!Number.isFinite(c)) {
      throw new RangeError(
        `ensemble member ${i} is ${x}: give the days after the origin, or Infinity when the milestone did not happen within the horizon`,
      );
    }
    out[i] = c;
  }
  return out.sort();
}
