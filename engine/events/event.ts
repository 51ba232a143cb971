import type { Immutable } from "immer";
import type { z } from "zod";
import type { EventId } from "../model/ids.js";
import type { Provenance } from "../model/provenance.js";
import type { EventTime } from "../time/event-time.js";
import type { EventType } from "./kinds.js";
import type { KIND_SCHEMAS } from "./schema.js";

/** Fields every loaded event has. */
export interface EventBase {
  readonly id: EventId;
  readonly time: EventTime;
  readonly source: Provenance;
  /** Every actor the event concerns, including those named in its own fields. */
  readonly actors: readonly string[];
  /** Every place the event concerns, including those named in its own fields. */
  readonly places: readonly string[];
  readonly dependsOn: readonly EventId[];
  readonly note?: string | undefined;
  /**
   * Set only on events a forward simulation generated (never on a documented event): the
   * model, run and seed that produced it. Such an event quotes nothing; its `source` says it
   * was simulated.
   */
  readonly simulated?: SimulatedOrigin | undefined;
}

/** Where a simulated event came from: enough to re-create it alone. */
export interface SimulatedOrigin {
  readonly model: string;
  readonly version: string;
  /** The forward process that generated it ("fronts", "captures", ...). */
  readonly process: string;
  readonly run: number;
  readonly seed: string;
  /** The fitted parameters that produced it, by name. */
  readonly parameters: Readonly<Record<string, number>>;
}

type Parsed<K extends EventType> = z.output<(typeof KIND_SCHEMAS)[K]>;

/** A loaded event of kind `K`: immutable, its time resolved. */
export type EventOf<K extends EventType> = Immutable<Omit<Parsed<K>, keyof EventBase>> &
  EventBase & { readonly type: K };

/** Every domain event sitrep knows: a discriminated union on `type`. */
export type DomainEvent = { [K in EventType]: EventOf<K> }[EventType];
