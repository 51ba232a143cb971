import { DateTime, IANAZone } from "luxon";
import { z } from "zod";
import { TimeError } from "./time-error.js";
import { dayBounds, isoWithOffset, offsetAt, steadyDayOffset } from "./zone-days.js";

/** How finely a source dates an event. */
export type TimePrecision = "instant" | "approximate" | "part-of-day" | "day" | "days" | "by" | "month-part" | "month";

/** An event's time: the source's wording and the interval it allows, in the scenario's zone. */
export interface EventTime {
  /** The wording of the source, verbatim ("late on 29 July", "by 31 August"); empty when it gives none. */
  readonly text: string;
  /**
   * How the time was set where the wording alone does not give it: an inference, the
   * article's date, an outside source ("26 May 2015, by inference"). Absent when the wording says it all.
   */
  readonly note?: string;
  /** Earliest instant the wording allows (ISO 8601 with offset). */
  readonly earliest: string;
  /** Latest instant the wording allows (ISO 8601 with offset). */
  readonly latest: string;
  readonly precision: TimePrecision;
}

/** Parts of a day as sources name them, with the local hours they cover. */
export const DAY_PARTS = {
  "early-dawn": [3, 7],
  dawn: [4, 8],
  early: [0, 12],
  morning: [5, 12],
  midday: [11, 14],
  afternoon: [12, 18],
  evening: [17, 24],
  late: [18, 24],
  night: [20, 24],
} as const satisfies Record<string, readonly [number, number]>;
export type DayPart = keyof typeof DAY_PARTS;

/** Parts of a month: days 1-10, 11-20, 21-end. */
export const MONTH_PARTS = { beginning: [1, 10], middle: [11, 20], end: [21, 31] } as const;

const date = z.iso.date().describe("A calendar date, YYYY-MM-DD, in the scenario's time zone.");
const text = z
  .string()
  .describe(
    "The source's wording of the time, verbatim (a test holds it to the document); empty when the source gives none, and then 'note' says how the time was set.",
  );
const note = z
  .string()
  .min(1)
  .optional()
  .describe(
    "How the time was set where the wording alone does not give it: an inference, the article's date, an outside source.",
  );

/**
 * A time as written in a scenario file. Each variant names how the source dates the event:
 * - `{ text, date, part? }`: a day, or a part of it ("late on 29 July": part `late`);
 * - `{ text, at, approxMinutes? }`: a local time ("at around 2 P.M.": at `...T14:00`, approxMinutes 60);
 * - `{ text, between: [from, to] }`: a span of days ("between 15 and 16 July");
 * - `{ text, by, notBefore }`: no later than a day, and not before another ("by 31 August");
 * - `{ text, month, part? }`: a month or a third of one ("in the beginning of October");
 * - `{ text, earliest, latest, precision }`: an interval already resolved (what a loaded event
 *   carries, so an exported event log loads again as it was).
 */
export const timeInput = z
  .union([
    z.strictObject({
      text,
      note,
      date,
      part: z
        .enum(Object.keys(DAY_PARTS) as [DayPart, ...DayPart[]])
        .optional()
        .describe("The part of the day the wording names ('late on 29 July': late, 18:00 to midnight)."),
    }),
    z.strictObject({
      text,
      note,
      at: z.iso.datetime({ local: true }).describe("Local date and time, YYYY-MM-DDTHH:mm, no offset."),
      approxMinutes: z.number().int().nonnegative().optional().describe("Half-width of the window 'around' allows."),
    }),
    z.strictObject({
      text,
      note,
      between: z.tuple([date, date]).describe("The first and last day the wording allows."),
    }),
    z.strictObject({ text, note, by: date, notBefore: date }),
    z.strictObject({
      text,
      note,
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/, "expected YYYY-MM")
        .describe("The month, YYYY-MM."),
      part: z
        .enum(["beginning", "middle", "end"])
        .optional()
        .describe("The third of the month the wording names: days 1-10, 11-20, 21 to the end."),
    }),
    z.strictObject({
      text,
      note,
      earliest: z.iso
        .datetime({ offset: true })
        .describe("An interval already resolved, as a loaded event carries it."),
      latest: z.iso.datetime({ offset: true }).describe("The latest instant the wording allows, with offset."),
      precision: z
        .enum(["instant", "approximate", "part-of-day", "day", "days", "by", "month-part", "month"])
        .describe("How finely the source dates the event."),
    }),
  ])
  .refine((t) => t.text !== "" || t.note !== undefined, {
    message: "the time has no wording ('text' is empty), so it needs a 'note' saying how it was set",
    path: ["note"],
  })
  .meta({
    id: "Time",
    description:
      "When the event happened, in the source's words and as one of: { date, part? }, { at, approxMinutes? }, { between }, { by, notBefore }, { month, part? }, or a resolved { earliest, latest, precision }.",
  });
export type TimeInput = z.input<typeof timeInput>;

/** Checks an IANA zone name. */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function iso(dt: DateTime): string {
  const s = dt.toISO();
  if (s === null) throw new TimeError(`invalid date-time: ${dt.invalidExplanation ?? "unknown reason"}`);
  return s;
}

