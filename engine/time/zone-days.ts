import { Info, type Zone } from "luxon";

// A zone's UTC offset, looked up once per UTC day: loading tens of thousands of events dated by
// the day asks the same few thousand days again and again, and asking `Intl` each time was
// most of a load's cost. A day is "steady" when the offsets at its UTC midnight and at the next
// one agree: no transition falls inside it (no zone has two transitions within a day that
// cancel). Times on a day that is not steady are left to luxon (see event-time.ts).

const DAY_MS = 86_400_000;
interface ZoneDays {
  readonly zone: Zone;
  /** Luxon writes a universal zone at offset zero ("UTC") as `Z`, any other as `+00:00`. */
  readonly writesZ: boolean;
  readonly offsets: Map<number, number>;
}
const zones = new Map<string, ZoneDays>();

function zoneOf(name: string): ZoneDays {
  let z = zones.get(name);
  if (z === undefined) {
    const zone = Info.normalizeZone(name);
    z = { zone, writesZ: zone.isUniversal && zone.offset(0) === 0, offsets: new Map() };
    zones.set(name, z);
  }
  return z;
}

/** The zone's offset in minutes at the UTC midnight that starts UTC day `day` (days since the epoch). */
function offsetAtDay(name: string, day: number): number {
  const z = zoneOf(name);
  let o = z.offsets.get(day);
  if (o === undefined) {
    o = z.zone.offset(day * DAY_MS);
    z.offsets.set(day, o);
  }
  return o;
}

/**
 * The zone's offset (minutes) over UTC days `from` to `to` inclusive, when it is the same at
 * every UTC midnight from `from` to `to + 1` and a whole number of minutes; otherwise null.
 */
function steadyOver(name: string, from: number, to: number): number | null {
  const o = offsetAtDay(name, from);
  if (!Number.isInteger(o)) return null;
  for (let d = from + 1; d <= to + 1; d++) if (offsetAtDay(name, d) !== o) return null;
  return o;
}

/**
 * The offset (minutes) in force over the whole local calendar day `y-m-d` in `zone`, or null when
 * it changes during that day or near it (then resolve the day the slow way). The local day lies
 * within the UTC days before, of and after it for any offset up to ±14 hours.
 */
export function steadyDayOffset(zone: string, y: number, m: number, d: number): number | null {
  const day = Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
  return steadyOver(zone, day - 1, day + 1);
}

/** The offset (minutes) at the instant `ms` when it is steady over the UTC day around it, or null. */
export function steadyOffsetAt(zone: string, ms: number): number | null {
  const day = Math.floor(ms / DAY_MS);
  return steadyOver(zone, day - 1, day);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `+03:00`, `-04:30`, `+00:00` (or `Z` for UTC) for an offset in minutes, as luxon writes it in `zone`. */
function offsetText(zone: string, minutes: number): string {
  if (minutes === 0 && zoneOf(zone).writesZ) return "Z";
  const a = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

/**
 * An instant written as luxon's `toISO()` writes it in a zone with this offset:
 * `2017-07-29T18:00:00.000+03:00`. Null for years outside 1900-9999 (left to luxon).
 */
export function isoWithOffset(ms: number, zone: string, offsetMinutes: number): string | null {
  const local = new Date(ms + offsetMinutes * 60_000);
  const y = local.getUTCFullYear();
  if (y < 1900 || y > 9999) return null;
  return `${local.toISOString().slice(0, 23)}${offsetText(zone, offsetMinutes)}`;
}
