import { DateTime } from "luxon";
import { TimeError } from "./time-error.js";

/** A moment a user asks about, resolved in a scenario's zone. */
export interface Instant {
  /** Milliseconds since the epoch. */
  readonly ms: number;
  /** ISO 8601 with the zone's offset. */
  readonly iso: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Parses a moment as a user writes it. A date alone (`2017-09-05`) means the end of that day
 * in `zone`; a local time without offset (`2017-09-05T14:00`) is in `zone`; a time with an
 * offset or `Z` is taken as it is.
 * @example
 * parseInstant("2017-09-05", "Asia/Damascus").iso // "2017-09-05T23:59:59.999+03:00"
 */
export function parseInstant(text: string, zone: string): Instant {
  const trimmed = text.trim();
  let dt: DateTime;
  if (DATE_ONLY.test(trimmed)) dt = DateTime.fromISO(trimmed, { zone }).endOf("day");
  else if (HAS_OFFSET.test(trimmed)) dt = DateTime.fromISO(trimmed, { setZone: true }).setZone(zone);
  else dt = DateTime.fromISO(trimmed, { zone });
  if (!dt.isValid) {
    throw new TimeError(
      `'${text}' is not a date or time: expected YYYY-MM-DD (end of that day), YYYY-MM-DDTHH:mm (local to ${zone}) or an ISO time with offset`,
    );
  }
  return { ms: dt.toMillis(), iso: toIso(dt.toMillis(), zone) };
}

/** Formats epoch milliseconds as ISO 8601 with `zone`'s offset. */
export function toIso(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO() ?? new Date(ms).toISOString();
}
