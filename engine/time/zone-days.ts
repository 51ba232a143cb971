import { Info } from "luxon";
import { DAY_MS } from "./day-ms.js";
import { isoFields } from "./iso-text.js";
import { zoneTransitions } from "./zone-transitions.js";

// The offset in force over a local day or at an instant, from the zone's table of transitions
// (zone-transitions.ts). A day is "steady" when no transition falls within the UTC days around
// it; times on a day that is not steady, and offsets that are not a whole number of minutes
// (local mean time before 1900, say), are left to luxon (see event-time.ts).

/** Luxon writes a universal zone at offset zero ("UTC") as `Z`, any other as `+00:00`; by zone name. */
const writesZ = new Map<string, boolean>();

function whole(o: number | null): number | null {
  return o !== null && Number.isInteger(o) ? o : null;
}

/**
 * The offset (minutes) in force over the whole local calendar day `y-m-d` in `zone`, or null when
 * it changes during that day or near it (then resolve the day the slow way). The local day lies
 * within the UTC days before, of and after it for any offset up to ±14 hours.
 */
export function steadyDayOffset(zone: string, y: number, m: number, d: number): number | null {
  const day = Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
  return whole(zoneTransitions(zone).steadyOver((day - 1) * DAY_MS, (day + 2) * DAY_MS));
}

/**
 * The first and last instants of the local day `date` (`YYYY-MM-DD`, a real calendar day of year
 * `y`) in `zone`, written as luxon's `toISO()` writes them (`2017-07-29T00:00:00.000+03:00` and
 * `2017-07-29T23:59:59.999+03:00`), when the offset is steady over the day and the year within
 * 1900-9999; else null. Written from the date's own text and the offset's: a large load resolves
 * tens of thousands of distinct days.
 */
export function dayBounds(
  date: string,
  y: number,
  m: number,
  d: number,
  zone: string,
): { earliest: string; latest: string } | null {
  if (y < 1900 || y > 9999) return null;
  const offset = steadyDayOffset(zone, y, m, d);
  if (offset === null) return null;
  const off = offsetText(zone, offset);
  return { earliest: `${date}T00:00:00.000${off}`, latest: `${date}T23:59:59.999${off}` };
}

/** The offset (minutes) at the instant `ms`, or null when it is not a whole number of minutes or not vouched for. */
export function offsetAt(zone: string, ms: number): number | null {
  return whole(zoneTransitions(zone).offsetAt(ms));
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `+03:00`, `-04:30`, `+00:00` (or `Z` for UTC) for an offset in minutes, as luxon writes it in `zone`. */
function offsetText(zone: string, minutes: number): string {
  if (minutes === 0) {
    let z = writesZ.get(zone);
    if (z === undefined) {
      const normal = Info.normalizeZone(zone);
      z = normal.isUniversal && normal.offset(0) === 0;
      writesZ.set(zone, z);
    }
    if (z) return "Z";
  }
  const a = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

/**
 * An instant written as luxon's `toISO()` writes it in a zone with this offset:
 * `2017-07-29T18:00:00.000+03:00`. Null for years outside 1900-9999 (left to luxon).
 */
export function isoWithOffset(ms: number, zone: string, offsetMinutes: number): string | null {
  const local = isoFields(ms + offsetMinutes * 60_000);
  return local === null ? null : `${local}${offsetText(zone, offsetMinutes)}`;
}