function day(d: string, zone: string): DateTime {
  const dt = DateTime.fromISO(d, { zone });
  if (!dt.isValid) throw new TimeError(`'${d}' is not a valid date (expected YYYY-MM-DD)`);
  return dt.startOf("day");
}

/**
 * Resolves a time as written to the interval it allows in `zone`.
 * @example
 * resolveTime({ text: "late on 29 July", date: "2017-07-29", part: "late" }, "Asia/Damascus")
 * // { text, earliest: "2017-07-29T18:00:00.000+03:00", latest: "2017-07-29T23:59:59.999+03:00", precision: "part-of-day" }
 */
export function resolveTime(input: z.output<typeof timeInput>, zone: string): EventTime {
  const interval = steadyInterval(input, zone) ?? resolveInterval(input, zone);
  return input.note === undefined ? interval : { ...interval, note: input.note };
}

/** What of a time fixes its interval (all of it but the wording and the note), as one key. */
function intervalKey(input: z.output<typeof timeInput>): string {
  if ("date" in input) return `d ${input.date} ${input.part ?? ""}`;
  if ("between" in input) return `b ${input.between[0]} ${input.between[1]}`;
  if ("by" in input) return `y ${input.by} ${input.notBefore}`;
  if ("at" in input) return `a ${input.at} ${input.approxMinutes ?? ""}`;
  if ("earliest" in input) return `e ${input.earliest} ${input.latest} ${input.precision}`;
  return `m ${input.month} ${input.part ?? ""}`;
}

/**
 * `resolveTime` for the many times of one load in one zone: each distinct interval is resolved
 * once (a day cited by a hundred rows, by arithmetic or by luxon) and its ISO texts shared, and a
 * time given again as the same object gets the same frozen answer. A
 * time that cannot be resolved throws `TimeError` as `resolveTime` does, each time it is asked.
 * @example
 * const resolve = timeResolver("Asia/Baghdad");
 * resolve({ text: "2014-01-24", date: "2014-01-24" }).earliest; // "2014-01-24T00:00:00.000+03:00"
 */
export function timeResolver(zone: string): (input: z.output<typeof timeInput>) => EventTime {
  const intervals = new Map<string, EventTime>();
  // A time given again as the same object (a load's parse gives equal times as one) gets the same frozen answer.
  const answers = new Map<z.output<typeof timeInput>, EventTime>();
  // A whole day, the most common time, is kept by its date as written (no key text to make).
  const days = new Map<string, EventTime>();
  return (input) => {
    const answered = answers.get(input);
    if (answered !== undefined) return answered;
    const day = "date" in input && input.part === undefined ? input.date : null;
    const key = day === null ? intervalKey(input) : day;
    const kept = day === null ? intervals : days;
    let interval = kept.get(key);
    if (interval === undefined) {
      interval = steadyInterval(input, zone) ?? resolveInterval(input, zone);
      kept.set(key, interval);
    }
    const { earliest, latest, precision } = interval;
    const time = Object.freeze(
      input.note === undefined
        ? { text: input.text, earliest, latest, precision }
        : { text: input.text, earliest, latest, precision, note: input.note },
    );
    answers.set(input, time);
    return time;
  };
}

function resolveInterval(input: z.output<typeof timeInput>, zone: string): EventTime {
  if ("date" in input) {
    const d = day(input.date, zone);
    if (input.part === undefined) {
      return { text: input.text, earliest: iso(d), latest: iso(d.endOf("day")), precision: "day" };
    }
    const [from, to] = DAY_PARTS[input.part];
    const end = to === 24 ? d.endOf("day") : d.set({ hour: to }).minus({ milliseconds: 1 });
    return { text: input.text, earliest: iso(d.set({ hour: from })), latest: iso(end), precision: "part-of-day" };
  }
  if ("at" in input) {
    const t = DateTime.fromISO(input.at, { zone });
    if (!t.isValid) throw new TimeError(`'${input.at}' is not a valid local time (expected YYYY-MM-DDTHH:mm)`);
    const w = input.approxMinutes ?? 0;
    return {
      text: input.text,
      earliest: iso(t.minus({ minutes: w })),
      latest: iso(t.plus({ minutes: w })),
      precision: w === 0 ? "instant" : "approximate",
    };
  }
  if ("between" in input) {
    const [a, b] = input.between;
    const from = day(a, zone);
    const to = day(b, zone);
    if (to < from) throw new TimeError(`between: '${b}' is before '${a}' (write the earlier day first)`);
    return { text: input.text, earliest: iso(from), latest: iso(to.endOf("day")), precision: "days" };
  }
  if ("by" in input) {
    const from = day(input.notBefore, zone);
    const to = day(input.by, zone);
    if (to < from) throw new TimeError(`by: '${input.by}' is before notBefore '${input.notBefore}'`);
    return { text: input.text, earliest: iso(from), latest: iso(to.endOf("day")), precision: "by" };
  }
  if ("earliest" in input) {
    const from = DateTime.fromISO(input.earliest, { setZone: true }).setZone(zone);
    const to = DateTime.fromISO(input.latest, { setZone: true }).setZone(zone);
    if (!from.isValid || !to.isValid)
      throw new TimeError(`'${input.earliest}'/'${input.latest}' is not a valid interval`);
    if (to < from) throw new TimeError(`latest '${input.latest}' is before earliest '${input.earliest}'`);
    return { text: input.text, earliest: iso(from), latest: iso(to), precision: input.precision };
  }
  const m = DateTime.fromISO(`${input.month}-01`, { zone });
  if (!m.isValid) throw new TimeError(`'${input.month}' is not a valid month (expected YYYY-MM)`);
  if (input.part === undefined) {
    return { text: input.text, earliest: iso(m), latest: iso(m.endOf("month")), precision: "month" };
  }
  const [d1, d2] = MONTH_PARTS[input.part];
  const last = Math.min(d2, m.daysInMonth ?? 28);
  return {
    text: input.text,
    earliest: iso(m.set({ day: d1 })),
    latest: iso(m.set({ day: last }).endOf("day")),
    precision: "month-part",
  };
}

