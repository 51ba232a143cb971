import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { propertyParams } from "../../engine/testing/index.js";
import { resolveTime } from "../../engine/time/event-time.js";
import { luxonDayInterval, luxonDaysInterval, PARTS } from "../support/luxon-time.js";

// resolveTime takes a zone's offsets from its table of transitions and writes the ISO text itself
// where the offset is steady; luxon, asked directly, is the oracle. Zones with daylight saving (some
// changing at midnight, some by half an hour) and days around their transitions.
const ZONES = [
  "Asia/Damascus",
  "Asia/Baghdad",
  "Europe/London",
  "America/Sao_Paulo",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Africa/Casablanca",
  "America/St_Johns",
  "UTC",
];
const dayArb = fc
  .integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2040, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

describe("time resolution with offsets from a table of transitions", () => {
  it("gives luxon's interval for a day, a part of a day, a span of days and a resolved interval", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        dayArb,
        dayArb,
        fc.option(fc.constantFrom(...PARTS), { nil: undefined }),
        (zone, a, b, part) => {
          const byDay = resolveTime({ text: a, date: a, ...(part === undefined ? {} : { part }) }, zone);
          expect(byDay).toEqual(luxonDayInterval(a, zone, part));
          const [first, last] = a <= b ? [a, b] : [b, a];
          expect(resolveTime({ text: "t", between: [first, last] }, zone)).toEqual(
            luxonDaysInterval(first, last, zone, "t"),
          );
          const earliest = `${first}T10:15:00.250Z`;
          const latest = `${last}T23:30:00+05:30`;
          if (Date.parse(latest) >= Date.parse(earliest))
            expect(resolveTime({ text: "t", earliest, latest, precision: "days" }, zone)).toEqual({
              text: "t",
              earliest: DateTime.fromISO(earliest, { setZone: true }).setZone(zone).toISO(),
              latest: DateTime.fromISO(latest, { setZone: true }).setZone(zone).toISO(),
              precision: "days",
            });
        },
      ),
      propertyParams({ numRuns: 2000 }),
    );
  });

  it("agrees with luxon on leap days, days that do not exist and years outside 1900-9999", () => {
    const outcome = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    for (const date of ["2016-02-29", "2000-02-29", "1900-02-28", "2017-12-31", "1899-12-31", "1850-06-01"])
      for (const zone of ["Asia/Damascus", "Europe/London", "UTC"]) {
        expect(resolveTime({ text: date, date }, zone)).toEqual(luxonDayInterval(date, zone, undefined));
        expect(resolveTime({ text: "t", between: [date, "2017-12-31"] }, zone)).toEqual(
          luxonDaysInterval(date, "2017-12-31", zone, "t"),
        );
      }
    for (const date of ["2017-02-29", "1900-02-29", "2017-04-31", "2017-13-01", "2017-00-10", "2017-01-00"]) {
      const day = outcome(() => resolveTime({ text: date, date }, "Asia/Damascus"));
      expect(day, date).toHaveProperty("error");
      expect(outcome(() => resolveTime({ text: "t", between: ["2017-01-01", date] }, "Asia/Damascus"))).toHaveProperty(
        "error",
      );
    }
    // a later first day is refused, as luxon's path says
    expect(outcome(() => resolveTime({ text: "t", between: ["2017-03-02", "2017-03-01"] }, "UTC"))).toHaveProperty(
      "error",
    );
  });

  it("agrees with luxon on the days a transition falls on", () => {
    // Damascus moved its clocks at midnight; London at 01:00 UTC; Lord Howe by 30 minutes.
    for (const [zone, date] of [
      ["Asia/Damascus", "2017-03-31"],
      ["Asia/Damascus", "2017-10-27"],
      ["Europe/London", "2017-03-26"],
      ["Australia/Lord_Howe", "2017-10-01"],
    ] as const) {
      expect(resolveTime({ text: date, date }, zone)).toEqual(luxonDayInterval(date, zone, undefined));
    }
  });
});
