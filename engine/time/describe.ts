import type { EventTime } from "./event-time.js";

/**
 * An event time as people read it: the wording, with the note in brackets where there is one.
 * (Kept apart from event-time.ts, which loads zod and luxon, so replay paths stay light.)
 * @example
 * describeTime({ text: "Tuesday", note: "26 May 2015, by inference" }); // "Tuesday (26 May 2015, by inference)"
 */
export function describeTime(time: Pick<EventTime, "text" | "note">): string {
  if (time.note === undefined) return time.text;
  return time.text === "" ? `(${time.note})` : `${time.text} (${time.note})`;
}

/** The months' names in English, January first, as dates are written out in words. */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);
