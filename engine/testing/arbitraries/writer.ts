import { type Catalogue, createEvent, type DomainEvent, type EventInput, type EventType } from "../../index.js";
import type { Choices } from "./choices.js";
import { Model } from "./model.js";
import { Clock, type TimeIn } from "./time.js";

/** The fields every event input has, as the writer fills them in. */
export interface Base {
  readonly id: string;
  readonly time: TimeIn;
  readonly source: { readonly document: string; readonly quote: string; readonly attribution?: string };
  readonly dependsOn?: string[];
  readonly note?: string;
}

/** A link-up input: the forces that met, and where. */
export function linkUpInput(base: Base & { places?: string[] }, forces: readonly string[], place?: string): EventInput {
  return {
    ...base,
    type: "link-up",
    forces: [...forces],
    ...(place === undefined ? {} : { place }),
  };
}

/** Kinds whose own `places` or `actors` field takes the place of the common one, or says where they happen. */
const OWN_REFS: ReadonlySet<EventType> = new Set<EventType>(["clashes", "link-up"]);
const ATTRIBUTIONS = ["SOHR", "military sources", "reportedly"] as const;

/**
 * Writes one log: gives each event its id, time and source, and keeps the model in step with
 * the events it holds valid.
 */
export class LogWriter {
  readonly model: Model;
  readonly clock: Clock;
  readonly inputs: EventInput[] = [];
  readonly events: DomainEvent[] = [];
  #serial = 0;
  #lastMs = Number.NEGATIVE_INFINITY;

  constructor(catalogue: Catalogue, zone: string, baseDate: string) {
    this.model = new Model(catalogue);
    this.clock = new Clock(zone, baseDate);
  }

  /** The common fields of the next event. */
  base(c: Choices): Base {
    const id = `ev-${this.#serial++}`;
    const attribution = c.chance(40) ? c.pick(ATTRIBUTIONS) : undefined;
    const earlier = this.inputs.length > 0 && c.chance(10) ? c.pick(this.inputs).id : undefined;
    return {
      id,
      time: this.clock.next(c),
      source: {
        document: `doc-${c.int(3)}`,
        quote: `words of the source for ${id}`,
        ...(attribution === undefined ? {} : { attribution }),
      },
      ...(earlier === undefined ? {} : { dependsOn: [earlier] }),
      ...(c.chance(10) ? { note: "how the encoder read it" } : {}),
    };
  }

  /** Sometimes names further places and actors, as encoders do (never for kinds that use those fields themselves). */
  extras(type: EventType, c: Choices): { places?: string[]; actors?: string[] } {
    if (OWN_REFS.has(type) || !c.chance(15)) return {};
    return { places: c.some(this.model.placeIds, 0, 2), actors: c.some(this.model.actorIds, 0, 1) };
  }

  /** Builds the event with `createEvent`, re-dating it if its earliest instant comes before the last one's. */
  #append(input: EventInput): EventInput {
    let e = input;
    let event = createEvent(e, this.clock.zone);
    let ms = Date.parse(event.time.earliest);
    for (let tries = 0; ms < this.#lastMs; tries++) {
      if (tries > 48)
        throw new Error(`LogWriter: cannot date '${e.id}' at or after ${new Date(this.#lastMs).toISOString()}`);
      e = { ...e, time: this.clock.after(this.#lastMs + tries * 3_600_000) };
      event = createEvent(e, this.clock.zone);
      ms = Date.parse(event.time.earliest);
    }
    this.#lastMs = ms;
    this.inputs.push(e);
    this.events.push(event);
    return e;
  }

  /** Appends an event the model holds valid, and applies it to the model. */
  push(e: EventInput): EventInput {
    this.model.apply(e);
    return this.#append(e);
  }

  /** Appends an event that breaks a rule: the model is left as it was. */
  pushInvalid(e: EventInput): EventInput {
    return this.#append(e);
  }
}
