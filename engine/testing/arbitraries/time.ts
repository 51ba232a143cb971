import { DateTime } from "luxon";
import type { EventInput } from "../../index.js";
import type { Choices } from "./choices.js";

/** A time as an event input writes it. */
export type TimeIn = EventInput["time"];

/** Parts of a day and the local hour each starts at (as the engine's time rules define them). */
const DAY_PART_START = {
  "early-dawn": 3,
  dawn: 4,
  early: 0,
  morning: 5,
  midday: 11,
  afternoon: 12,
  evening: 17,
  late: 18,
  night: 20,
} as const;
const DAY_PARTS = Object.keys(DAY_PART_START) as (keyof typeof DAY_PART_START)[];
const MONTH_PARTS = ["beginning", "middle", "end"] as const;
const MONTH_PART_START = { beginning: 1, middle: 11, end: 21 } as const;

/** Start dates of generated logs: mid-year, both Syrian clock changes of 2017, a year end, a leap day. */
export const BASE_DATES = ["2017-07-14", "2017-03-29", "2017-10-25", "2016-12-30", "2020-02-27"] as const;

/** Zones generated logs are dated in. */
export const ZONES = ["UTC", "Asia/Damascus"] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Wall-clock time written as if it were UTC: ordering and formatting without zone rules. */
const dayOf = (wall: number) => new Date(wall).toISOString().slice(0, 10);
const monthOf = (wall: number) => new Date(wall).toISOString().slice(0, 7);
const localOf = (wall: number) => new Date(wall).toISOString().slice(0, 16);
const startOfDay = (wall: number) => Math.floor(wall / DAY) * DAY;
const startOfMonth = (wall: number) => Date.UTC(new Date(wall).getUTCFullYear(), new Date(wall).getUTCMonth(), 1);
const nextMonth = (wall: number) => Date.UTC(new Date(wall).getUTCFullYear(), new Date(wall).getUTCMonth() + 1, 1);

/**
 * Dates the events of one log in a fixed zone, in every form a scenario may use (a day, a part
 * of a day, a local time with or without a window, a span of days, "by" a day, a month or a
 * third of one), keeping each event's earliest local time at or after the one before. It
 * reasons in wall-clock time; `LogWriter` checks the resolved instants and calls `after` where
 * a clock change makes a later wall time an earlier instant.
 */
export class Clock {
  readonly zone: string;
  #cursor: number;
  #last = Number.NEGATIVE_INFINITY;

  constructor(zone: string, baseDate: string) {
    this.zone = zone;
    this.#cursor = Date.parse(`${baseDate}T00:00:00Z`);
  }

  /** The time of the next event. */
  next(c: Choices): TimeIn {
    const step = c.int(20);
    if (step >= 18) this.#cursor += c.between(2, 9) * DAY;
    else if (step >= 15) this.#cursor += DAY;
    else if (step >= 12) this.#cursor += c.between(1, 11) * HOUR;
    const day = dayOf(this.#cursor);
    const sod = startOfDay(this.#cursor);
    const plusDays = (n: number) => dayOf(this.#cursor + n * DAY);
    let t: TimeIn;
    let wall: number;
    const form = c.int(12);
    if (form <= 3) {
      t = { text: `on ${day}`, date: day };
      wall = sod;
    } else if (form <= 5) {
      const part = c.pick(DAY_PARTS);
      t = { text: `${part} on ${day}`, date: day, part };
      wall = sod + DAY_PART_START[part] * HOUR;
    } else if (form <= 8) {
      const at = localOf(this.#cursor);
      const approx = c.pick([undefined, 0, 30, 60, 180] as const);
      t = approx === undefined ? { text: `at ${at}`, at } : { text: `around ${at}`, at, approxMinutes: approx };
      wall = this.#cursor - (approx ?? 0) * 60_000;
    } else if (form === 9) {
      t = { text: `between ${day} and a later day`, between: [day, plusDays(c.between(0, 3))] };
      wall = sod;
    } else if (form === 10) {
      t = { text: "by a later day", by: plusDays(c.between(0, 4)), notBefore: day };
      wall = sod;
    } else {
      const start = startOfMonth(this.#cursor) >= this.#last ? startOfMonth(this.#cursor) : nextMonth(this.#cursor);
      const part = c.chance(50) ? c.pick(MONTH_PARTS) : undefined;
      const m = monthOf(start);
      t = part === undefined ? { text: `in ${m}`, month: m } : { text: `${part} of ${m}`, month: m, part };
      wall = start + (part === undefined ? 0 : (MONTH_PART_START[part] - 1) * DAY);
    }
    if (wall < this.#last) {
      // Out of order: the same wall time as the event before, as a local time.
      wall = this.#last;
      t = { text: `at ${localOf(wall)}`, at: localOf(wall) };
    }
    this.#last = wall;
    if (wall > this.#cursor) this.#cursor = wall;
    return t;
  }

  /**
   * A local time whose instant is at or after `ms`, for an event whose wall time resolved to an
   * earlier instant than the event before (a clock change); the clock moves on to it.
   */
  after(ms: number): TimeIn {
    const dt = DateTime.fromMillis(ms, { zone: this.zone });
    const local = dt.toFormat("yyyy-MM-dd'T'HH:mm");
    const wall = Date.parse(`${local}:00Z`);
    // A wall time in a repeated hour resolves to its first instant: step an hour past it.
    const at = localOf(wall + HOUR);
    this.#last = Math.max(this.#last, wall + HOUR);
    this.#cursor = Math.max(this.#cursor, this.#last);
    return { text: `at ${at}`, at };
  }
}
