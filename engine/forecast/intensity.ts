import type { KnownHistory } from "./history.js";
import type { IntensityModel } from "./model.js";
import { type RateSpread, rateSpread } from "./rate-spread.js";

/**
 * The theatre's intensity as fitted at the origin: the spread of its rate of death reports, with
 * the counts it was read from. Each run draws one factor of mean 1 and this variance, which every
 * stream of reports multiplies its rate by.
 */
export type IntensityFit = RateSpread;

/**
 * How much the theatre's rate of death reports (casualty reports and reports of civilians
 * killed, of every side) moves from one block of days to the next beyond chance, read as
 * `rateSpread` reads one stream's, from the log known at the origin. Spread 0 (every run's
 * factor exactly 1) when the model turns it off.
 * @example
 * theatreIntensity(history, DEFAULT_FORECAST_MODEL.intensity).spread; // 0.31
 */
export function theatreIntensity(history: KnownHistory, model: IntensityModel): IntensityFit {
  if (!model.enabled) return { blocks: [], spread: 0 };
  const t = history.target;
  const times: number[] = [];
  for (const e of t.events)
    if (e.type === "casualties" || e.type === "civilians-killed") times.push(Date.parse(e.time.earliest));
  return rateSpread(times, history.originMs, t.startMs, model);
}

/**
 * What is left of a stream's own spread `s` beside the theatre's `shared` one: the variance of the
 * stream's own factor such that, multiplied by the shared factor, its rate keeps the spread `s`
 * (`(1 + s) / (1 + shared) − 1`), or none when the shared spread is the larger.
 * @example
 * ownSpread(0.8, 0.5); // 0.2: (1 + 0.2)(1 + 0.5) = 1 + 0.8
 */
export function ownSpread(s: number, shared: number): number {
  return Math.max(0, (1 + s) / (1 + shared) - 1);
}
