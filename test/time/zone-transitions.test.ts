import fc from "fast-check";
import { DateTime, Info, Zone } from "luxon";
import { describe, expect, it } from "vitest";
import { CI_SEED, propertyParams } from "../../engine/testing/index.js";
import { resolveTime } from "../../engine/time/event-time.js";
import { isoWithOffset, offsetAt } from "../../engine/time/zone-days.js";
import { SAMPLE_STEP_MS, ZoneTransitions } from "../../engine/time/zone-transitions.js";
import { luxonDayInterval, luxonDaysInterval, PARTS } from "../support/luxon-time.js";

// The offsets come from a table of transitions found by sampling every few days and bisecting;
// luxon, asked directly, is the oracle. Zones with odd histories come first: Ramadan breaks in
// daylight saving (Casablanca, Gaza), transitions a week apart (Noronha, Recife), half-hour
// saving (Lord_Howe), a zone that skipped a day (Apia), many changes of standard time (Moscow),
// saving dropped and taken up again (Tehran, Sao_Paulo); then every zone Intl knows.
const ODD = [
  "Africa/Casablanca",
  "Asia/Gaza",
  "Asia/Hebron",
  "America/Sao_Paulo",
  "America/Noronha",
  "America/Recife",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Europe/Moscow",
  "Asia/Tehran",
  "Africa/Tunis",
  "America/Argentina/Tucuman",
  "Asia/Kathmandu",
  "Europe/Dublin",
  "UTC",
];
const ALL = Intl.supportedValuesOf("timeZone");
const zoneArb = fc.oneof(fc.constantFrom(...ODD), fc.constantFrom(...ALL));
const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2101, 0, 1) - 1;
const instantArb = fc.integer({ min: FROM, max: TO });
const dayArb = fc
  .integer({ min: FROM / 86_400_000 + 1, max: Math.floor(TO / 86_400_000) - 1 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const luxonOffset = (zone: string, ms: number): number => Info.normalizeZone(zone).offset(ms);
const atSeconds = (ms: number): number => Math.floor(ms / 1000) * 1000;

/** The transitions of `zone` in `year`, each located to the second with luxon alone (sampled daily, then bisected). */
function luxonTransitions(zone: string, year: number): number[] {
  const found: number[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  for (let t = Date.UTC(year, 0, 1); t < end; t += 86_400_000) {
    const before = luxonOffset(zone, t);
    if (luxonOffset(zone, t + 86_400_000) === before) continue;
    let a = t;
    let b = t + 86_400_000;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (luxonOffset(zone, mid) === before) a = mid;
      else b = mid;
    }
    found.push(b);
  }
  return found;
}

describe("zone offsets from a table of transitions", () => {
  it("give luxon's offset and ISO text at any instant from 1900 to 2100, in every zone", () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, ms) => {
        const expected = luxonOffset(zone, ms);
        const fast = offsetAt(zone, ms);
        // Local mean time (seconds in the offset) is left to luxon; any whole-minute offset is vouched for.
        expect(fast).toBe(Number.isInteger(expected) ? expected : null);
        if (fast === null) return;
        // Local times before 1900 are written by luxon too.
        const local = DateTime.fromMillis(ms, { zone });
        expect(isoWithOffset(ms, zone, fast)).toBe(local.year < 1900 ? null : local.toISO());
      }),
      propertyParams({ seed: CI_SEED, numRuns: 1500 }),
    );
  });

  it("resolve days, parts of days, spans and resolved intervals as luxon does", () => {
    fc.assert(
      fc.property(
        zoneArb,
        dayArb,
        dayArb,
        fc.option(fc.constantFrom(...PARTS), { nil: undefined }),
        instantArb,
        (zone, a, b, part, ms) => {
          expect(resolveTime({ text: a, date: a, ...(part === undefined ? {} : { part }) }, zone)).toEqual(
            luxonDayInterval(a, zone, part),
          );
          const [first, last] = a <= b ? [a, b] : [b, a];
          expect(resolveTime({ text: "t", between: [first, last] }, zone)).toEqual(
            luxonDaysInterval(first, last, zone, "t"),
          );
          const earliest = new Date(ms).toISOString();
          const latest = `${last}T23:30:00+05:30`;
          if (Date.parse(latest) >= ms)
            expect(resolveTime({ text: "t", earliest, latest, precision: "days" }, zone)).toEqual({
              text: "t",
              earliest: DateTime.fromISO(earliest, { setZone: true }).setZone(zone).toISO(),
              latest: DateTime.fromISO(latest, { setZone: true }).setZone(zone).toISO(),
              precision: "days",
            });
        },
      ),
      propertyParams({ seed: CI_SEED, numRuns: 1000 }),
    );
  });

  it("agree with luxon on both sides of each transition and on the days around it", () => {
    const cases: [string, number][] = [
      ["Africa/Casablanca", 2019],
      ["Africa/Casablanca", 2012],
      ["Asia/Gaza", 2040],
      ["Asia/Gaza", 2016],
      ["America/Noronha", 2000],
      ["America/Sao_Paulo", 2018],
      ["Australia/Lord_Howe", 2017],
      ["Pacific/Apia", 2011],
      ["Europe/Moscow", 1919],
      ["Europe/Moscow", 2011],
      ["Europe/Moscow", 2014],
      ["Asia/Tehran", 2022],
      ["Africa/Tunis", 1943],
      ["Asia/Kolkata", 1941],
      ["Europe/Dublin", 1916],
      ["America/St_Johns", 1988],
    ];
    let checked = 0;
    for (const [zone, year] of cases) {
      const found = luxonTransitions(zone, year);
      expect(found.length, `${zone} ${year} has transitions`).toBeGreaterThan(0);
      for (const t of found) {
        for (const ms of [t - 86_400_000, t - 1000, t - 1, t, t + 999, t + 86_400_000]) {
          const expected = luxonOffset(zone, atSeconds(ms));
          expect(offsetAt(zone, ms), `${zone} at ${new Date(ms).toISOString()}`).toBe(
            Number.isInteger(expected) ? expected : null,
          );
          const iso = new Date(ms).toISOString();
          expect(resolveTime({ text: "t", earliest: iso, latest: iso, precision: "instant" }, zone).earliest).toBe(
            DateTime.fromISO(iso, { setZone: true }).setZone(zone).toISO(),
          );
        }
        const local = DateTime.fromMillis(t, { zone });
        for (const shift of [-2, -1, 0, 1, 2]) {
          const date = local.plus({ days: shift }).toISODate() as string;
          for (const part of [undefined, ...PARTS])
            expect(resolveTime({ text: date, date, ...(part === undefined ? {} : { part }) }, zone)).toEqual(
              luxonDayInterval(date, zone, part),
            );
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("are sampled at a step under half the closest two transitions of any zone", () => {
    // The closest pairs of a survey of every zone over 1900-2100 (bench/zone-transitions.ts).
    for (const [zone, year] of [
      ["America/Noronha", 2000],
      ["America/Recife", 2000],
      ["Asia/Gaza", 2040],
      ["Africa/Tunis", 1943],
    ] as const) {
      const found = luxonTransitions(zone, year);
      const gaps = found.slice(1).map((t, i) => t - (found[i] as number));
      expect(Math.min(...gaps), `${zone} ${year}`).toBeGreaterThan(2 * SAMPLE_STEP_MS);
      expect(Math.min(...gaps), `${zone} ${year}`).toBeLessThan(9 * 86_400_000);
    }
  });

  it("give up on a span where a step holds two changes, and leave it to luxon", () => {
    // Two changes a day apart, forward and forward again: a 3-day step sees 0 then +120, and
    // its bisection meets +60 in between.
    const day = 86_400_000;
    class Stepped extends Zone {
      override get type() {
        return "stepped";
      }
      override get name() {
        return "Stepped";
      }
      override get isUniversal() {
        return false;
      }
      override get isValid() {
        return true;
      }
      override offset(ms: number) {
        return ms < 10 * day ? 0 : ms < 11 * day ? 60 : 120;
      }
      override offsetName() {
        return "Stepped";
      }
      override formatOffset() {
        return "+00:00";
      }
      override equals(other: Zone): boolean {
        return other === this;
      }
    }
    const table = new ZoneTransitions(new Stepped());
    expect(table.offsetAt(5 * day)).toBeNull();
    expect(table.offsetAt(-5 * day)).toBe(0);
    expect(table.offsetAt(400 * day)).toBe(120);
  });
});
