import { DateTime } from "luxon";
import { DAY_PARTS, type DayPart } from "../../engine/time/event-time.js";

// Luxon asked directly: the oracle the time-resolution tests hold sitrep's own arithmetic to.

/** The parts of a day a time can name. */
export const PARTS = Object.keys(DAY_PARTS) as DayPart[];

/** The start of the local day `date` (YYYY-MM-DD) in `zone`. */
export const luxonDay = (date: string, zone: string): DateTime => DateTime.fromISO(date, { zone }).startOf("day");

/** Luxon's interval for a whole day or a part of one, as `resolveTime` must give it. */
export function luxonDayInterval(date: string, zone: string, part: DayPart | undefined) {
  const d = luxonDay(date, zone);
  if (part === undefined) return { text: date, earliest: d.toISO(), latest: d.endOf("day").toISO(), precision: "day" };
  const [from, to] = DAY_PARTS[part];
  const end = to === 24 ? d.endOf("day") : d.set({ hour: to }).minus({ milliseconds: 1 });
  return { text: date, earliest: d.set({ hour: from }).toISO(), latest: end.toISO(), precision: "part-of-day" };
}

/** Luxon's interval for the days `first` to `last` worded as `text`, as `resolveTime` must give it. */
export function luxonDaysInterval(first: string, last: string, zone: string, text: string) {
  return {
    text,
    earliest: luxonDay(first, zone).toISO(),
    latest: luxonDay(last, zone).endOf("day").toISO(),
    precision: "days",
  };
}