/** The resolved instants Date.parse reads exactly as luxon does (milliseconds at most). */
const RESOLVED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits of `s` from `from` to `to` (excluded), or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The year, month and day of `date` when it is `YYYY-MM-DD` and a real calendar day, else null. */
function calendarDay(date: string): [number, number, number] | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  const y = digits(date, 0, 4);
  const mo = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return null;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (MONTH_DAYS[mo - 1] as number) + (leap ? 1 : 0) ? [y, mo, d] : null;
}

/** The first and last instants of local day `date` as ISO text, when it is a real day the fast path writes (see `dayBounds`). */
function boundsOfDay(date: string, zone: string): { earliest: string; latest: string } | null {
  const ymd = calendarDay(date);
  return ymd === null ? null : dayBounds(date, ymd[0], ymd[1], ymd[2], zone);
}

/** Epoch ms of local midnight starting `date` (YYYY-MM-DD) and the offset in force all that day, or null. */
function steadyDay(date: string, zone: string): { start: number; offset: number } | null {
  const ymd = calendarDay(date);
  // Before 1900 the fast path writes nothing (and Date.UTC would read years 0-99 as 1900-1999).
  if (ymd === null || ymd[0] < 1900) return null;
  const [y, mo, d] = ymd;
  const utc = Date.UTC(y, mo - 1, d);
  const offset = steadyDayOffset(zone, y, mo, d);
  return offset === null ? null : { start: utc - offset * 60_000, offset };
}

/** `earliest`..`latest` as ISO with the offset, or null when a year is out of the fast path's range. */
function between(
  from: number,
  to: number,
  zone: string,
  offset: number,
  text: string,
  precision: TimePrecision,
): EventTime | null {
  const earliest = isoWithOffset(from, zone, offset);
  const latest = isoWithOffset(to, zone, offset);
  return earliest === null || latest === null ? null : { text, earliest, latest, precision };
}

/**
 * The interval a time allows, computed without luxon where the zone's offset is steady over the
 * days concerned (offsets come from the zone's table of transitions: see zone-transitions.ts),
 * giving exactly what `resolveInterval` gives; null where the offset changes nearby, the input is
 * not a valid date, or it is a kind of time this path leaves to luxon (then luxon resolves it
 * and reports any error). A resolved interval's instants take the offset at each instant.
 */
function steadyInterval(input: z.output<typeof timeInput>, zone: string): EventTime | null {
  if ("date" in input) {
    if (input.part === undefined) {
      const b = boundsOfDay(input.date, zone);
      return b === null ? null : { text: input.text, earliest: b.earliest, latest: b.latest, precision: "day" };
    }
    const d = steadyDay(input.date, zone);
    if (d === null) return null;
    const [from, to] = DAY_PARTS[input.part];
    return between(d.start + from * 3_600_000, d.start + to * 3_600_000 - 1, zone, d.offset, input.text, "part-of-day");
  }
  if ("between" in input) {
    const [from, to] = input.between;
    // Dates of one form order as their texts do; a later first day is left to luxon, which says so.
    if (to < from) return null;
    const a = boundsOfDay(from, zone);
    const b = a === null ? null : boundsOfDay(to, zone);
    return a === null || b === null
      ? null
      : { text: input.text, earliest: a.earliest, latest: b.latest, precision: "days" };
  }
  if ("earliest" in input) {
    if (!RESOLVED.test(input.earliest) || !RESOLVED.test(input.latest)) return null;
    const from = Date.parse(input.earliest);
    const to = Date.parse(input.latest);
    if (Number.isNaN(from) || Number.isNaN(to) || to < from) return null;
    const a = offsetAt(zone, from);
    const b = offsetAt(zone, to);
    if (a === null || b === null) return null;
    const earliest = isoWithOffset(from, zone, a);
    const latest = isoWithOffset(to, zone, b);
    return earliest === null || latest === null
      ? null
      : { text: input.text, earliest, latest, precision: input.precision };
  }
  return null;
}
