import type { DomainEvent } from "../events/event.js";
import type { Refs } from "../state/types.js";

/** One scenario's events as far as they were known at the origin. */
export interface KnownLog {
  readonly scenario: string;
  /** The facts the scenario starts from (sieges already laid, places already held). */
  readonly initial: readonly DomainEvent[];
  /** Events whose earliest time is at or before the origin, in log order. */
  readonly events: readonly DomainEvent[];
  readonly refs: Refs;
  /** Start of the scenario's span, epoch ms. */
  readonly startMs: number;
  /** End of what is known of it: the origin, or the end of its span if that is earlier. */
  readonly endMs: number;
}

/**
 * What a forecast may learn from: the target's log up to the origin, and the other built-in
 * scenarios' logs up to the same instant (the pool the priors are estimated from). Nothing
 * later than the origin is in it, so nothing later can move a forecast.
 */
export interface KnownHistory {
  /** The origin, epoch ms. */
  readonly originMs: number;
  readonly target: KnownLog;
  /** Every log the priors pool, the target's first. */
  readonly pool: readonly KnownLog[];
}

/** Milliseconds in a UTC day, as the forward processes count days. */
export { DAY_MS } from "../time/day-ms.js";

/** The middle of an event's interval, epoch ms: where a vague date is placed to measure rates. */
export function midpointMs(event: DomainEvent): number {
  return (Date.parse(event.time.earliest) + Date.parse(event.time.latest)) / 2;
}

/** Beta posterior mean of a chance: `(a + hits) / (a + b + trials)`. */
export function betaMean(prior: readonly [number, number], hits: number, trials: number): number {
  const [a, b] = prior;
  const d = a + b + trials;
  return d > 0 ? (a + hits) / d : 0;
}

/** Gamma posterior mean of a rate: prior mean `rate` weighted as `weight` units of exposure. */
export function gammaMean(rate: number, weight: number, count: number, exposure: number): number {
  const d = weight + exposure;
  return d > 0 ? (rate * weight + count) / d : rate;
}
