import { checkHorizon } from "./ensemble.js";

/** A front-distance report known at the origin. */
export interface DistanceReport {
  /** When it was reported, in days on the scenario's own scale (e.g. since its epoch; fractional). */
  readonly day: number;
  /** The distance left to the objective, in km. */
  readonly km: number;
}

/**
 * The "no change" baseline: the milestone does not happen within the horizon. As an
 * ensemble, one member at `Infinity`.
 * @example
 * noChange(30); // [Infinity]
 */
export function noChange(horizon: number): readonly number[] {
  checkHorizon(horizon);
  return [Number.POSITIVE_INFINITY];
}

/** The reports sorted by day, ties kept in the order given. */
function byDay(reports: readonly DistanceReport[], origin: number): DistanceReport[] {
  reports.forEach((r, i) => {
    if (!Number.isFinite(r.day)) throw new RangeError(`report ${i}: day must be a finite number, got ${r.day}`);
    if (!(Number.isFinite(r.km) && r.km >= 0)) {
      throw new RangeError(`report ${i}: km must be a finite distance >= 0 to the objective, got ${r.km}`);
    }
    if (r.day > origin) {
      throw new RangeError(
        `report ${i} is from day ${r.day}, after the origin (day ${origin}): give only the reports known at the origin`,
      );
    }
  });
  return [...reports].sort((a, b) => a.day - b.day);
}

/**
 * The straight-line baseline: extrapolate the last observed rate of advance. Of the reports
 * known at the origin, takes the last (latest day; among reports of that day, the last given)
 * and the last one of an earlier day; rate = (km_prev - km_last) / (day_last - day_prev). A
 * positive rate reaches the objective on day `day_last + km_last / rate`, returned as a
 * one-member ensemble of days after the origin (at least 0; `Infinity` beyond the horizon). A
 * last report at 0 km means the objective is reached (0 days). Fewer than two report days, or
 * a rate <= 0, fall back to `noChange`.
 * @param reports front-distance reports, all on or before the origin
 * @param origin the day forecasts are made from, on the reports' scale
 * @param horizon days after the origin beyond which the milestone counts as "not within"
 * @example
 * straightLine([{ day: 0, km: 30 }, { day: 10, km: 20 }], 12, 60); // [18]: 1 km/day, 20 km left on day 10 → day 30
 */
export function straightLine(reports: readonly DistanceReport[], origin: number, horizon: number): readonly number[] {
  checkHorizon(horizon);
  if (!Number.isFinite(origin)) throw new RangeError(`origin must be a finite day, got ${origin}`);
  const sorted = byDay(reports, origin);
  const last = sorted.at(-1);
  if (last === undefined) return noChange(horizon);
  if (last.km === 0) return [0];
  const prev = sorted.findLast((r) => r.day < last.day);
  if (prev === undefined) return noChange(horizon);
  const rate = (prev.km - last.km) / (last.day - prev.day);
  if (!(rate > 0)) return noChange(horizon);
  const after = Math.max(0, last.day + last.km / rate - origin);
  return [after > horizon ? Number.POSITIVE_INFINITY : after];
}

/**
 * The historical baseline: the distribution of past times-to-capture (days from an axis'
 * first distance report to the capture of its objective), pooled from the other axes and
 * scenarios, taken as the ensemble as it is. No durations fall back to no change (`[Infinity]`).
 * @param durations past times-to-capture in days, each >= 0
 * @example
 * historical([12, 30, 45]); // [12, 30, 45]
 * historical([]); // [Infinity]
 */
export function historical(durations: readonly number[]): readonly number[] {
  durations.forEach((d, i) => {
    if (!(d >= 0)) throw new RangeError(`duration ${i} must be a number of days >= 0, got ${d}`);
  });
  return durations.length === 0 ? [Number.POSITIVE_INFINITY] : [...durations];
}
