import fc from "fast-check";
import {
  type Catalogue,
  type DomainEvent,
  EVENT_TYPES,
  type EventInput,
  type EventType,
  emptyState,
  type State,
} from "../../index.js";
import { catalogueArb } from "./catalogue.js";
import { Choices, picksArb } from "./choices.js";
import { BASE_DATES, ZONES } from "./time.js";
import { writeValid } from "./valid.js";
import { LogWriter } from "./writer.js";

/** One step of a generated log: the kind asked for and the numbers its choices come from. */
export interface Step {
  readonly kind: EventType;
  readonly picks: readonly number[];
}

/** What a generated log is made from: its zone, its start date and its steps. */
export interface LogPlan {
  readonly zone: (typeof ZONES)[number];
  readonly baseDate: (typeof BASE_DATES)[number];
  readonly steps: readonly Step[];
}

/** Options of the log arbitraries. */
export interface LogArbOptions {
  /** Fewest events (default 0). */
  readonly minEvents?: number;
  /** Most events (default 60). */
  readonly maxEvents?: number;
  /** The zone events are dated in (default: UTC or Asia/Damascus). */
  readonly zone?: (typeof ZONES)[number];
}

/** One step: every kind of `EVENT_TYPES` equally likely to be asked for. */
export function stepArb(): fc.Arbitrary<Step> {
  return fc.record({ kind: fc.constantFrom(...EVENT_TYPES), picks: picksArb() });
}

/** The plan of a log, independent of any catalogue. */
export function logPlanArb(options: LogArbOptions = {}): fc.Arbitrary<LogPlan> {
  return fc.record({
    zone: options.zone === undefined ? fc.constantFrom(...ZONES) : fc.constant(options.zone),
    baseDate: fc.constantFrom(...BASE_DATES),
    steps: fc.array(stepArb(), { minLength: options.minEvents ?? 0, maxLength: options.maxEvents ?? 60, size: "max" }),
  });
}

/** A generated log: the inputs as a scenario would write them and the events built from them. */
export interface GeneratedLog {
  readonly zone: string;
  readonly inputs: readonly EventInput[];
  readonly events: readonly DomainEvent[];
}

/**
 * Writes the log a plan describes against a catalogue: each step becomes the event of its kind
 * that the model allows now, or the event that makes that kind possible later (an imposed
 * siege before a break, a launch before a suspension), so every event is valid.
 */
export function writeLog(catalogue: Catalogue, plan: LogPlan): GeneratedLog {
  const w = new LogWriter(catalogue, plan.zone, plan.baseDate);
  for (const step of plan.steps) writeValid(step.kind, w, new Choices(step.picks));
  return { zone: plan.zone, inputs: w.inputs, events: w.events };
}

/**
 * Logs of valid events for `catalogue`, generated model-based: a model of the state (written
 * from the rules, independent of the reducer) is kept while generating, so a place is captured
 * only by a side that does not hold all of it, only an active siege is broken, only a formed
 * pocket is cleared, a person's fate is final once killed or executed, a route is cut only when
 * open. Every kind in `EVENT_TYPES` is asked for equally often; times never go backwards, in
 * one zone. Up to 60 events by default.
 * @example
 * fc.assert(fc.property(eventLogArb(catalogue), (events) => {
 *   replay(emptyState(catalogue), events); // never throws
 * }));
 */
export function eventLogArb(catalogue: Catalogue, options: LogArbOptions = {}): fc.Arbitrary<readonly DomainEvent[]> {
  return logPlanArb(options).map((plan) => writeLog(catalogue, plan).events);
}

/** A catalogue, the empty state it starts from, and a valid log for it. */
export interface GeneratedCampaign extends GeneratedLog {
  readonly catalogue: Catalogue;
  readonly initial: State;
}

/** Prints a generated campaign as fast-check reports it: the catalogue's ids and the inputs, enough to rebuild it. */
export function describeCampaign(c: {
  readonly catalogue: Catalogue;
  readonly zone: string;
  readonly inputs: readonly EventInput[];
}): string {
  const cat = {
    sides: c.catalogue.sides.map((s) => s.id),
    places: c.catalogue.places.map((p) => p.id),
    actors: c.catalogue.actors.map((a) => `${a.id}:${a.side ?? "-"}`),
  };
  return `${JSON.stringify({ zone: c.zone, catalogue: cat })}\n${c.inputs.map((i) => `  ${JSON.stringify(i)}`).join("\n")}`;
}

/** Attaches `describe` as the value's printed form in fast-check reports. */
export function printedAs<T extends object>(value: T, describe: (v: T) => string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => describe(value), enumerable: false });
  return value;
}

/**
 * A random catalogue (see `catalogueArb`) with a valid log for it (see `eventLogArb`). The
 * catalogue and the log's plan shrink independently. Printed in reports as the catalogue's ids
 * and the event inputs.
 * @example
 * fc.assert(fc.property(campaignArb(), ({ initial, events }) => replay(initial, events).applied === events.length));
 */
export function campaignArb(options: LogArbOptions = {}): fc.Arbitrary<GeneratedCampaign> {
  return fc.tuple(catalogueArb(), logPlanArb(options)).map(([catalogue, plan]) => {
    const log = writeLog(catalogue, plan);
    return printedAs({ catalogue, initial: emptyState(catalogue), ...log }, describeCampaign);
  });
}
