import type { DomainEvent, EventOf } from "../events/event.js";
import type { EventType } from "../events/kinds.js";
import type { Rng } from "../sim/rng.js";
import type { State } from "../state/types.js";
import type { KnownHistory } from "./history.js";
import type { ForecastModel } from "./model.js";
import type { World } from "./world.js";

/**
 * The kind-specific fields of an event a process generates: everything but what the run
 * fills in (id, time, source, the lists of places and actors, `simulated`).
 */
export type GeneratedEvent = {
  [K in EventType]: { readonly type: K } & Omit<
    EventOf<K>,
    "id" | "time" | "source" | "actors" | "places" | "dependsOn" | "note" | "simulated" | "type"
  >;
}[EventType];

/** What the processes of one run share, drawn before any of them starts. */
export interface RunContext {
  /** The run's index. */
  readonly run: number;
  /**
   * The theatre's intensity in this run: a factor of mean 1 (exactly 1 when the model turns it
   * off) that the streams of reports multiply their rates by, so that they rise and fall together.
   */
  readonly intensity: number;
  /** The variance of that factor over the runs (`Forecast.intensity.spread`); see `ownSpread`. */
  readonly intensitySpread: number;
}

/** What a process sees on one simulated day of one run. */
export interface DayContext {
  /** The run's state now: read it, never write it (it is valid only during the call). */
  readonly state: State;
  /** The day simulated: 1 is the first day after the origin's. */
  readonly day: number;
  /** The run's generator: every draw of the run goes through it, in a fixed order. */
  readonly rng: Rng;
  readonly world: World;
  /**
   * Generates an event on this day: it is checked against the rules and, when it breaks none,
   * applied at once (later processes see it). Returns the event, or null when it was refused.
   * `parameters` are the fitted values that produced it, recorded in its `simulated` origin;
   * `attribution` credits a claim to a source (a casualty figure drawn from SOHR's reports).
   */
  emit(event: GeneratedEvent, parameters: Readonly<Record<string, number>>, attribution?: string): DomainEvent | null;
}

/**
 * One forward process: it learns its parameters from what was known at the origin, then
 * generates the events of each simulated day. Built-in processes are `fronts`, `captures`,
 * `sieges` and `casualties`; a user adds one by passing it in `forecast`'s `processes`.
 * Parameters must be plain data (they are reported and sent to worker threads); `start`
 * makes the per-run memory the process keeps between days, if it needs any.
 * @example
 * const quiet: ForecastProcess<{ p: number }, null> = {
 *   id: "ceasefire-talk",
 *   estimate: () => ({ p: 0.01 }),
 *   start: () => null,
 *   step(ctx, params) { if (ctx.rng() < params.p) { ... ctx.emit(...) } },
 * };
 */
export interface ForecastProcess<P = unknown, M = unknown> {
  readonly id: string;
  estimate(history: KnownHistory, start: State, world: World, model: ForecastModel): P;
  /**
   * The per-run memory, made before the first day; draws made here (a run's own rate, say) come
   * first in the run's stream, after the run's intensity (`run`).
   */
  start(params: P, state: State, world: World, rng: Rng, run: RunContext): M;
  step(ctx: DayContext, params: P, memory: M): void;
}
